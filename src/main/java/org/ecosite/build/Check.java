package org.ecosite.build;

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

import org.ecosite.chart.BlockCharts;
import org.ecosite.chart.ChartFont;
import org.ecosite.chart.ChartFonts;
import org.ecosite.chart.ChartSpec;
import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.check.Severity;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;
import org.ecosite.config.SiteLayout;
import org.ecosite.content.Content;
import org.ecosite.content.ContentLoader;
import org.ecosite.content.DataFiles;
import org.ecosite.content.Resource;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatterReader;
import org.ecosite.content.FrontMatterSplit;
import org.ecosite.content.IndexPage;
import org.ecosite.content.SourceFile;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.CatalogLoader;
import org.ecosite.kind.WorkCalendar;
import org.ecosite.lint.DeadlineChecks;
import org.ecosite.lint.Lint;
import org.ecosite.lint.SiteHealth;
import org.ecosite.markdown.FencedBlock;
import org.ecosite.markdown.Heading;
import org.ecosite.markdown.Markdown;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.model.Figures;
import org.ecosite.model.Links;
import org.ecosite.model.Routes;
import org.ecosite.template.Theme;
import org.ecosite.template.ThemeStrings;

/**
 * The first phase of a build: reads, parses and checks everything, writing nothing. Every problem
 * of every file is collected, so the editor sees them all at once; what passes becomes a
 * {@link Checked}, which the second phase ({@link Publish}) publishes.
 */
final class Check {

    private Check() {
    }

    /**
     * @param loaded site.yaml as read (its problems are already in {@code problems})
     * @return empty when the site must not be published: an error, a warning in a strict build, or no
     *         usable site.yaml or theme
     */
    static Optional<Checked> run(BuildOptions options, SiteLayout layout, Optional<SiteConfig> loaded,
                                 Problems problems, Timings timings) {
        Path source = layout.root();
        Optional<SiteConfig> config = loaded.map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        Catalog catalog = CatalogLoader.load(source, problems);
        WorkCalendar calendar = WorkCalendar.load(source, problems);
        Content content = ContentLoader.load(source, problems);
        Read read = readFrontMatter(content, catalog, options.drafts(), problems);
        timings.lap("read");

        // The theme's words for a withheld figure go into the parse's renderer, so it is read first.
        Optional<Theme> theme = config.flatMap(c -> Theme.locate(layout, c.theme(), problems));
        Optional<ThemeStrings> strings = theme.flatMap(t -> ThemeStrings.load(t, config.get().language(), problems));
        Markdown markdown = new Markdown(Set.of(BlockCharts.INFO), strings.map(t -> new Markdown.Words(
                t.get("withheld.label"), t.get("withheld.name"))).orElse(Markdown.Words.CHINESE));
        Parsed parsed = parse(markdown, content, read);
        timings.lap("markdown parse");
        Routes routes = Routes.of(read.published(), content.resources(), problems);
        Map<String, Map<String, String>> links = config.map(c -> checkLinks(c, routes, read, parsed, problems))
                .orElse(Map.of());
        timings.lap("routes and links");
        // What the text says: placeholders for figures, Word artefacts, figures the front matter contradicts,
        // dates. Warnings, so a strict build refuses to publish them.
        new Lint(options.today(), options.cache().lint()).check(read.published(), parsed.files(), parsed.bodies(),
                problems);
        DeadlineChecks.check(read.published(), calendar, problems);
        config.ifPresent(c -> SiteHealth.check(read.published(), c.health(), options.today(), problems));
        timings.lap("text checks");
        // Figures of data/*.csv join those of the reports: the same checks, indicator pages, charts and open data.
        DataFiles.Read data = DataFiles.read(source, catalog, problems);
        Figures figures = Figures.of(read.published(), routes, data.documents());
        Map<String, Map<Integer, ChartSpec>> blocks = config.map(c -> planBlocks(c, catalog, read, parsed, figures,
                problems)).orElse(Map.of());

        boolean drawCharts = config.map(c -> c.charts().enabled()).orElse(false) && !figures.all().isEmpty();
        Optional<ChartFont> font = drawCharts ? chartFont(layout, config.get(), problems) : Optional.empty();
        timings.lap("chart blocks, theme");
        if (problems.hasErrors() || options.strict() && problems.count(Severity.WARNING) > 0 || config.isEmpty()
                || theme.isEmpty() || strings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Checked(config.get(), catalog, markdown, read, parsed, routes, links, figures, blocks,
                font, theme.get(), strings.get(), resources(content.resources(), data.resources())));
    }
    /** Content files, then the data files published as the figures' sources. */
    private static List<Resource> resources(List<Resource> content, List<Resource> data) {
        List<Resource> all = new ArrayList<>(content);
        all.addAll(data);
        return all;
    }


