package org.ecosite.chart;

import org.ecosite.indicator.IndicatorType;

/** The value axis of a chart. */
public enum Scale {
    /** Any number from 0 up. */
    NUMBER,
    /** A share: the axis ends at 100. */
    PERCENT,
    /** Water-quality classes 1–6, written Ⅰ…劣Ⅴ. */
    CLASS;

    public static Scale of(IndicatorType type) {
        return switch (type) {
            case CLASS -> CLASS;
            case PERCENT, FRACTION -> PERCENT;
            default -> NUMBER;
        };
    }
}
