package org.ecosite.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.config.Language;
import org.ecosite.indicator.FigureWords;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.IndicatorType;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Period;
import org.ecosite.indicator.Standard;
import org.ecosite.indicator.Status;
import org.ecosite.model.Figure;
import org.ecosite.model.IndicatorPage;

/**
 * Plans the charts of an indicator page: the figures over time, one chart for each span of the
 * year (a half-year's good-air days beside a year's would read as a collapse; 2024-H1 and
 * 2024-01/2024-06 are one span), one line per region and place, with the standards as steps; and
 * the latest period across regions as bars. A span with a single figure gets no chart but a
 * sentence ({@link #single}): one point shows no trend.
 */
public final class IndicatorCharts {

    private final FigureWords words;

    public IndicatorCharts(Language language) {
        this.words = new FigureWords(language);
    }

    public List<ChartSpec> plan(IndicatorPage page) {
        List<ChartSpec> charts = new ArrayList<>();
        Map<String, List<Figure>> spans = spans(page.figures());
        for (Map.Entry<String, List<Figure>> span : spans.entrySet()) {
            if (span.getValue().size() > 1) {
                String id = spans.size() == 1 ? "trend" : "trend-" + span.getKey().replaceAll("[^0-9]+", "-").replaceAll("-0$", "");
                charts.add(trend(id, page.indicator(), span.getValue(), spans.size() > 1));
            }
        }
        latest("regions", page.indicator(), page.figures()).ifPresent(charts::add);
        return charts;
    }

    /** The figures by span of the year ({@link Period#span}): the longest span first (a year before a half-year). */
    static Map<String, List<Figure>> spans(List<Figure> figures) {
        Map<String, List<Figure>> spans = new LinkedHashMap<>();
        figures.stream().map(f -> f.observation().period()).sorted(Comparator.comparing((Period p) -> -p.days())
                .thenComparing(Period::span)).forEach(p -> spans.putIfAbsent(p.span(), new ArrayList<>()));
        // Within a span, the page's order (by region, then period).
        figures.forEach(f -> spans.get(f.observation().period().span()).add(f));
        return spans;
    }

    /** For each span with a single figure, a sentence saying so, in place of a chart of one point. */
    public List<String> single(IndicatorPage page) {
        List<String> sentences = new ArrayList<>();
        for (List<Figure> span : spans(page.figures()).values()) {
            if (span.size() == 1) {
                Observation o = span.get(0).observation();
                sentences.add(words.get("chart.sentence.single", words.get("chart.name_span",
                        words.name(page.indicator()), words.span(o.period())), span.get(0).region() + " " + words.period(o.period()) + " " + words.marked(o)));
            }
        }
        return sentences;
    }

    /** Figures of one span over time: one line per region and place; steps for each limit in force. */
    public LineChart trend(String id, Indicator indicator, List<Figure> figures) {
        return trend(id, indicator, figures, false);
    }

