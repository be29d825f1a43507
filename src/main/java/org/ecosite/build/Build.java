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
import java.util.function.Function;
import java.util.stream.Stream;

import org.ecosite.cache.ChartCache;
import org.ecosite.chart.BlockCharts;
import org.ecosite.chart.ChartFont;
import org.ecosite.chart.ChartFonts;
import org.ecosite.chart.ChartRenderer;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.DrawnChart;
import org.ecosite.chart.IndicatorCharts;
import org.ecosite.chart.RenderedChart;
import org.ecosite.chart.ReportCharts;
import org.ecosite.check.Position;
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
import org.ecosite.data.DisclosureData;
import org.ecosite.data.OpenData;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.CatalogLoader;
import org.ecosite.kind.DisclosureCatalog;
import org.ecosite.kind.WorkCalendar;
import org.ecosite.lint.DeadlineChecks;
import org.ecosite.lint.Lint;
import org.ecosite.markdown.FencedBlock;
import org.ecosite.markdown.Heading;
import org.ecosite.markdown.Markdown;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.model.Body;
import org.ecosite.model.Figure;
import org.ecosite.model.Figures;
import org.ecosite.model.IndicatorPage;
import org.ecosite.model.Links;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Site;
import org.ecosite.model.SiteAssembler;
import org.ecosite.model.UnpublishedLists;
import org.ecosite.search.SearchIndex;
import org.ecosite.feed.AtomFeed;
import org.ecosite.feed.Sitemap;
import org.ecosite.content.FrontMatter;
import org.ecosite.template.Dates;
import org.ecosite.output.Output;
import org.ecosite.template.ChartFigures;
import org.ecosite.template.SiteRenderer;
import org.ecosite.template.Templates;
import org.ecosite.template.Theme;
import org.ecosite.template.ThemeStrings;

/**
 * One build, start to end:
 * <pre>
 * site.yaml ─► catalog ─► content/ ─► front matter ─► Markdown parse ─► routes, links, chart blocks
 *   ─► Markdown render ─► site model ─► charts (cached) ─► templates and data files ─► output
 * </pre>
 * Problems of every stage are collected; rendering starts only when the checks found no error,
 * so the editor sees every content problem at once and a failed build writes nothing.
 */
public final class Build {

    private Build() {
    }

    public static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Timings timings = new Timings(options.timings());
        Problems problems = new Problems();
        Path source = options.source();

        // Publishing the same site again: when nothing it depends on changed, the output already is the result.
        Optional<String> inputs = options.write() ? Optional.of(UpToDate.inputs(options)) : Optional.empty();
        if (inputs.isPresent() && !options.force()) {
            Optional<UpToDate.Manifest> same = UpToDate.unchanged(options, inputs.get());
            timings.lap("up-to-date check");
            if (same.isPresent()) {
                return BuildResult.unchanged(same.get(), options, start, timings);
            }
        }

        if (options.write()) {
            Output.sweep(options.output());
        }
        Optional<SiteConfig> loaded = SiteConfigLoader.load(source, problems);
        Optional<SiteConfig> config = loaded.map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        Catalog catalog = CatalogLoader.load(source, problems);
        WorkCalendar calendar = WorkCalendar.load(source, problems);
        DisclosureCatalog disclosure = DisclosureCatalog.load(source, problems);
        Content content = ContentLoader.load(source, problems);
        Read read = readFrontMatter(content, catalog, options.drafts(), problems);
        timings.lap("read");

        Markdown markdown = new Markdown(Set.of(BlockCharts.INFO));
        Parsed parsed = parse(markdown, content, read);
        timings.lap("markdown parse");
        Routes routes = Routes.of(read.published(), content.resources(), problems);
        Map<String, Map<String, String>> links = config.map(c -> checkLinks(c, routes, read, parsed, problems))
                .orElse(Map.of());
        // What the text says: placeholders for figures, Word artefacts, figures the front matter contradicts,
        // dates. Warnings, so a strict build refuses to publish them.
        timings.lap("routes and links");
        new Lint(options.today(), options.cache().lint()).check(read.published(), parsed.files(), parsed.bodies(),
                problems);
        DeadlineChecks.check(read.published(), calendar, problems);
        timings.lap("text checks");
        Figures figures = Figures.of(read.published(), routes);
        Map<String, Map<Integer, ChartSpec>> blocks = config.map(c -> planBlocks(c, catalog, read, parsed, figures,
                problems)).orElse(Map.of());

