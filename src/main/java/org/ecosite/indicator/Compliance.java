package org.ecosite.indicator;

/**
 * A figure against a standard: whether it is below, at or above the limit, and whether that
 * meets the standard given which way the indicator improves. For a water class, "below" means a
 * better class (Ⅱ is below Ⅲ).
 *
 * @param sign  -1 below the limit, 0 at it, 1 above it
 * @param meets true when the figure satisfies the standard
 */
public record Compliance(Standard standard, int sign, boolean meets) {

    static Compliance of(Indicator indicator, Value value, Standard standard) {
        int sign = value.plotValue().compareTo(standard.value());
        boolean meets = indicator.better() == Better.HIGHER ? sign >= 0 : sign <= 0;
        return new Compliance(standard, Integer.signum(sign), meets);
    }
}
