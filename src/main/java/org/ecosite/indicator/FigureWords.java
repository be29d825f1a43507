package org.ecosite.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.ecosite.check.Messages;
import org.ecosite.config.Language;

/**
 * How a figure, a comparison and a status are worded, for pages and charts alike: a card, a table
 * row, a chart label and a chart's description say the same thing in the same words. The texts are
 * the {@code figure.*} and {@code chart.*} keys of {@code messages*.properties}.
 */
public final class FigureWords {

    private final Language language;
    private final Messages messages;

    public FigureWords(Language language) {
        this.language = language;
        this.messages = Messages.of(language.locale());
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The indicator's short name, as labels and sentences use it. */
    public String name(Indicator indicator) {
        return indicator.brief().get(language);
    }

    /** A figure with its unit, as a label or a sentence writes it: {@code 15 μg/m³}, {@code Ⅱ类}. */
    public String value(Observation o) {
        return o.indicator().type() == IndicatorType.CLASS ? get("chart.class_value", o.value().display())
                : o.indicator().format(o.value(), language);
    }

    /** A figure with its unit and, when preliminary, its mark: {@code 15 μg/m³（初步）}; for chart labels and sentences. */
    public String marked(Observation o) {
        return value(o) + mark(o.status());
    }

    /** The mark a preliminary figure carries wherever it is written: （初步）; nothing for a final one. */
    public String mark(Status status) {
        return status == Status.PRELIMINARY ? get("figure.preliminary_mark") : "";
    }

    /** The number alone, as a card shows it beside its unit; a class is written as 类 in Chinese (Ⅱ类). */
    public String number(Observation o) {
        return o.indicator().type() == IndicatorType.CLASS ? get("chart.class_value", o.value().display())
                : o.value().display();
    }

    public String limit(Indicator indicator, Standard standard) {
        return indicator.type() == IndicatorType.CLASS
                ? get("chart.class_value", indicator.format(standard.value(), language))
                : indicator.format(standard.value(), language);
    }

    /** How a reference line is labelled: 国家二级标准 35 μg/m³; for classes the standard's name alone (Ⅲ类标准). */
    public String reference(Indicator indicator, Standard standard) {
        String name = standard.sentenceName().get(language);
        return indicator.type() == IndicatorType.CLASS ? name : name + " " + limit(indicator, standard);
    }

    /**
     * How a reference line is labelled for figures of a period: as {@link #reference}, or, when the
     * standard is of another averaging time, as a reference only (参考：国家二级标准 35 μg/m³（年均值）).
     */
    public String reference(Indicator indicator, Standard standard, Period period) {
        String text = reference(indicator, standard);
        return standard.appliesTo(period) ? text : get("chart.reference_line", text);
    }

    /** A standard as a table names it: its full name and, for numbers, its limit. */
    public String standardName(Indicator indicator, Standard s) {
        if (indicator.type() == IndicatorType.CLASS) {
            return s.name().get(language);
        }
        return s.name().get(language) + " " + indicator.format(s.value(), language);
    }

    public String period(Period period) {
        return period.label(language);
    }

    /** The status as a chart's table writes it: 初步, 审核后. */
    public String status(Status status) {
        return get(status == Status.PRELIMINARY ? "chart.status.preliminary" : "chart.status.final");
    }

    /** The status as a page's table or card writes it: 初步数据, 审核后数据. */
    public String statusLabel(Status status) {
        return get(status == Status.PRELIMINARY ? "figure.status.preliminary" : "figure.status.final");
    }

    /** 低于 / 高于 / 等于 for numbers; 优于 / 劣于 / 达到 for classes, where a lower rank is better. */
    public String compare(Indicator indicator, Compliance compliance) {
        if (indicator.type() == IndicatorType.CLASS) {
            return get(compliance.sign() < 0 ? "chart.compare.better" : compliance.sign() > 0
                    ? "chart.compare.worse" : "chart.compare.meets");
        }
        return get(compliance.sign() < 0 ? "chart.compare.below" : compliance.sign() > 0
                ? "chart.compare.above" : "chart.compare.equal");
    }

    /**
     * A card's comparison: 低于国家二级标准 35 μg/m³; 优于Ⅲ类标准; for a standard of another averaging
     * time, no comparison but the standard beside it: 参考：国家二级标准（年均值）35 μg/m³.
     */
    public String comparison(Indicator indicator, Compliance c) {
        String name = c.standard().sentenceName().get(language);
        String limit = indicator.format(c.standard().value(), language);
        if (c.reference()) {
            return indicator.type() == IndicatorType.CLASS ? get("figure.reference_class", name)
                    : get("figure.reference", name, limit);
        }
        if (indicator.type() == IndicatorType.CLASS) {
            return get(c.sign() < 0 ? "figure.standard.better" : c.sign() > 0 ? "figure.standard.worse"
                    : "figure.standard.at_class", name, limit);
        }
        return get(c.sign() < 0 ? "figure.standard.below" : c.sign() > 0 ? "figure.standard.above"
                : "figure.standard.equal", name, limit);
    }

    /** 达标 / 未达标; only for a standard of the figure's averaging time (see {@link Compliance#reference}). */
    public String verdict(Compliance c) {
        return get(c.meets() ? "figure.standard.meets" : "figure.standard.fails");
    }

    /** A figure against the same period a year before: 比2023年下降 3 μg/m³（10%），改善. */
    public String change(Indicator indicator, Change c) {
        String previous = c.before().period().label(language);
        if (indicator.type() == IndicatorType.CLASS) {
            return get("figure.change.class", c.before().value().display(), previous);
        }
        if (c.direction() == Change.Direction.UNCHANGED) {
            return get("figure.change.same", previous);
        }
        BigDecimal amount = c.delta().abs().stripTrailingZeros();
        String unit = indicator.type() == IndicatorType.FRACTION ? "%" : indicator.unit(language);
        String text = get(c.delta().signum() < 0 ? "figure.change.down" : "figure.change.up", previous,
                Indicator.withUnit(amount.toPlainString(), unit),
                c.percent().map(p -> get("figure.change.percent", p.abs().toPlainString())).orElse(""));
        if (c.direction() == Change.Direction.IMPROVED || c.direction() == Change.Direction.WORSENED) {
            text += get(c.direction() == Change.Direction.IMPROVED ? "figure.change.improved"
                    : "figure.change.worsened");
        }
        return text;
    }

    /**
     * "2024年，PM2.5 平均浓度 15 μg/m³，低于国家二级标准 35 μg/m³。"; of a shorter span than the standard's:
     * "2024年1—5月，PM2.5 平均浓度 15 μg/m³；参考：国家二级标准（年均值）35 μg/m³。"
     */
    public String standardSentence(Observation o, Compliance compliance) {
        Indicator ind = o.indicator();
        String standard = compliance.standard().sentenceName().get(language);
        if (compliance.reference()) {
            return get("chart.sentence.reference", period(o.period()), name(ind), marked(o), comparison(ind, compliance));
        }
        if (ind.type() == IndicatorType.CLASS) {
            return get("chart.sentence.class", period(o.period()), o.location().orElse(name(ind)),
                    marked(o), compare(ind, compliance), standard);
        }
        return get("chart.sentence.standard", period(o.period()), name(ind), marked(o), compare(ind, compliance),
                standard, limit(ind, compliance.standard()));
    }

    /**
     * How a span of the year reads: 上半年, 1—5月, 全年. Named by its dates, not by how it was written:
     * {@code 2024-H1} and {@code 2024-01/2024-06} are both 上半年 (see {@link Period#span}).
     */
    public String span(Period period) {
        int first = period.start().getMonthValue();
        int last = period.end().getMonthValue();
        return switch (period.series()) {
            case "year" -> get("chart.span.YEAR");
            case "half" -> get(first == 1 ? "chart.span.H1" : "chart.span.H2");
            case "quarter" -> get("chart.span.QUARTER", (first - 1) / 3 + 1);
            case "month" -> get("chart.span.MONTH", first);
            default -> period.wholeMonths() && period.end().getYear() == period.start().getYear()
                    ? get("chart.span.MONTHS", first, last)
                    : get("chart.span.DAYS", period.start(), period.end());
        };
    }

    /**
     * How a trend series reads ({@link Period#series}): 年度, 半年, 季度, 月度; any other period by its
     * span of the year, such as 1—5月.
     */
    public String series(Period period) {
        String series = period.series();
        return switch (series) {
            case "year", "half", "quarter", "month" -> get("chart.series." + series);
            default -> span(period);
        };
    }

    public String join(List<String> parts) {
        return String.join(get("chart.separator"), parts);
    }

    /** A figure as a chart plots it. */
    public static double plotted(BigDecimal value) {
        return value.doubleValue();
    }
}