        boolean drawCharts = config.map(c -> c.charts().enabled()).orElse(false) && !figures.all().isEmpty();
        Optional<ChartFont> font = drawCharts ? chartFont(source, config.get(), problems) : Optional.empty();
        Optional<Theme> theme = config.flatMap(c -> Theme.locate(source, c.theme(), problems));
        Optional<ThemeStrings> strings = theme.flatMap(t -> ThemeStrings.load(t, config.get().language(), problems));
        timings.lap("chart blocks, theme");
        if (problems.hasErrors() || options.strict() && problems.count(Severity.WARNING) > 0 || config.isEmpty()
                || theme.isEmpty() || strings.isEmpty()) {
            return BuildResult.failed(problems, options, loaded, start, timings);
        }

        // Everything is checked: from here on the build renders.
        SiteConfig site0 = config.get();
        Templates templates = new Templates(theme.get(), strings.get(), site0.basePath());
        ChartFigures chartFigures = new ChartFigures(templates, site0.basePath(), site0.charts().png());
        Map<String, Body> bodies = render(markdown, parsed, links, blocks, routes, chartFigures, problems);
        timings.lap("markdown render");
        Site site = SiteAssembler.assemble(site0, catalog, routes, read.published(), bodies, read.indexes(),
                figures);
        UnpublishedLists.warn(site, read.indexes(), read.draftDocuments(), problems);
        timings.lap("site model");

