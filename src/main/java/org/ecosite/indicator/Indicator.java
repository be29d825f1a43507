package org.ecosite.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ecosite.config.LocalText;

/**
 * One entry of the indicator catalog: what a figure means and how it is checked.
 *
 * @param unit             the unit as bulletins write it ({@code μg/m³}, {@code 天}); empty for classes
 * @param topic            the theme it belongs to (大气, 水, …)
 * @param atMostPeriodDays true for day counts that can never exceed the days of their period
 * @param definition       a plain-language definition for the indicator page
 */
public record Indicator(String id, LocalText name, String unit, IndicatorType type, LocalText topic, Better better,
                        List<Standard> standards, boolean atMostPeriodDays, Optional<LocalText> definition) {

    public Indicator {
        standards = List.copyOf(standards);
    }

    /**
     * A value with this indicator's unit, as Chinese bulletins write it: {@code 658.17 t},
     * {@code 15 μg/m³}, {@code 100%}, {@code 179天}; a class stands alone ({@code Ⅲ}).
     */
    public String format(Value value) {
        return withUnit(value.display(), unit);
    }

    public static String withUnit(String number, String unit) {
        if (unit.isEmpty()) {
            return number;
        }
        if (unit.equals("%") || Character.UnicodeScript.of(unit.codePointAt(0)) == Character.UnicodeScript.HAN) {
            return number + unit;
        }
        return number + " " + unit;
    }

    /** The binding limit in force on a day, if any. */
    public Optional<Standard> limitOn(LocalDate day) {
        return standards.stream().filter(Standard::isLimit).filter(s -> s.validOn(day)).findFirst();
    }
}
