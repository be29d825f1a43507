package org.ecosite.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A figure against the same period one year earlier (同比).
 *
 * @param before  the figure of a year earlier
 * @param delta   now minus before; for classes the change of rank, for fractions of the share done
 * @param percent the relative change in percent, for quantities with a non-zero base
 */
public record Change(Observation before, BigDecimal delta, Optional<BigDecimal> percent, Direction direction) {

    /** Whether the change is for the better, judged by the indicator's {@link Better}. */
    public enum Direction { IMPROVED, WORSENED, UNCHANGED, NEUTRAL }

    /** The change from {@code before} to {@code now}; both are figures of one indicator. */
    public static Change between(Observation before, Observation now) {
        BigDecimal delta = now.value().plotValue().subtract(before.value().plotValue());
        Optional<BigDecimal> percent = Optional.empty();
        BigDecimal base = before.value().plotValue();
        if (now.indicator().type().isQuantity() && base.signum() != 0) {
            percent = Optional.of(delta.multiply(BigDecimal.valueOf(100))
                    .divide(base.abs(), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP));
        }
        Direction direction;
        if (delta.signum() == 0) {
            direction = Direction.UNCHANGED;
        } else if (now.indicator().better() == Better.NEITHER) {
            direction = Direction.NEUTRAL;
        } else {
            boolean lowerIsBetter = now.indicator().better() == Better.LOWER;
            direction = (delta.signum() < 0) == lowerIsBetter ? Direction.IMPROVED : Direction.WORSENED;
        }
        return new Change(before, delta, percent, direction);
    }
}