    // --- reading ------------------------------------------------------------------------------

    /** The content read: reports to publish, drafts left out, index pages, and files that could not be read. */
    record Read(List<Document> published, Set<String> drafts, List<Document> draftDocuments,
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

    // --- parsing ------------------------------------------------------------------------------

    /** Parsed bodies by path inside content/, and the files they came from. */
    record Parsed(Map<String, ParsedMarkdown> bodies, Map<String, SourceFile> files) {

        /** Each body's headings, by path inside content/: what links to a heading are checked against. */
        Map<String, List<Heading>> headings() {
            Map<String, List<Heading>> headings = new HashMap<>();
            bodies.forEach((path, p) -> headings.put(path, p.headings()));
            return headings;
        }
    }

    /**
     * Every body is parsed once; headings and links are known before anything renders. A report
     * whose front matter failed is parsed too, so its link problems show in the same run.
     */
    private static Parsed parse(Markdown markdown, Content content, Read read) {
        Map<String, ParsedMarkdown> bodies = new ConcurrentHashMap<>();
        Map<String, SourceFile> files = new ConcurrentHashMap<>();
        read.published().parallelStream().forEach(d -> {
            bodies.put(d.source().route(), markdown.parse(d.body(), d.bodyLine(), d.frontMatter().withheld()));
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

    // --- checking -----------------------------------------------------------------------------

    /** The link checker of a site: every route, heading, draft and unreadable file it can point to. */
    static Links links(SiteConfig config, Routes routes, Map<String, List<Heading>> headings, Read read) {
        return new Links(config.basePath(), routes, headings, read.drafts(), read.broken());
    }

    private static Map<String, Map<String, String>> checkLinks(SiteConfig config, Routes routes, Read read,
                                                               Parsed parsed, Problems problems) {
        Links links = links(config, routes, parsed.headings(), read);
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
            Map<Integer, ChartSpec> own = blocks(planner, d, parsed.bodies().get(d.source().route()), figures,
                    problems);
            if (!own.isEmpty()) {
                specs.put(d.source().route(), own);
            }
        });
        return specs;
    }

    /** One report's chart blocks, each by its block's index. */
    static Map<Integer, ChartSpec> blocks(BlockCharts planner, Document doc, ParsedMarkdown parsed, Figures figures,
                                          Problems problems) {
        Map<Integer, ChartSpec> own = new TreeMap<>();
        for (FencedBlock block : parsed.blocks()) {
            planner.plan(block, doc, figures, problems).ifPresent(spec -> own.put(block.index(), spec));
        }
        return own;
    }

    private static Optional<ChartFont> chartFont(SiteLayout layout, SiteConfig config, Problems problems) {
        Optional<Path> file = layout.chartFont(config);
        try {
            if (file.isEmpty()) {
                return Optional.of(ChartFonts.builtIn());
            }
            Optional<ChartFont> font = ChartFonts.fromFile(file.get());
            if (font.isEmpty()) {
                problems.error(SiteConfigLoader.FILE, Position.START, "chart.font_file", config.charts().font().get());
            }
            return font;
        } catch (ChartFonts.Unavailable e) {
            problems.error(SiteConfigLoader.FILE, Position.START, "chart.font_system", e.getMessage());
            return Optional.empty();
        }
    }
}
