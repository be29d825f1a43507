package org.ecosite.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ecosite.config.LocalText;

/**
 * One entry of the indicator catalog: what a figure means and how it is checked.
 *
 * @param shortName        how charts and sentences name it (PM2.5 平均浓度); the name when not given
 * @param unit             the unit as bulletins write it ({@code μg/m³}, {@code 天} / days); empty for classes
 * @param topic            the theme it belongs to (大气, 水, …)
 * @param atMostPeriodDays true for day counts that can never exceed the days of their period
 * @param definition       a plain-language definition for the indicator page
 */
public record Indicator(String id, LocalText name, Optional<LocalText> shortName, LocalText unit, IndicatorType type,
                        LocalText topic, Better better, List<Standard> standards, boolean atMostPeriodDays,
                        Optional<LocalText> definition) {

    public Indicator {
        standards = List.copyOf(standards);
    }

    public LocalText brief() {
        return shortName.orElse(name);
    }

    public String unit(org.ecosite.config.Language language) {
        return unit.get(language);
    }

    /**
     * A value with this indicator's unit, as Chinese bulletins write it: {@code 658.17 t},
     * {@code 15 μg/m³}, {@code 100%}, {@code 179天} (179 days); a class stands alone ({@code Ⅲ}).
     */
    public String format(Value value, org.ecosite.config.Language language) {
        return withUnit(value.display(), unit(language));
    }

    /** A bare number with this indicator's unit; classes are written as their class. */
    public String format(BigDecimal number, org.ecosite.config.Language language) {
        if (type == IndicatorType.CLASS) {
            int rank = number.intValue();
            return rank >= 1 && rank <= Value.WaterClass.NAMES.size() ? Value.WaterClass.NAMES.get(rank - 1) : "";
        }
        return withUnit(number.stripTrailingZeros().toPlainString(), unit(language));
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

    /** Every standard (limits and guidelines) in force on a day. */
    public List<Standard> standardsOn(LocalDate day) {
        return standards.stream().filter(s -> s.validOn(day)).toList();
    }

    /**
     * How a figure stands against the limit in force at the end of its period, when there is one; a
     * limit of another averaging time is given too, marked as a reference ({@link Compliance#reference}).
     */
    public Optional<Compliance> compliance(Observation observation) {
        return limitOn(observation.period().end()).map(limit -> Compliance.of(this, observation, limit));
    }
}
