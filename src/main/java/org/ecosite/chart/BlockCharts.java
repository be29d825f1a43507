package org.ecosite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.config.Language;
import org.ecosite.content.Document;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.FigureWords;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.IndicatorType;
import org.ecosite.indicator.Observation;
import org.ecosite.markdown.FencedBlock;
import org.ecosite.model.Figure;
import org.ecosite.model.Figures;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;

/**
 * Charts editors place in a report's text with a fenced block:
 * <pre>
 * ```chart
 * type: bar            # bar | line | standard
 * indicators: [cod_reduction, nh3n_reduction, nox_reduction, vocs_reduction]
 * title: 主要污染物减排量
 * ```
 * </pre>
 * {@code bar} and {@code standard} chart the report's own figures; {@code line} charts the
 * indicators over time in the report's region across all reports. Every mistake is a problem at
 * its line in the report.
 */
public final class BlockCharts {

    public static final String INFO = "chart";
    private static final List<String> KEYS = List.of("type", "indicators", "title");
    private static final List<String> TYPES = List.of("bar", "line", "standard");

    private final Catalog catalog;
    private final ReportCharts report;
    private final IndicatorCharts indicator;
    private final FigureWords words;

    public BlockCharts(Catalog catalog, Language language) {
        this.catalog = catalog;
        this.report = new ReportCharts(language);
        this.indicator = new IndicatorCharts(language);
        this.words = new FigureWords(language);
    }

    /** The chart id of a page's n-th chart block (from 0). */
    public static String id(FencedBlock block) {
        return "chart-" + (block.index() + 1);
    }

