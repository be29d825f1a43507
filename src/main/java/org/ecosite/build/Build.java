package org.ecosite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.ecosite.chart.BarChart;
import org.ecosite.chart.ChartCache;
import org.ecosite.chart.ChartFont;
import org.ecosite.chart.ChartFonts;
import org.ecosite.chart.ChartRenderer;
import org.ecosite.chart.RenderedChart;
import org.ecosite.chart.ReportCharts;
import org.ecosite.check.Position;
import org.ecosite.check.Problem;
import org.ecosite.check.Problems;
import org.ecosite.check.Severity;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;
import org.ecosite.content.Content;
import org.ecosite.content.ContentLoader;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatterReader;
import org.ecosite.content.FrontMatterSplit;
import org.ecosite.content.IndexPage;
import org.ecosite.content.Resource;
import org.ecosite.content.SourceFile;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.CatalogLoader;
import org.ecosite.lint.Lint;
import org.ecosite.markdown.Markdown;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.model.Body;
import org.ecosite.model.Links;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Site;
import org.ecosite.model.SiteAssembler;
import org.ecosite.output.Output;
import org.ecosite.template.SiteRenderer;
import org.ecosite.template.Templates;
import org.ecosite.template.Theme;
import org.ecosite.template.ThemeStrings;

/**
 * One build, start to end:
 * <pre>
 * site.yaml ─► catalog ─► content/ ─► front matter ─► Markdown parse ─► routes and links
 *   ─► Markdown render ─► site model ─► charts ─► templates ─► output (swapped in at the end)
 * </pre>
 * Problems of every stage are collected; the stages that need a sound input stop at the
 * first error stage, so the editor sees every content problem at once and no half-built site.
 */
public final class Build {

    private Build() {
    }

    public static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Path source = options.source();
        options.cache().charts().begin();

        Optional<SiteConfig> loaded = SiteConfigLoader.load(source, problems);
        Optional<SiteConfig> config = loaded.map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        Catalog catalog = CatalogLoader.load(source, problems);
        Content content = ContentLoader.load(source, problems);

        // Front matter, all files in parallel; problems are collected, nothing thrown.
        FrontMatterReader reader = new FrontMatterReader(catalog);
        Map<String, Document> documents = new ConcurrentHashMap<>();
        Map<String, IndexPage> indexes = new ConcurrentHashMap<>();
        Set<String> broken = ConcurrentHashMap.newKeySet();
        content.sources().parallelStream().forEach(file -> {
            if (file.isIndex()) {
                reader.readIndex(file, problems).ifPresentOrElse(i -> indexes.put(i.folder(), i),
                        () -> broken.add(file.route()));
            } else {
                reader.readReport(file, problems).ifPresentOrElse(d -> documents.put(file.route(), d),
                        () -> broken.add(file.route()));
            }
        });
        Set<String> drafts = new TreeSet<>();
        List<Document> published = new ArrayList<>();
        for (Document doc : new TreeMap<>(documents).values()) {
            if (doc.frontMatter().draft() && !options.drafts()) {
                drafts.add(doc.source().route());
            } else {
                published.add(doc);
            }
        }

        // Markdown is parsed once; headings and links are known before anything renders. A report
        // whose front matter failed is parsed too, so its links are checked in the same run.
        Markdown markdown = new Markdown(Set.of());
        Map<String, ParsedMarkdown> parsed = new ConcurrentHashMap<>();
        Map<String, SourceFile> withBody = new ConcurrentHashMap<>();
        published.parallelStream().forEach(d -> {
            parsed.put(d.source().route(), markdown.parse(d.body(), d.bodyLine()));
            withBody.put(d.source().route(), d.source());
        });
        indexes.values().parallelStream().forEach(i -> {
            parsed.put(i.source().route(), markdown.parse(i.body(), i.bodyLine()));
            withBody.put(i.source().route(), i.source());
        });
        content.sources().parallelStream().filter(f -> broken.contains(f.route())).forEach(f ->
                FrontMatterSplit.of(f, new Problems()).ifPresent(split -> {
                    parsed.put(f.route(), markdown.parse(split.body(), split.bodyLine()));
                    withBody.put(f.route(), f);
                }));

        Routes routes = Routes.of(published, content.resources(), problems);
        Map<String, Map<String, String>> linkUrls = new ConcurrentHashMap<>();
        if (config.isPresent()) {
            Map<String, List<org.ecosite.markdown.Heading>> headings = new HashMap<>();
            parsed.forEach((path, p) -> headings.put(path, p.headings()));
            Links links = new Links(config.get().basePath(), routes, headings, drafts, broken);
            withBody.values().parallelStream().forEach(file -> linkUrls.put(file.route(), links.resolve(
                    file.display(), file.route(), parsed.get(file.route()).links(), problems)));
        }

        // What the text says: placeholders for figures, Word artefacts, figures the front matter contradicts,
        // dates. Warnings, so a strict build refuses to publish them.
        new Lint(options.today(), options.cache().lint()).check(published, withBody, parsed, problems);

        Optional<ChartFont> font = Optional.empty();
        boolean needsCharts = published.stream().anyMatch(d -> !d.frontMatter().observations().isEmpty());
        if (config.isPresent() && needsCharts) {
            font = chartFont(source, config.get(), problems);
        }
        Optional<Theme> theme = config.flatMap(c -> Theme.locate(source, c.theme(), problems));
        Optional<ThemeStrings> strings = theme.flatMap(t -> ThemeStrings.load(t, config.get().language(), problems));

