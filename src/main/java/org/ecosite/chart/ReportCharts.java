package org.ecosite.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;
import java.util.Optional;

import org.ecosite.config.Language;
import org.ecosite.indicator.Compliance;
import org.ecosite.indicator.FigureWords;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.IndicatorType;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Status;

/**
 * Plans the charts of one report from its figures:
 * <ul>
 * <li>figures with a national limit in force (the air figures) in one chart against their limits;</li>
 * <li>figures that can stand on one axis (same type and unit, e.g. the four pollutant
 *     reductions) as a bar chart when there are two or more;</li>
 * <li>water classes of several sections as class bars against class Ⅲ.</li>
 * </ul>
 * A report with figures always gets at least one chart.
 */
public final class ReportCharts {

    private final FigureWords words;

    public ReportCharts(Language language) {
        this.words = new FigureWords(language);
    }

    public List<ChartSpec> plan(List<Observation> observations) {
        List<ChartSpec> charts = new ArrayList<>();
        List<Observation> againstLimit = observations.stream()
                .filter(o -> o.indicator().type().isQuantity() && o.indicator().compliance(o).isPresent()).toList();
        if (!againstLimit.isEmpty()) {
            charts.add(standard("standard", againstLimit));
        }
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (!againstLimit.contains(o)) {
                groups.computeIfAbsent(groupKey(o), k -> new ArrayList<>()).add(o);
            }
        }
        int n = 0;
        for (List<Observation> group : groups.values()) {
            if (group.size() >= 2) {
                charts.add(bars("figures-" + ++n, group));
            }
        }
        if (charts.isEmpty() && !groups.isEmpty()) {
            charts.add(bars("figures-1", groups.values().iterator().next()));
        }
        return charts;
    }

    /**
     * Figures that may share an axis: of one type and unit, and quantities of one period (179 days of
     * a year beside 80 days of a half-year would read as a collapse).
     */
    private static String groupKey(Observation o) {
        Indicator indicator = o.indicator();
        return indicator.type() == IndicatorType.CLASS ? "class"
                : indicator.type() == IndicatorType.FRACTION ? "fraction:" + indicator.id()
                : "quantity:" + indicator.type() + ":" + indicator.unit().zh() + ":" + o.period().start() + "/"
                        + o.period().end();
    }

    /** Figures against the limits in force at the end of their periods. */
    StandardChart standard(String id, List<Observation> figures) {
        boolean air = figures.stream().allMatch(o -> o.indicator().topic().zh().equals("大气"));
        String title = preliminary(figures, words.get(air ? "chart.title.standard_air" : "chart.title.standard"));
        String period = commonPeriod(figures);
        boolean reference = figures.stream().anyMatch(o -> o.indicator().compliance(o).orElseThrow().reference());
        List<StandardChart.Item> items = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Observation o : figures) {
            Compliance compliance = o.indicator().compliance(o).orElseThrow();
            String limit = words.limit(o.indicator(), compliance.standard());
            items.add(new StandardChart.Item(label(o, false), FigureWords.plotted(o.value().plotValue()), words.marked(o),
                    FigureWords.plotted(compliance.standard().value()), words.get(compliance.reference()
                            ? "chart.limit_reference_text" : "chart.limit_text", limit), o.status() == Status.PRELIMINARY));
            sentences.add(words.standardSentence(o, compliance));
            String standard = compliance.standard().name().get(words.language()) + " " + limit;
            rows.add(List.of(label(o, false), words.marked(o), compliance.reference()
                    ? words.get("figure.reference_class", standard) : standard, words.period(o.period())));
        }
        ChartSpec.DataTable table = new ChartSpec.DataTable(words.get("chart.table.caption", title), List.of(words.get("chart.table.item"),
                words.get("chart.table.value"), words.get("chart.table.limit"), words.get("chart.table.period")), rows);
        return new StandardChart(id, title, words.get(reference ? "chart.subtitle_reference" : "chart.subtitle_standard",
                period), words.get("chart.measured"), words.get(reference ? "chart.limit_reference" : "chart.limit"), items,
                String.join("", sentences), table);
    }

    /** Figures that share a type and unit, as bars; one indicator's several places are named by place. */
    BarChart bars(String id, List<Observation> group) {
        Indicator first = group.get(0).indicator();
        boolean oneIndicator = group.stream().allMatch(o -> o.indicator().id().equals(first.id()));
        boolean oneTopic = group.stream().allMatch(o -> o.indicator().topic().equals(first.topic()));
        boolean classScale = first.type() == IndicatorType.CLASS;
        String title = preliminary(group, classScale ? words.get("chart.title.classes")
                : oneIndicator ? first.name().get(words.language())
                : oneTopic ? words.get("chart.title.topic", first.topic().get(words.language()))
                : words.get("chart.title.figures"));
        boolean samePeriod = group.stream().allMatch(o -> o.period().equals(group.get(0).period()));
        String period = commonPeriod(group);
        String subtitle = classScale ? words.get("chart.subtitle_class", period)
                : first.unit(words.language()).isEmpty() ? period
                : words.get("chart.subtitle_unit", period, first.unit(words.language()));

        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Observation o : group) {
            String label = label(o, oneIndicator);
            bars.add(new BarChart.Bar(label, FigureWords.plotted(o.value().plotValue()), words.marked(o),
                    o.status() == Status.PRELIMINARY));
            parts.add(samePeriod ? words.get("chart.part", label, words.marked(o))
                    : words.get("chart.part_period", label, words.period(o.period()), words.marked(o)));
            rows.add(List.of(label, words.value(o), words.period(o.period()), words.status(o.status())));
        }
        Optional<BarChart.Reference> reference = Optional.empty();
        String referenceText = "";
        if (oneIndicator || classScale) {
            Optional<Compliance> compliance = first.compliance(group.get(0));
            if (compliance.isPresent()) {
                String label = words.reference(first, compliance.get().standard(), group.get(0).period());
                reference = Optional.of(new BarChart.Reference(FigureWords.plotted(compliance.get().standard().value()),
                        label));
                referenceText = words.get("chart.sentence.steps", label);
            }
        }
        String joined = words.join(parts);
        String description = (samePeriod ? words.get("chart.sentence.figures", title, period, joined)
                : words.get("chart.sentence.figures_all", title, joined)) + referenceText;
        ChartSpec.DataTable table = new ChartSpec.DataTable(words.get("chart.table.caption", title), List.of(words.get("chart.table.item"),
                words.get("chart.table.value"), words.get("chart.table.period"), words.get("chart.table.status")), rows);
        return new BarChart(id, title, subtitle, bars, Scale.of(first.type()), reference, description, table);
    }

    /** A chart's title, marked when any of its figures is preliminary: the mark is in the SVG's title too. */
    private String preliminary(List<Observation> figures, String title) {
        return figures.stream().anyMatch(o -> o.status() == Status.PRELIMINARY)
                ? words.get("chart.title.preliminary", title) : title;
    }

    private String label(Observation o, boolean placeOnly) {
        if (placeOnly && o.location().isPresent()) {
            return o.location().get();
        }
        return words.name(o.indicator()) + o.location().map(l -> words.get("chart.at", l)).orElse("");
    }

    private String commonPeriod(List<Observation> group) {
        boolean same = group.stream().allMatch(o -> o.period().equals(group.get(0).period()));
        return same ? words.period(group.get(0).period()) : words.get("chart.several_periods");
    }
}