    public Optional<ChartSpec> plan(FencedBlock block, Document document, Figures figures, Problems problems) {
        String file = document.source().display();
        Optional<YamlNode> tree = YamlLoader.load(block.content(), file, block.position().line(), problems);
        if (tree.isEmpty()) {
            problems.error(file, block.position(), "chart.block.empty");
            return Optional.empty();
        }
        Optional<MappingReader> read = MappingReader.of(tree.get(), "chart", file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MappingReader spec = read.get();
        spec.warnUnknownKeys(KEYS);
        String type = spec.text("type", false).orElse("bar");
        if (!TYPES.contains(type)) {
            problems.error(file, spec.valuePositionOf("type"), "chart.block.type", type, String.join(", ", TYPES));
            return Optional.empty();
        }
        List<Indicator> indicators = indicators(spec, problems);
        if (indicators.isEmpty()) {
            return Optional.empty();
        }
        String id = id(block);
        Optional<String> title = spec.text("title", false);
        Optional<ChartSpec> planned = switch (type) {
            case "line" -> line(id, indicators, document, figures, spec, problems);
            case "standard" -> standard(id, indicators, document, spec, problems);
            default -> bar(id, indicators, document, spec, problems);
        };
        return planned.map(p -> title.map(t -> retitle(p, t)).orElse(p));
    }

    private List<Indicator> indicators(MappingReader spec, Problems problems) {
        if (!spec.has("indicators")) {
            problems.error(spec.file(), spec.position(), "field.required", "indicators");
            return List.of();
        }
        List<Indicator> found = new ArrayList<>();
        YamlNode node = spec.mapping().get("indicators").orElseThrow();
        List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
        if (items.isEmpty()) {
            // An empty list would plan no chart and report nothing: the block would have nothing to show.
            problems.error(spec.file(), node.position(), "chart.block.no_indicators");
            return List.of();
        }
        boolean ok = true;
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                problems.error(spec.file(), item.position(), "field.expected_text_item", "indicators");
                ok = false;
                continue;
            }
            String id = scalar.text().strip();
            Optional<Indicator> indicator = catalog.find(id);
            if (indicator.isEmpty()) {
                List<String> near = catalog.suggest(id);
                problems.error(spec.file(), scalar.position(), near.isEmpty() ? "indicator.unknown"
                        : "indicator.unknown_near", id, String.join(", ", near));
                ok = false;
            } else {
                found.add(indicator.get());
            }
        }
        return ok ? found : List.of();
    }

    /** The report's figures of these indicators; each indicator must have at least one. */
    private List<Observation> own(List<Indicator> indicators, Document document, MappingReader spec,
                                  Problems problems) {
        List<Observation> chosen = new ArrayList<>();
        for (Indicator ind : indicators) {
            List<Observation> of = document.frontMatter().observations().stream()
                    .filter(o -> o.indicator().id().equals(ind.id())).toList();
            if (of.isEmpty()) {
                problems.error(spec.file(), spec.valuePositionOf("indicators"), "chart.block.no_figure", ind.id());
            }
            chosen.addAll(of);
        }
        return chosen;
    }

    private Optional<ChartSpec> bar(String id, List<Indicator> indicators, Document document, MappingReader spec,
                                    Problems problems) {
        if (!sameScale(indicators, spec, problems)) {
            return Optional.empty();
        }
        List<Observation> chosen = own(indicators, document, spec, problems);
        return chosen.isEmpty() || chosen.size() < countOf(indicators, document) ? Optional.empty()
                : Optional.of(report.bars(id, chosen));
    }

    private Optional<ChartSpec> standard(String id, List<Indicator> indicators, Document document,
                                         MappingReader spec, Problems problems) {
        List<Observation> chosen = own(indicators, document, spec, problems);
        boolean ok = chosen.size() == countOf(indicators, document) && !chosen.isEmpty();
        for (Observation o : chosen) {
            if (!o.indicator().type().isQuantity() || o.indicator().compliance(o).isEmpty()) {
                problems.error(spec.file(), spec.valuePositionOf("indicators"), "chart.block.no_standard", o.id(),
                        o.period().text());
                ok = false;
            }
        }
        return ok ? Optional.of(report.standard(id, chosen)) : Optional.empty();
    }

    private Optional<ChartSpec> line(String id, List<Indicator> indicators, Document document, Figures figures,
                                     MappingReader spec, Problems problems) {
        if (indicators.size() != 1) {
            problems.error(spec.file(), spec.valuePositionOf("indicators"), "chart.block.line_one");
            return Optional.empty();
        }
        Indicator ind = indicators.get(0);
        String region = document.frontMatter().region();
        // The figures of this report's kind of period only: a half-year beside a year is no trend.
        Optional<String> kind = document.frontMatter().observations().stream().filter(o -> o.id().equals(ind.id()))
                .map(o -> o.period().series()).findFirst();
        List<Figure> series = Figures.counted(figures.of(ind.id()).stream().filter(f -> f.region().equals(region))
                .filter(f -> kind.isEmpty() || f.observation().period().series().equals(kind.get())).toList());
        if (series.isEmpty()) {
            problems.error(spec.file(), spec.valuePositionOf("indicators"), "chart.block.no_series", ind.id(),
                    region);
            return Optional.empty();
        }
        return Optional.of(indicator.trend(id, ind, series));
    }

    private static int countOf(List<Indicator> indicators, Document document) {
        return (int) document.frontMatter().observations().stream()
                .filter(o -> indicators.stream().anyMatch(i -> i.id().equals(o.id()))).count();
    }

    private static boolean sameScale(List<Indicator> indicators, MappingReader spec, Problems problems) {
        Indicator first = indicators.get(0);
        for (Indicator other : indicators) {
            boolean same = other.unit().zh().equals(first.unit().zh())
                    && (other.type() == IndicatorType.CLASS) == (first.type() == IndicatorType.CLASS);
            if (!same) {
                problems.error(spec.file(), spec.valuePositionOf("indicators"), "chart.block.units", first.id(),
                        other.id());
                return false;
            }
        }
        return true;
    }

    /**
     * An editor's title replaces the generated one, in the description and the table's caption too. It
     * keeps the mark a chart with a preliminary figure carries, unless the editor wrote it already.
     */
    private ChartSpec retitle(ChartSpec spec, String given) {
        String mark = words.get("chart.title.preliminary", "");
        String title = preliminary(spec) && !given.endsWith(mark) ? words.get("chart.title.preliminary", given)
                : given;
        String description = spec.description().startsWith(spec.title())
                ? title + spec.description().substring(spec.title().length()) : spec.description();
        ChartSpec.DataTable old = spec.table();
        ChartSpec.DataTable table = old.caption().equals(words.get("chart.table.caption", spec.title()))
                ? new ChartSpec.DataTable(words.get("chart.table.caption", title), old.header(), old.rows()) : old;
        if (spec instanceof BarChart b) {
            return new BarChart(b.id(), title, b.subtitle(), b.bars(), b.scale(), b.reference(), description, table);
        }
        if (spec instanceof StandardChart s) {
            return new StandardChart(s.id(), title, s.subtitle(), s.measuredName(), s.limitName(), s.items(),
                    description, table);
        }
        LineChart l = (LineChart) spec;
        return new LineChart(l.id(), title, l.subtitle(), l.series(), l.scale(), l.steps(), l.changes(),
                description, table);
    }

    /** Whether a chart draws a preliminary figure. */
    private static boolean preliminary(ChartSpec spec) {
        if (spec instanceof BarChart b) {
            return b.bars().stream().anyMatch(BarChart.Bar::preliminary);
        }
        if (spec instanceof StandardChart s) {
            return s.items().stream().anyMatch(StandardChart.Item::preliminary);
        }
        return ((LineChart) spec).series().stream().flatMap(x -> x.points().stream())
                .anyMatch(LineChart.Point::preliminary);
    }
}
