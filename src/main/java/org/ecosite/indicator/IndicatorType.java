package org.ecosite.indicator;

import java.util.Arrays;
import java.util.Optional;

/** What kind of value an indicator takes; it decides how a value is read, checked and shown. */
public enum IndicatorType {
    /** Any number, e.g. a concentration in μg/m³. */
    NUMBER("number"),
    /** A share from 0 to 100. */
    PERCENT("percent"),
    /** A whole number of things, e.g. days or cases. */
    COUNT("count"),
    /** A surface-water quality class (GB 3838-2002): Ⅰ, Ⅱ, Ⅲ, Ⅳ, Ⅴ or 劣Ⅴ. */
    CLASS("class"),
    /** Done out of total, e.g. 12/12 inspection problems rectified. */
    FRACTION("fraction");

    private final String word;

    IndicatorType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<IndicatorType> fromWord(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }

    /** Numbers, shares and counts can stand side by side on one bar chart when their units agree. */
    public boolean isQuantity() {
        return this == NUMBER || this == PERCENT || this == COUNT;
    }
}