    private LineChart trend(String id, Indicator indicator, List<Figure> figures, boolean namedSpan) {
        Map<String, List<Figure>> lines = new LinkedHashMap<>();
        Period sample = figures.get(figures.size() - 1).observation().period();
        for (Figure f : figures) {
            Observation o = f.observation();
            String name = f.region() + o.location().map(l -> " · " + l).orElse("");
            lines.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
        }
        List<LineChart.Series> series = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Map.Entry<String, List<Figure>> line : lines.entrySet()) {
            List<Figure> points = line.getValue().stream()
                    .sorted(Comparator.comparing((Figure f) -> f.observation().period())).toList();
            series.add(new LineChart.Series(line.getKey(), points.stream().map(f -> new LineChart.Point(
                    f.observation().period().end(), FigureWords.plotted(f.observation().value().plotValue()),
                    words.marked(f.observation()), f.observation().status() == Status.PRELIMINARY)).toList()));
            sentences.add(words.get("chart.sentence.series", line.getKey(), words.join(points.stream()
                    .map(f -> words.get("chart.part", words.period(f.observation().period()),
                            words.marked(f.observation()))).toList())));
        }
        LocalDate first = figures.stream().map(f -> f.observation().period().end()).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = figures.stream().map(f -> f.observation().period().end()).max(LocalDate::compareTo)
                .orElseThrow();
        List<LineChart.Step> steps = new ArrayList<>();
        List<LineChart.Change> changes = new ArrayList<>();
        List<String> stepWords = new ArrayList<>();
        LocalDate from = first.minusMonths(6);
        LocalDate to = last.plusMonths(6);
        Standard previous = null;
        for (Standard s : indicator.standards()) {
            if (!s.isLimit() || s.validFrom().map(d -> d.isAfter(to)).orElse(false)
                    || s.validTo().map(d -> d.isBefore(from)).orElse(false)) {
                continue;
            }
            LocalDate start = s.validFrom().filter(d -> d.isAfter(from)).orElse(from);
            LocalDate end = s.validTo().filter(d -> d.isBefore(to)).orElse(to);
            String label = words.reference(indicator, s, sample);
            steps.add(new LineChart.Step(start, end, FigureWords.plotted(s.value()), label));
            stepWords.add(label);
            if (previous != null && s.validFrom().isPresent() && s.validFrom().get().isAfter(first)
                    && !s.validFrom().get().isAfter(last)) {
                String date = s.validFrom().get().toString();
                changes.add(new LineChart.Change(s.validFrom().get(), words.get("chart.change_label", date)));
                sentences.add(words.get("chart.sentence.change", date, label));
            }
            previous = s;
        }
        String title = preliminary(figures, namedSpan ? words.get("chart.title.series_span", words.name(indicator),
                words.span(sample)) : words.get("chart.title.series", words.name(indicator)));
        String subtitle = indicator.type() == IndicatorType.CLASS
                ? words.get("chart.subtitle_class", yearSpan(first, last))
                : words.get("chart.subtitle_unit", yearSpan(first, last), indicator.unit(words.language()));
        String description = String.join("", sentences.stream().map(s -> s.endsWith("。") || s.endsWith(".") ? s
                : s + "。").toList()) + (stepWords.isEmpty() ? "" : words.get("chart.sentence.steps",
                words.join(stepWords)));
        return new LineChart(id, title, subtitle, series, Scale.of(indicator.type()), steps, changes,
                description, table(title, figures));
    }

    /** The latest period that has figures, across regions. */
    public Optional<BarChart> latest(String id, Indicator indicator, List<Figure> figures) {
        Optional<Period> latest = figures.stream().map(f -> f.observation().period()).max(Period::compareTo);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<Figure> at = figures.stream().filter(f -> f.observation().period().equals(latest.get())).toList();
        String title = preliminary(at, words.get("chart.title.regions", words.name(indicator)));
        String period = words.period(latest.get());
        boolean classScale = indicator.type() == IndicatorType.CLASS;
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Figure f : at) {
            String label = f.region() + f.observation().location().map(l -> words.get("chart.at", l)).orElse("");
            bars.add(new BarChart.Bar(label, FigureWords.plotted(f.observation().value().plotValue()),
                    words.marked(f.observation()), f.observation().status() == Status.PRELIMINARY));
            parts.add(words.get("chart.part", label, words.marked(f.observation())));
        }
        Optional<BarChart.Reference> reference = indicator.limitOn(latest.get().end()).map(s -> new BarChart.Reference(
                FigureWords.plotted(s.value()), words.reference(indicator, s, latest.get())));
        String subtitle = classScale ? words.get("chart.subtitle_class", period)
                : indicator.unit(words.language()).isEmpty() ? period : words.get("chart.subtitle_unit", period, indicator.unit(words.language()));
        String description = words.get("chart.sentence.regions", title, period, words.join(parts))
                + reference.map(r -> words.get("chart.sentence.steps", r.label())).orElse("");
        return Optional.of(new BarChart(id, title, subtitle, bars, Scale.of(indicator.type()), reference,
                description, table(title, at)));
    }

    private ChartSpec.DataTable table(String title, List<Figure> figures) {
        List<List<String>> rows = figures.stream().map(f -> List.of(f.region()
                + f.observation().location().map(l -> words.get("chart.at", l)).orElse(""),
                words.period(f.observation().period()), words.value(f.observation()),
                words.status(f.observation().status()))).toList();
        return new ChartSpec.DataTable(words.get("chart.table.caption", title), List.of(words.get("chart.table.region"),
                words.get("chart.table.period"), words.get("chart.table.value"), words.get("chart.table.status")), rows);
    }

    /** A chart's title, marked when any of its figures is preliminary: the mark is in the SVG's title too. */
    private String preliminary(List<Figure> figures, String title) {
        return figures.stream().anyMatch(f -> f.observation().status() == Status.PRELIMINARY)
                ? words.get("chart.title.preliminary", title) : title;
    }

    private String yearSpan(LocalDate first, LocalDate last) {
        String years = first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                : first.getYear() + "—" + last.getYear();
        return words.language() == Language.EN ? years : years + "年";
    }
}
