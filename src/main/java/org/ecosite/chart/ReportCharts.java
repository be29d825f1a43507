package org.ecosite.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Messages;
import org.ecosite.config.Language;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.IndicatorType;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Standard;

/**
 * Plans the charts of one report from its figures: figures that can stand on one axis (same
 * type and unit) form a group, and each group of two or more gets a bar chart; a report whose
 * groups are all single figures still gets one chart, of its first figure's group.
 */
public final class ReportCharts {

    private final Language language;
    private final Messages words;

    public ReportCharts(Language language) {
        this.language = language;
        this.words = Messages.of(language.locale());
    }

    public List<BarChart> plan(List<Observation> observations) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : observations) {
            groups.computeIfAbsent(groupKey(o.indicator()), k -> new ArrayList<>()).add(o);
        }
        List<List<Observation>> chosen = groups.values().stream().filter(g -> g.size() >= 2).toList();
        if (chosen.isEmpty() && !groups.isEmpty()) {
            chosen = List.of(groups.values().iterator().next());
        }
        List<BarChart> charts = new ArrayList<>();
        for (List<Observation> group : chosen) {
            charts.add(chart("figures-" + (charts.size() + 1), group));
        }
        return charts;
    }

    private static String groupKey(Indicator indicator) {
        return indicator.type() == IndicatorType.CLASS ? "class"
                : indicator.type() == IndicatorType.FRACTION ? "fraction:" + indicator.id()
                : "quantity:" + indicator.unit();
    }

    private BarChart chart(String id, List<Observation> group) {
        Indicator first = group.get(0).indicator();
        boolean oneIndicator = group.stream().allMatch(o -> o.indicator().id().equals(first.id()));
        boolean oneTopic = group.stream().allMatch(o -> o.indicator().topic().equals(first.topic()));
        String title = oneIndicator ? first.name().get(language)
                : oneTopic ? words.get("chart.topic_title", first.topic().get(language))
                : words.get("chart.figures_title");
        boolean samePeriod = group.stream().allMatch(o -> o.period().equals(group.get(0).period()));
        boolean classScale = first.type() == IndicatorType.CLASS;
        String period = samePeriod ? group.get(0).period().label(language) : words.get("chart.several_periods");
        String subtitle = classScale ? words.get("chart.subtitle_class", period)
                : first.unit().isEmpty() ? period : words.get("chart.subtitle_unit", period, first.unit());

        List<Bar> bars = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Observation o : group) {
            String label = oneIndicator && o.location().isPresent() ? o.location().get()
                    : o.indicator().name().get(language) + o.location().map(l -> words.get("chart.at", l)).orElse("");
            String valueText = classScale ? words.get("chart.class_value", o.value().display())
                    : o.indicator().format(o.value());
            bars.add(new Bar(label, o.value().plotValue().doubleValue(), valueText));
            parts.add(samePeriod ? words.get("chart.part", label, valueText)
                    : words.get("chart.part_period", label, o.period().label(language), valueText));
        }
        Optional<BarChart.Reference> reference = Optional.empty();
        String referenceText = "";
        if (oneIndicator) {
            Optional<Standard> limit = first.limitOn(group.get(0).period().end());
            if (limit.isPresent()) {
                String value = classScale ? words.get("chart.class_value", classScale(limit.get()))
                        : Indicator.withUnit(limit.get().value().stripTrailingZeros().toPlainString(), first.unit());
                String label = limit.get().name().get(language) + " " + value;
                reference = Optional.of(new BarChart.Reference(limit.get().value().doubleValue(), label));
                referenceText = words.get("chart.reference", label);
            }
        }
        String joined = String.join(words.get("chart.separator"), parts);
        String description = (samePeriod ? words.get("chart.description", title, period, joined)
                : words.get("chart.description_all", title, joined)) + referenceText;
        return new BarChart(id, title, subtitle, bars, classScale, reference, description);
    }

    private static String classScale(Standard standard) {
        int rank = standard.value().intValue();
        return rank >= 1 && rank <= 6 ? org.ecosite.indicator.Value.WaterClass.NAMES.get(rank - 1) : "";
    }
}