        List<Planned> planned = drawCharts ? planCharts(site, blocks, routes) : List.of();
        BuildProgress progress = options.progress();
        // Each chart's files are written as soon as it is drawn: into nothing when the build writes nothing.
        Function<BiConsumer<String, byte[]>, Drawn> drawInto = files -> font.map(f -> draw(planned,
                new ChartRenderer(f, site0.language().locale(), site0.charts().png()), source, site0.theme(),
                progress, files)).orElse(Drawn.NONE);
        SiteRenderer pages = new SiteRenderer(templates, strings.get(), disclosure);
        if (!options.write()) {
            Drawn drawn = drawInto.apply((path, bytes) -> { });
            timings.lap("charts");
            int count = pages.render(site, drawn.byPage(), (path, bytes) -> { }, problems,
                    (done, total) -> progress.update(BuildProgress.Stage.PAGES, done, total));
            timings.lap("pages");
            return BuildResult.of(problems, options, loaded, count, drawn, start, false, timings);
        }
        Output output = Output.begin(options.output());
        try {
            Drawn drawn = drawInto.apply(output::write);
            timings.lap("charts");
            Set<String> listed = ConcurrentHashMap.newKeySet();
            Map<String, Long> digests = new ConcurrentHashMap<>();
            int count = pages.render(site, drawn.byPage(), (path, bytes) -> {
                output.write(path, bytes);
                if (options.cache().keepLast()) {
                    digests.put(path, LastBuild.digest(bytes));
                }
                if (path.endsWith("index.html") && !path.startsWith(Routes.SEARCH)) {
                    listed.add(path.substring(0, path.length() - "index.html".length()));
                }
            }, problems, (done, total) -> progress.update(BuildProgress.Stage.PAGES, done, total));
            timings.lap("pages");
            writeData(site, output);
            new DisclosureData(site).files().forEach(f -> output.write(f.route(), f.content()::writeTo));
            timings.lap("data files");
            SearchIndex.write(site.reports().size(), d -> searchDoc(site, site.reports().get(d), parsed.bodies(),
                    markdown), output::write);
            timings.lap("search index");
            output.write(AtomFeed.FILE, AtomFeed.write(site, strings.get().get("feed.title"),
                    (date, note) -> strings.get().get("feed.corrected", Dates.text(date, site0.language()), note)));
            output.write(Sitemap.FILE, Sitemap.write(site, listed));
            output.write(Sitemap.ROBOTS, Sitemap.robots(site));
            copyResources(content.resources(), theme.get(), output);
            timings.lap("feed, sitemap, files");
            if (problems.hasErrors()) {
                return BuildResult.failed(problems, options, loaded, start, timings);
            }
            output.commit();
            if (options.cache().keepLast()) {
                Map<String, List<Heading>> headings = new HashMap<>();
                parsed.bodies().forEach((path, p) -> headings.put(path, p.headings()));
                options.cache().last().set(new LastBuild(site0, catalog, markdown, routes, read.published(), bodies,
                        read.indexes(), headings, read.drafts(), read.broken(), figures, blocks, chartFigures, pages,
                        drawn.byPage(), digests));
            }
            inputs.ifPresent(fingerprint -> UpToDate.record(options, fingerprint, output.files(), problems.sorted(),
                    count, drawn.count(), site0.language()));
            timings.lap("swap in");
            return BuildResult.of(problems, options, loaded, count, drawn, start, true, timings);
        } finally {
            output.abort();
        }
    }

    // --- reading ------------------------------------------------------------------------------

    /** The content read: reports to publish, drafts left out, index pages, and files that could not be read. */
    private record Read(List<Document> published, Set<String> drafts, List<Document> draftDocuments,
                        Map<String, IndexPage> indexes, Set<String> broken) {
    }

    private static Read readFrontMatter(Content content, Catalog catalog, boolean withDrafts, Problems problems) {
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
        List<Document> draftDocs = new ArrayList<>();
        List<Document> published = new ArrayList<>();
        for (Document doc : new TreeMap<>(documents).values()) {
            if (doc.frontMatter().draft() && !withDrafts) {
                drafts.add(doc.source().route());
                draftDocs.add(doc);
            } else {
                published.add(doc);
            }
        }
        return new Read(published, drafts, draftDocs, Map.copyOf(indexes), Set.copyOf(broken));
    }

    /** Parsed bodies by path inside content/, and the files they came from. */
    private record Parsed(Map<String, ParsedMarkdown> bodies, Map<String, SourceFile> files) {
    }

    /**
     * Every body is parsed once; headings and links are known before anything renders. A report
     * whose front matter failed is parsed too, so its link problems show in the same run.
     */
    private static Parsed parse(Markdown markdown, Content content, Read read) {
        Map<String, ParsedMarkdown> bodies = new ConcurrentHashMap<>();
        Map<String, SourceFile> files = new ConcurrentHashMap<>();
        read.published().parallelStream().forEach(d -> {
            bodies.put(d.source().route(), markdown.parse(d.body(), d.bodyLine()));
            files.put(d.source().route(), d.source());
        });
        read.indexes().values().parallelStream().forEach(i -> {
            bodies.put(i.source().route(), markdown.parse(i.body(), i.bodyLine()));
            files.put(i.source().route(), i.source());
        });
        content.sources().parallelStream().filter(f -> read.broken().contains(f.route())).forEach(f ->
                FrontMatterSplit.of(f, new Problems()).ifPresent(split -> {
                    bodies.put(f.route(), markdown.parse(split.body(), split.bodyLine()));
                    files.put(f.route(), f);
                }));
        return new Parsed(bodies, files);
    }

    private static Map<String, Map<String, String>> checkLinks(SiteConfig config, Routes routes, Read read,
                                                               Parsed parsed, Problems problems) {
        Map<String, List<Heading>> headings = new HashMap<>();
        parsed.bodies().forEach((path, p) -> headings.put(path, p.headings()));
        Links links = new Links(config.basePath(), routes, headings, read.drafts(), read.broken());
        Map<String, Map<String, String>> urls = new ConcurrentHashMap<>();
        parsed.files().values().parallelStream().forEach(file -> urls.put(file.route(), links.resolve(
                file.display(), file.route(), parsed.bodies().get(file.route()).links(), problems)));
        return urls;
    }

    /**
     * The charts editors placed in report texts, checked against the reports' figures.
     *
     * @return by path inside content/, each block's chart by the block's index
     */
    private static Map<String, Map<Integer, ChartSpec>> planBlocks(SiteConfig config, Catalog catalog, Read read,
                                                                   Parsed parsed, Figures figures, Problems problems) {
        BlockCharts planner = new BlockCharts(catalog, config.language());
        Map<String, Map<Integer, ChartSpec>> specs = new ConcurrentHashMap<>();
        read.published().parallelStream().forEach(d -> {
            Map<Integer, ChartSpec> own = new TreeMap<>();
            for (FencedBlock block : parsed.bodies().get(d.source().route()).blocks()) {
                planner.plan(block, d, figures, problems).ifPresent(spec -> own.put(block.index(), spec));
            }
            if (!own.isEmpty()) {
                specs.put(d.source().route(), own);
            }
        });
        return specs;
    }

    /** What search reads of a report. */
    private static SearchIndex.Doc searchDoc(Site site, Report r, Map<String, ParsedMarkdown> parsed,
                                             Markdown markdown) {
        FrontMatter fm = r.frontMatter();
        String summary = fm.summary().orElse("");
        String body = markdown.text(parsed.get(r.document().source().route()));
        List<String> words = new ArrayList<>(List.of(fm.title(), summary, fm.region()));
        words.addAll(fm.topics());
        fm.organization().ifPresent(words::add);
        fm.indexNo().ifPresent(words::add);
        fm.docNo().ifPresent(words::add);
        words.addAll(fm.fields().words());
        fm.period().ifPresent(p -> words.add(p.label(site.config().language())));
        fm.observations().forEach(o -> {
            words.add(o.indicator().name().get(site.config().language()));
            o.location().ifPresent(words::add);
            o.note().ifPresent(words::add);
        });
        words.add(body);
        return new SearchIndex.Doc(fm.title(), r.route(), fm.date().toString(),
                Dates.text(fm.date(), site.config().language()), fm.region(), String.join("\n", words),
                summary.isEmpty() ? body : summary + "\n" + body);
    }

    private static Optional<ChartFont> chartFont(Path source, SiteConfig config, Problems problems) {
        Optional<String> file = config.charts().font();
        if (file.isPresent()) {
            Optional<ChartFont> font = ChartFonts.fromFile(source.resolve(file.get()));
            if (font.isEmpty()) {
                problems.error(SiteConfigLoader.FILE, Position.START, "chart.font_file", file.get());
            }
            return font;
        }
        Optional<ChartFont> font = ChartFonts.installed();
        if (font.isEmpty()) {
            problems.error(SiteConfigLoader.FILE, Position.START, "chart.no_font");
        }
        return font;
    }

    // --- rendering ----------------------------------------------------------------------------

    private static Map<String, Body> render(Markdown markdown, Parsed parsed, Map<String, Map<String, String>> links,
                                            Map<String, Map<Integer, ChartSpec>> blocks, Routes routes,
                                            ChartFigures figures,
                                            Problems problems) {
        Map<String, Body> bodies = new ConcurrentHashMap<>();
        parsed.bodies().entrySet().parallelStream().forEach(e -> bodies.put(e.getKey(), renderBody(markdown,
                e.getValue(), links.getOrDefault(e.getKey(), Map.of()), blocks.getOrDefault(e.getKey(), Map.of()),
                routes.report(e.getKey()).orElse(""), figures, problems)));
        return bodies;
    }

    /** One body as HTML: links resolved to {@code urls}, chart blocks replaced by their figures. */
    static Body renderBody(Markdown markdown, ParsedMarkdown parsed, Map<String, String> urls,
                           Map<Integer, ChartSpec> own, String route, ChartFigures figures, Problems problems) {
        String html = markdown.render(parsed, urls::get, block -> {
            ChartSpec spec = own.get(block.index());
            try {
                return figures.html(route, spec, ChartRenderer.width(spec), ChartRenderer.height(spec));
            } catch (Templates.TemplateError err) {
                problems.error(err.file(), new Position(err.line(), 1), "template.error", err.getMessage());
                return "";
            }
        });
        return new Body(html, parsed.headings());
    }

    /** A chart to draw and the page (route) whose folder its files go in. */
    private record Planned(String route, ChartSpec spec, boolean onPage) {
    }

    /**
     * Every chart of the site: each report's own charts, the charts editors placed in texts, and
     * the charts of each indicator page.
     */
    private static List<Planned> planCharts(Site site, Map<String, Map<Integer, ChartSpec>> blocks, Routes routes) {
        ReportCharts reports = new ReportCharts(site.config().language());
        IndicatorCharts indicators = new IndicatorCharts(site.config().language());
        List<Planned> planned = new ArrayList<>();
        for (Report r : site.reports()) {
            for (ChartSpec spec : reports.plan(r.frontMatter().observations())) {
                planned.add(new Planned(r.route(), spec, true));
            }
        }
        new TreeMap<>(blocks).forEach((path, own) -> own.values().forEach(spec ->
                planned.add(new Planned(routes.report(path).orElseThrow(), spec, false))));
        for (IndicatorPage page : site.indicators()) {
            for (ChartSpec spec : indicators.plan(page)) {
                planned.add(new Planned(page.route(), spec, true));
            }
        }
        return planned;
    }

    /**
     * The charts of a build, their files written.
     *
     * @param byPage   the charts each page shows, by the page's route
     * @param rendered how many were drawn anew
     * @param reused   how many came from the cache
     */
    record Drawn(Map<String, List<DrawnChart>> byPage, int rendered, int reused) {
        static final Drawn NONE = new Drawn(Map.of(), 0, 0);

        int count() {
            return rendered + reused;
        }
    }

    /**
     * Draws the charts in parallel, reusing every chart whose inputs did not change since the last build,
     * and gives each chart's files to {@code files} (path in the site, bytes) as soon as it has them.
     */
    private static Drawn draw(List<Planned> planned, ChartRenderer renderer, Path source, String theme,
                              BuildProgress progress, BiConsumer<String, byte[]> files) {
        ChartCache cache = ChartCache.open(source, renderer, theme);
        List<String> keys = planned.stream().map(p -> cache.key(p.spec())).toList();
        DrawnChart[] charts = new DrawnChart[planned.size()];
        boolean[] fresh = new boolean[planned.size()];
        AtomicInteger done = new AtomicInteger();
        java.util.stream.IntStream.range(0, planned.size()).parallel().forEach(i -> {
            ChartSpec spec = planned.get(i).spec();
            Optional<RenderedChart> cached = cache.load(keys.get(i), spec, ChartRenderer.width(spec),
                    ChartRenderer.height(spec));
            RenderedChart chart = cached.orElseGet(() -> renderer.render(spec));
            if (cached.isEmpty()) {
                cache.store(keys.get(i), chart);
                fresh[i] = true;
            }
            String name = planned.get(i).route() + chart.id();
            files.accept(name + ".svg", chart.svg().getBytes(StandardCharsets.UTF_8));
            if (chart.hasPng()) {
                files.accept(name + ".png", chart.png());
            }
            charts[i] = chart.drawn();
            progress.update(BuildProgress.Stage.CHARTS, done.incrementAndGet(), planned.size());
        });
        cache.keepOnly(Set.copyOf(keys));
        Map<String, List<DrawnChart>> byPage = new HashMap<>();
        int rendered = 0;
        for (int i = 0; i < charts.length; i++) {
            if (planned.get(i).onPage()) {
                byPage.computeIfAbsent(planned.get(i).route(), k -> new ArrayList<>()).add(charts[i]);
            }
            rendered += fresh[i] ? 1 : 0;
        }
        return new Drawn(byPage, rendered, charts.length - rendered);
    }

    // --- writing ------------------------------------------------------------------------------

    /** The figures as CSV and JSON: for the whole site, for each report and for each indicator. */
    private static void writeData(Site site, Output output) {
        if (site.figures().all().isEmpty()) {
            return;
        }
        OpenData data = new OpenData(site.config().language(), site.config().baseUrl().toString());
        // One list of files, largest first, so the site-wide files are not left to one core at the end.
        List<Map.Entry<String, List<Figure>>> files = new ArrayList<>();
        files.add(Map.entry("data/indicators", site.figures().all()));
        site.indicators().forEach(p -> files.add(Map.entry(p.route() + p.indicator().id(), p.figures())));
        site.reports().forEach(r -> {
            List<Figure> figures = site.figures().ofReport(r.route());
            if (!figures.isEmpty()) {
                files.add(Map.entry(r.route() + "indicators", figures));
            }
        });
        // CSV and JSON of one list are two tasks, written straight to their files.
        java.util.stream.IntStream.range(0, files.size() * 2).parallel().forEach(k -> {
            Map.Entry<String, List<Figure>> f = files.get(k / 2);
            if (k % 2 == 0) {
                output.write(f.getKey() + ".csv", out -> data.csv(f.getValue(), out));
            } else {
                output.write(f.getKey() + ".json", out -> data.json(f.getValue(), out));
            }
        });
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
}
