package org.ecosite.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32C;

import org.ecosite.chart.BlockCharts;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.DrawnChart;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfig;
import org.ecosite.content.ContentLoader;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatterReader;
import org.ecosite.content.IndexPage;
import org.ecosite.content.SourceFile;
import org.ecosite.indicator.Catalog;
import org.ecosite.markdown.FencedBlock;
import org.ecosite.markdown.Heading;
import org.ecosite.markdown.Markdown;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.model.Body;
import org.ecosite.model.Figures;
import org.ecosite.model.Links;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Site;
import org.ecosite.model.SiteAssembler;
import org.ecosite.source.TextFile;
import org.ecosite.template.ChartFigures;
import org.ecosite.template.SiteRenderer;

/**
 * What a good build leaves for the preview, so that an edit to the text of one report shows at once:
 * the preview renders that report's page from here in a few milliseconds, tells the browser, and only
 * then rebuilds the whole site. It serves only edits that leave the front matter as it was, because
 * only the report's own page shows its text: lists, indicator pages and charts come from front matter.
 * Anything else (a new file, a changed figure, a chart block that changed, a problem in the text)
 * returns nothing and waits for the full build, which also runs the checks this leaves out.
 */
public final class LastBuild {

    /** The edited report's page: its path in the output folder and its bytes. */
    public record Page(String path, byte[] bytes) {
    }

    private final SiteConfig config;
    private final Catalog catalog;
    private final Markdown markdown;
    private final Routes routes;
    private final List<Document> published;
    private final Map<String, Body> bodies;
    private final Map<String, IndexPage> indexes;
    private final Map<String, List<Heading>> headings;
    private final Set<String> drafts;
    private final Set<String> broken;
    private final Figures figures;
    private final Map<String, Map<Integer, ChartSpec>> blocks;
    private final ChartFigures chartFigures;
    private final SiteRenderer pages;
    private final Map<String, List<DrawnChart>> charts;
    private final Map<String, Long> digests;

    LastBuild(SiteConfig config, Catalog catalog, Markdown markdown, Routes routes,
              List<Document> published, Map<String, Body> bodies, Map<String, IndexPage> indexes,
              Map<String, List<Heading>> headings, Set<String> drafts, Set<String> broken, Figures figures,
              Map<String, Map<Integer, ChartSpec>> blocks, ChartFigures chartFigures, SiteRenderer pages,
              Map<String, List<DrawnChart>> charts, Map<String, Long> digests) {
        this.config = config;
        this.catalog = catalog;
        this.markdown = markdown;
        this.routes = routes;
        this.published = List.copyOf(published);
        this.bodies = Map.copyOf(bodies);
        this.indexes = indexes;
        this.headings = Map.copyOf(headings);
        this.drafts = drafts;
        this.broken = broken;
        this.figures = figures;
        this.blocks = blocks;
        this.chartFigures = chartFigures;
        this.pages = pages;
        this.charts = charts;
        this.digests = Map.copyOf(digests);
    }

    /**
     * The page of the report in {@code changed}, as the full build would make it.
     *
     * @param changed a path relative to the site folder, e.g. {@code content/reports/2024/a.md}
     * @return empty when the edit needs the full build
     */
    public Optional<Page> page(String changed) {
        String prefix = ContentLoader.CONTENT + "/";
        if (!changed.startsWith(prefix)) {
            return Optional.empty();
        }
        String route = changed.substring(prefix.length());
        Optional<Document> before = published.stream().filter(d -> d.source().route().equals(route)).findFirst();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Path file = before.get().source().path();
        Optional<Document> now = TextFile.read(file, before.get().source().display(), problems)
                .map(text -> new SourceFile(file, before.get().source().display(), route, text))
                .flatMap(text -> new FrontMatterReader(catalog).readReport(text, problems));
        if (now.isEmpty() || problems.hasErrors() || !now.get().frontMatter().equals(before.get().frontMatter())) {
            return Optional.empty();
        }
        // The same front matter object as before: figures and charts know their observations by identity.
        Document doc = new Document(now.get().source(), before.get().frontMatter(), now.get().body(),
                now.get().bodyLine());
        ParsedMarkdown parsed = markdown.parse(doc.body(), doc.bodyLine(), doc.frontMatter().withheld());
        if (!sameChartBlocks(doc, parsed, problems)) {
            return Optional.empty();
        }
        Map<String, List<Heading>> allHeadings = new HashMap<>(headings);
        allHeadings.put(route, parsed.headings());
        Map<String, String> urls = new Links(config.basePath(), routes, allHeadings, drafts, broken)
                .resolve(doc.source().display(), route, parsed.links(), problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        Body body = Build.renderBody(markdown, parsed, urls, blocks.getOrDefault(route, Map.of()),
                routes.report(route).orElse(""), chartFigures, problems);
        Map<String, Body> newBodies = new HashMap<>(bodies);
        newBodies.put(route, body);
        List<Document> docs = new ArrayList<>(published);
        docs.replaceAll(d -> d.source().route().equals(route) ? doc : d);
        Site site = SiteAssembler.assemble(config, catalog, routes, docs, newBodies, indexes, figures);
        Optional<Report> report = site.reports().stream().filter(r -> r.document() == doc).findFirst();
        if (report.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        return pages.reportPage(site, report.get(), charts, problems)
                .filter(html -> !problems.hasErrors())
                .map(html -> new Page(report.get().route() + "index.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    /** A page's fingerprint: two builds that made the same page made the same bytes. */
    public static long digest(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue() << 32 | bytes.length & 0xffffffffL;
    }

    /**
     * True when this build's pages are those of {@code before} except {@code page}, which is as the
     * preview showed it already: the browser need not reload.
     */
    public boolean showsSameAs(LastBuild before, Page page) {
        Map<String, Long> expected = new HashMap<>(before.digests);
        expected.put(page.path(), digest(page.bytes()));
        return digests.equals(expected);
    }

    /** The chart blocks of the edited text must be the ones drawn, or the page would show charts not drawn. */
    private boolean sameChartBlocks(Document doc, ParsedMarkdown parsed, Problems problems) {
        BlockCharts planner = new BlockCharts(catalog, config.language());
        Map<Integer, ChartSpec> own = new TreeMap<>();
        for (FencedBlock block : parsed.blocks()) {
            planner.plan(block, doc, figures, problems).ifPresent(spec -> own.put(block.index(), spec));
        }
        return !problems.hasErrors() && own.equals(new TreeMap<>(blocks.getOrDefault(doc.source().route(), Map.of())));
    }
}
