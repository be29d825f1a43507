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
import org.ecosite.markdown.Outline;
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
        // The theme's words for a withheld figure go into the parse's renderer, so it is read before any text.
        Optional<Theme> theme = config.flatMap(c -> Theme.locate(layout, c.theme(), problems));
        Optional<ThemeStrings> strings = theme.flatMap(t -> ThemeStrings.load(t, config.get().language(), problems));
        Markdown markdown = new Markdown(Set.of(BlockCharts.INFO), strings.map(t -> new Markdown.Words(
                t.get("withheld.label"), t.get("withheld.name"))).orElse(Markdown.Words.CHINESE));
        timings.lap("read");

        // What the text says: placeholders for figures, Word artefacts, figures the front matter contradicts,
        // dates. Warnings, so a strict build refuses to publish them. Each file's own are checked as it is parsed.
        Lint lint = new Lint(options.today(), options.cache().lint());
        Scanned scanned = scan(content, catalog, markdown, lint, options.drafts(), problems);
        Read read = scanned.read();
        Parsed parsed = scanned.parsed();
        timings.lap("markdown parse");
        Routes routes = Routes.of(read.published(), content.resources(), problems);
        Map<String, Map<String, String>> links = config.map(c -> checkLinks(c, routes, read, parsed, problems))
                .orElse(Map.of());
        timings.lap("routes and links");
        lint.dates(read.published(), problems);
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
        timings.lap("chart blocks, chart font");
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


    // --- reading and parsing -----------------------------------------------------------------

    /**
     * The content read: reports to publish, drafts left out, index pages, and files that could not be read.
     * None of them holds its text ({@link Document#withoutText}).
     */
    record Read(List<Document> published, Set<String> drafts, List<Document> draftDocuments,
                Map<String, IndexPage> indexes, Set<String> broken) {
    }

    /** What is kept of each parsed file, by path inside content/: never its text, never its parse. */
    record Parsed(Map<String, File> files) {

        /**
         * One parsed file.
         *
         * @param source  the file, without its text
         * @param digest  its text's {@link SourceFile#digest}, to tell a file that changed before it was published
         * @param outline its body's headings, links and chart blocks
         */
        record File(SourceFile source, long digest, Outline outline) {
        }

        /** Each body's headings, by path inside content/: what links to a heading are checked against. */
        Map<String, List<Heading>> headings() {
            Map<String, List<Heading>> headings = new HashMap<>();
            files.forEach((path, f) -> headings.put(path, f.outline().headings()));
            return headings;
        }
    }

    private record Scanned(Read read, Parsed parsed) {
    }

    /**
     * Every file is read, its front matter read, its body parsed once and its text checked, in parallel;
     * then its text and its parse are dropped, so a build holds no more than a few files' texts at a time.
     * Headings and links are known before anything renders. A report whose front matter failed is parsed
     * too, so its link problems show in the same run; a draft left out is not parsed.
     */
    private static Scanned scan(Content content, Catalog catalog, Markdown markdown, Lint lint, boolean withDrafts,
                                Problems problems) {
        FrontMatterReader reader = new FrontMatterReader(catalog);
        Map<String, Document> documents = new ConcurrentHashMap<>();
        Map<String, IndexPage> indexes = new ConcurrentHashMap<>();
        Set<String> broken = ConcurrentHashMap.newKeySet();
        Map<String, Parsed.File> files = new ConcurrentHashMap<>();
        lint.begin();
        content.sources().parallelStream().forEach(found -> found.read(problems).ifPresent(file -> {
            Optional<ParsedMarkdown> body;
            Optional<Document> published = Optional.empty();
            if (file.isIndex()) {
                Optional<IndexPage> index = reader.readIndex(file, problems);
                index.ifPresentOrElse(i -> indexes.put(i.folder(), i.withoutText()), () -> broken.add(file.route()));
                body = index.map(i -> markdown.parse(i.body(), i.bodyLine()));
            } else {
                Optional<Document> doc = reader.readReport(file, problems);
                doc.ifPresentOrElse(d -> documents.put(file.route(), d.withoutText()), () -> broken.add(file.route()));
                published = doc.filter(d -> withDrafts || !d.frontMatter().draft());
                body = published.map(d -> markdown.parse(d.body(), d.bodyLine(), d.frontMatter().withheld()));
                if (doc.isPresent() && published.isEmpty()) {
                    return;
                }
            }
            if (body.isEmpty()) {
                body = FrontMatterSplit.of(file, new Problems()).map(split -> markdown.parse(split.body(),
                        split.bodyLine()));
            }
            if (body.isPresent()) {
                long digest = file.digest();
                lint.file(file, digest, published, body, problems);
                files.put(file.route(), new Parsed.File(file.withoutText(), digest, body.get().outline()));
            }
        }));
        Set<String> drafts = new TreeSet<>();
        List<Document> draftDocs = new ArrayList<>();
        List<Document> publishedDocs = new ArrayList<>();
        for (Document doc : new TreeMap<>(documents).values()) {
            if (doc.frontMatter().draft() && !withDrafts) {
                drafts.add(doc.source().route());
                draftDocs.add(doc);
            } else {
                publishedDocs.add(doc);
            }
        }
        return new Scanned(new Read(publishedDocs, drafts, draftDocs, Map.copyOf(indexes), Set.copyOf(broken)),
                new Parsed(files));
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
        parsed.files().values().parallelStream().forEach(file -> urls.put(file.source().route(), links.resolve(
                file.source().display(), file.source().route(), file.outline().links(), problems)));
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
            Map<Integer, ChartSpec> own = blocks(planner, d, parsed.files().get(d.source().route()).outline().blocks(),
                    figures, problems);
            if (!own.isEmpty()) {
                specs.put(d.source().route(), own);
            }
        });
        return specs;
    }

    /** One report's chart blocks, each by its block's index. */
    static Map<Integer, ChartSpec> blocks(BlockCharts planner, Document doc, List<FencedBlock> blocks,
                                          Figures figures, Problems problems) {
        Map<Integer, ChartSpec> own = new TreeMap<>();
        for (FencedBlock block : blocks) {
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