        if (problems.hasErrors() || options.strict() && problems.count(Severity.WARNING) > 0 || config.isEmpty()
                || theme.isEmpty() || strings.isEmpty()) {
            return result(problems, options, loaded, 0, 0, start, false);
        }

        // Everything checked: render.
        Map<String, Body> bodies = new ConcurrentHashMap<>();
        parsed.entrySet().parallelStream().forEach(e -> {
            Map<String, String> urls = linkUrls.getOrDefault(e.getKey(), Map.of());
            String html = markdown.render(e.getValue(), dest -> urls.getOrDefault(dest, "#"), b -> "");
            bodies.put(e.getKey(), new Body(html, e.getValue().headings()));
        });
        Site site = SiteAssembler.assemble(config.get(), routes, published, bodies, indexes);

        // Charts are planned first so progress can count them; a chart drawn by an earlier build of this
        // process (the preview server) with the same spec and font is taken from the cache.
        Map<String, List<RenderedChart>> charts = new ConcurrentHashMap<>();
        ChartCache cache = options.cache().charts();
        if (font.isPresent()) {
            ChartFont chartFont = font.get();
            ChartRenderer renderer = new ChartRenderer(chartFont);
            ReportCharts planner = new ReportCharts(config.get().language());
            Map<String, List<BarChart>> plans = new ConcurrentHashMap<>();
            site.reports().parallelStream().forEach(r -> plans.put(r.route(),
                    planner.plan(r.frontMatter().observations())));
            int total = plans.values().stream().mapToInt(List::size).sum();
            AtomicInteger drawn = new AtomicInteger();
            plans.entrySet().parallelStream().forEach(e -> charts.put(e.getKey(), e.getValue().stream().map(spec -> {
                RenderedChart chart = cache.get(spec, chartFont, renderer::render);
                options.progress().update(BuildProgress.Stage.CHARTS, drawn.incrementAndGet(), total);
                return chart;
            }).toList()));
        }
        int chartCount = charts.values().stream().mapToInt(List::size).sum();

        Templates templates = new Templates(theme.get(), strings.get(), config.get().basePath());
        SiteRenderer pages = new SiteRenderer(templates, strings.get());
        int pageTotal = SiteRenderer.pageCount(site);
        AtomicInteger pagesDone = new AtomicInteger();
        BiConsumer<String, byte[]> counted = (path, bytes) ->
                options.progress().update(BuildProgress.Stage.PAGES, pagesDone.incrementAndGet(), pageTotal);
        if (!options.write()) {
            int count = pages.render(site, charts, counted, problems);
            return result(problems, options, loaded, count, chartCount, start, false);
        }
        Output output = Output.begin(options.output());
        try {
            BiConsumer<String, byte[]> write = output::write;
            int count = pages.render(site, charts, write.andThen(counted), problems);
            writeCharts(site, charts, output);
            copyResources(content.resources(), theme.get(), output);
            if (problems.hasErrors()) {
                output.abort();
                return result(problems, options, loaded, 0, 0, start, false);
            }
            output.commit();
            return result(problems, options, loaded, count, chartCount, start, true);
        } finally {
            output.abort();
        }
    }

    private static Optional<ChartFont> chartFont(Path source, SiteConfig config, Problems problems) {
        if (config.chartFont().isPresent()) {
            Optional<ChartFont> font = ChartFonts.fromFile(source.resolve(config.chartFont().get()));
            if (font.isEmpty()) {
                problems.error(SiteConfigLoader.FILE, Position.START, "chart.font_file", config.chartFont().get());
            }
            return font;
        }
        Optional<ChartFont> font = ChartFonts.installed();
        if (font.isEmpty()) {
            problems.error(SiteConfigLoader.FILE, Position.START, "chart.no_font");
        }
        return font;
    }

    private static void writeCharts(Site site, Map<String, List<RenderedChart>> charts, Output output) {
        for (Report r : site.reports()) {
            for (RenderedChart chart : charts.getOrDefault(r.route(), List.of())) {
                output.write(r.route() + chart.id() + ".svg", chart.svg().getBytes(StandardCharsets.UTF_8));
                output.write(r.route() + chart.id() + ".png", chart.png());
            }
        }
    }

    /** Content files, then static/, then the theme's static files where the site has none of its own. */
    private static void copyResources(List<Resource> resources, Theme theme, Output output) {
        for (Resource r : resources) {
            if (!output.has(r.route())) {
                output.copy(r.path(), r.route());
            }
        }
        Path statics = theme.statics();
        if (!Files.isDirectory(statics)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(statics)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String route = statics.relativize(file).toString().replace('\\', '/');
                if (!output.has(route)) {
                    output.copy(file, route);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BuildResult result(Problems problems, BuildOptions options, Optional<SiteConfig> config,
                                      int pages, int charts, long start, boolean written) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Problem> list = problems.sorted();
        if (options.strict()) {
            // For publishing, a warning is as good as an error: the editor must look at it first.
            list = list.stream().map(p -> p.isError() ? p
                    : new Problem(p.file(), p.position(), Severity.ERROR, p.key(), p.args())).toList();
        }
        int rendered = written || !options.write() ? options.cache().charts().rendered() : 0;
        int reused = written || !options.write() ? options.cache().charts().reused() : 0;
        return new BuildResult(list, config.map(SiteConfig::language), pages, charts, rendered, reused, millis,
                written);
    }
}
