package org.ecosite.chart;

import java.math.BigDecimal;
import java.util.List;

import org.ecosite.check.Messages;
import org.ecosite.config.Language;
import org.ecosite.indicator.Compliance;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.IndicatorType;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Period;
import org.ecosite.indicator.Standard;
import org.ecosite.indicator.Status;

/** The words charts are written in: titles, labels and the sentences of their descriptions. */
final class ChartWords {

    private final Language language;
    private final Messages messages;

    ChartWords(Language language) {
        this.language = language;
        this.messages = Messages.of(language.locale());
    }

    Language language() {
        return language;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String name(Indicator indicator) {
        return indicator.brief().get(language);
    }

    /** An indicator's figure as a bar or point label: {@code 15 μg/m³}, {@code Ⅱ类}. */
    String value(Observation o) {
        return o.indicator().type() == IndicatorType.CLASS ? get("chart.class_value", o.value().display())
                : o.indicator().format(o.value(), language);
    }

    String limit(Indicator indicator, Standard standard) {
        return indicator.type() == IndicatorType.CLASS
                ? get("chart.class_value", indicator.format(standard.value(), language))
                : indicator.format(standard.value(), language);
    }

    /** How a reference line is labelled: 国家二级标准 35 μg/m³; for classes the standard's name alone (Ⅲ类标准). */
    String reference(Indicator indicator, Standard standard) {
        String name = standard.sentenceName().get(language);
        return indicator.type() == IndicatorType.CLASS ? name : name + " " + limit(indicator, standard);
    }

    String period(Period period) {
        return period.label(language);
    }

    String status(Status status) {
        return get(status == Status.PRELIMINARY ? "chart.status.preliminary" : "chart.status.final");
    }

    /** 低于 / 高于 / 等于 for numbers; 优于 / 劣于 / 达到 for classes, where a lower rank is better. */
    String compare(Indicator indicator, Compliance compliance) {
        if (indicator.type() == IndicatorType.CLASS) {
            return get(compliance.sign() < 0 ? "chart.compare.better" : compliance.sign() > 0
                    ? "chart.compare.worse" : "chart.compare.meets");
        }
        return get(compliance.sign() < 0 ? "chart.compare.below" : compliance.sign() > 0
                ? "chart.compare.above" : "chart.compare.equal");
    }

    /** "2024年1—5月，PM2.5 平均浓度 15 μg/m³，低于国家二级标准 35 μg/m³。" */
    String standardSentence(Observation o, Compliance compliance) {
        Indicator ind = o.indicator();
        String standard = compliance.standard().sentenceName().get(language);
        if (ind.type() == IndicatorType.CLASS) {
            return get("chart.sentence.class", period(o.period()), o.location().orElse(name(ind)),
                    value(o), compare(ind, compliance), standard);
        }
        return get("chart.sentence.standard", period(o.period()), name(ind), value(o), compare(ind, compliance),
                standard, limit(ind, compliance.standard()));
    }

    /** How a span of the year reads as part of a line name: 上半年, 1—5月, 全年. */
    String span(Period period) {
        return switch (period.kind()) {
            case YEAR -> get("chart.span.YEAR");
            case HALF -> get(period.start().getMonthValue() == 1 ? "chart.span.H1" : "chart.span.H2");
            case QUARTER -> get("chart.span.QUARTER", (period.start().getMonthValue() - 1) / 3 + 1);
            case MONTH -> get("chart.span.MONTH", period.start().getMonthValue());
            case MONTHS -> get("chart.span.MONTHS", period.start().getMonthValue(), period.end().getMonthValue());
            case DAYS -> get("chart.span.DAYS", period.start(), period.end());
        };
    }

    String join(List<String> parts) {
        return String.join(get("chart.separator"), parts);
    }

    static double number(BigDecimal value) {
        return value.doubleValue();
    }
}
