package org.ecosite.indicator;

/**
 * A figure against a standard: whether it is below, at or above the limit, and whether that
 * meets the standard given which way the indicator improves. For a water class, "below" means a
 * better class (Ⅱ is below Ⅲ).
 *
 * @param sign  -1 below the limit, 0 at it, 1 above it
 * @param meets true when the figure satisfies the standard
 * @param reference true when the standard is of another averaging time than the figure (an annual
 *                  limit beside a half-year mean): the figure is shown beside it for reference, and
 *                  neither meets nor fails it
 */
public record Compliance(Standard standard, int sign, boolean meets, boolean reference) {

    static Compliance of(Indicator indicator, Observation observation, Standard standard) {
        int sign = observation.value().plotValue().compareTo(standard.value());
        boolean meets = indicator.better() == Better.HIGHER ? sign >= 0 : sign <= 0;
        return new Compliance(standard, Integer.signum(sign), meets, !standard.appliesTo(observation.period()));
    }

    /** True when the figure truly meets the standard: of its averaging time, and on the right side of it. */
    public boolean meetsApplicable() {
        return meets && !reference;
    }
}
