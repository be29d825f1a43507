package org.ecosite.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.ecosite.model.Figures;
import org.ecosite.model.IndicatorPage;

/**
 * Plans the charts of an indicator page: the figures over time, one chart for each kind of period
 * ({@link Period#series}: years, half-years, quarters, months, or a cumulative 1—N月 with the same
 * months of other years; a half-year's good-air days beside a year's would read as a collapse), one
 * line per region and place, with the standards as steps; and the latest period across regions as
 * bars. Both draw the figures that count ({@link Figures#counted}): one per region, place and period.
 * A series with a single figure gets no chart but a sentence ({@link #single}): one point shows no trend.
 */
public final class IndicatorCharts {

    private final FigureWords words;

    public IndicatorCharts(Language language) {
        this.words = new FigureWords(language);
    }

    public List<ChartSpec> plan(IndicatorPage page) {
        List<ChartSpec> charts = new ArrayList<>();
        List<Figure> figures = Figures.counted(page.figures());
        Map<String, List<Figure>> series = series(figures);
        for (Map.Entry<String, List<Figure>> one : series.entrySet()) {
            if (one.getValue().size() > 1) {
                // trend-year, trend-month, trend-01-05 (a cumulative January–May).
                String id = series.size() == 1 ? "trend"
                        : "trend-" + one.getKey().replaceAll("[^0-9a-z]+", "-").replaceAll("-0$", "");
                charts.add(trend(id, page.indicator(), one.getValue(), series.size() > 1));
            }
        }
        latest("regions", page.indicator(), figures).ifPresent(charts::add);
        return charts;
    }

    /**
     * The figures by kind of period ({@link Period#series}): the longest first (years before half-years
     * before months), whichever period of a kind is the longest (a 31-day month before a 28-day one).
     */
    static Map<String, List<Figure>> series(List<Figure> figures) {
        // Within a series, the page's order (by region, then period).
        Map<String, List<Figure>> byKind = new HashMap<>();
        Map<String, Long> longest = new HashMap<>();
        for (Figure f : figures) {
            Period p = f.observation().period();
            String kind = p.series();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
            longest.merge(kind, p.days(), Math::max);
        }
        Map<String, List<Figure>> series = new LinkedHashMap<>();
        longest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> series.put(e.getKey(), byKind.get(e.getKey())));
        return series;
    }

    /**
     * For each series with a single figure, a sentence saying so, in place of a chart of one point;
     * in the order of their periods.
     */
    public List<String> single(IndicatorPage page) {
        return series(Figures.counted(page.figures())).values().stream().filter(s -> s.size() == 1).map(s -> s.get(0))
                .sorted(Comparator.comparing((Figure f) -> f.observation().period())).map(f -> {
                    Observation o = f.observation();
                    return words.get("chart.sentence.single", words.get("chart.name_span",
                            words.name(page.indicator()), words.series(o.period())),
                            f.region() + " " + words.period(o.period()) + " " + words.marked(o));
                }).toList();
    }

    /** Figures of one kind of period over time: one line per region and place; steps for each limit in force. */
    public LineChart trend(String id, Indicator indicator, List<Figure> figures) {
        return trend(id, indicator, figures, false);
    }

    private LineChart trend(String id, Indicator indicator, List<Figure> figures, boolean namedSeries) {
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
                    f.observation().period().start(), FigureWords.plotted(f.observation().value().plotValue()),
                    words.marked(f.observation()), f.observation().status() == Status.PRELIMINARY)).toList()));
            sentences.add(words.get("chart.sentence.series", line.getKey(), words.join(points.stream()
                    .map(f -> words.get("chart.part", words.period(f.observation().period()),
                            words.marked(f.observation()))).toList())));
        }
        LocalDate first = figures.stream().map(f -> f.observation().period().start()).min(LocalDate::compareTo)
                .orElseThrow();
        // Where the figures' periods end: a standard that changes inside the last period (a half-year from
        // January, a new limit from March) is marked; a period from July to June ends the year after.
        LocalDate ends = figures.stream().map(f -> f.observation().period().end()).max(LocalDate::compareTo)
                .orElseThrow();
        List<LineChart.Step> steps = new ArrayList<>();
        List<LineChart.Change> changes = new ArrayList<>();
        List<String> stepWords = new ArrayList<>();
        LocalDate from = first.minusMonths(6);
        LocalDate to = ends.plusMonths(6);
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
                    && !s.validFrom().get().isAfter(ends)) {
                String date = s.validFrom().get().toString();
                changes.add(new LineChart.Change(s.validFrom().get(), words.get("chart.change_label", date)));
                sentences.add(words.get("chart.sentence.change", date, label));
            }
            previous = s;
        }
        String title = preliminary(figures, namedSeries ? words.get("chart.title.series_span", words.name(indicator),
                words.series(sample)) : words.get("chart.title.series", words.name(indicator)));
        String subtitle = indicator.type() == IndicatorType.CLASS
                ? words.get("chart.subtitle_class", yearSpan(first, ends))
                : words.get("chart.subtitle_unit", yearSpan(first, ends), indicator.unit(words.language()));
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
