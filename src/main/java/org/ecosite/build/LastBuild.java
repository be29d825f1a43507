package org.ecosite.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ecosite.chart.BlockCharts;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.DrawnChart;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteLayout;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatterReader;
import org.ecosite.content.SourceFile;
import org.ecosite.markdown.Heading;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.model.Report;
import org.ecosite.model.Site;
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
 *
 * <p>The page is made by the build's own phase functions ({@link Check} and {@link Publish}), for one
 * report, so it is what the full build will make.
 */
public final class LastBuild {

    /** The edited report's page: its path in the output folder and its bytes. */
    public record Page(String path, byte[] bytes) {
    }

    private final Checked checked;
    private final Map<String, List<Heading>> headings;
    private final Publish.Intros intros;
    private final ChartFigures chartFigures;
    private final SiteRenderer renderer;
    private final Map<String, List<DrawnChart>> charts;
    private final Map<String, Long> digests;

    LastBuild(Checked checked, Publish.Published published) {
        this.checked = checked.withoutBodies();
        this.headings = Map.copyOf(checked.parsed().headings());
        this.intros = published.intros();
        this.chartFigures = published.chartFigures();
        this.renderer = published.renderer();
        this.charts = published.drawn().byPage();
        this.digests = Map.copyOf(published.digests());
    }

    /**
     * The page of the report in {@code changed}, as the full build would make it.
     *
     * @param changed a path relative to the site folder, e.g. {@code content/reports/2024/a.md}
     * @return empty when the edit needs the full build
     */
    public Optional<Page> page(String changed) {
        String prefix = SiteLayout.CONTENT + "/";
        if (!changed.startsWith(prefix)) {
            return Optional.empty();
        }
        String route = changed.substring(prefix.length());
        Optional<Document> before = checked.read().published().stream()
                .filter(d -> d.source().route().equals(route)).findFirst();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Path file = before.get().source().path();
        Optional<Document> now = TextFile.read(file, before.get().source().display(), problems)
                .map(text -> new SourceFile(file, before.get().source().display(), route, text))
                .flatMap(text -> new FrontMatterReader(checked.catalog()).readReport(text, problems));
        if (now.isEmpty() || problems.hasErrors() || !now.get().frontMatter().equals(before.get().frontMatter())) {
            return Optional.empty();
        }
        // The same front matter object as before: figures and charts know their observations by identity.
        Document doc = new Document(now.get().source(), before.get().frontMatter(), now.get().body(),
                now.get().bodyLine(), now.get().values());
        ParsedMarkdown parsed = checked.markdown().parse(doc.body(), doc.bodyLine(), doc.frontMatter().withheld());
        if (!sameChartBlocks(doc, parsed, problems)) {
            return Optional.empty();
        }
        Map<String, List<Heading>> allHeadings = new HashMap<>(headings);
        allHeadings.put(route, parsed.headings());
        Map<String, String> urls = Check.links(checked.config(), checked.routes(), allHeadings, checked.read())
                .resolve(doc.source().display(), route, parsed.links(), problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        String html = Publish.renderBody(checked.markdown(), parsed, urls, checked.blocks().getOrDefault(route,
                Map.of()), checked.routes().report(route).orElse(""), chartFigures, problems);
        Site site = Publish.assemble(checked.withReport(doc), allHeadings, intros);
        Optional<Report> report = site.reports().stream().filter(r -> r.document() == doc).findFirst();
        if (report.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        return renderer.reportPage(site, report.get(), html, charts, problems)
                .filter(page -> !problems.hasErrors())
                .map(page -> new Page(SiteLayout.page(report.get().route()), page.getBytes(StandardCharsets.UTF_8)));
    }

    /** A page's fingerprint: two builds that made the same page made the same bytes. */
    public static long digest(byte[] bytes) {
        return TextFile.digest(bytes);
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
        BlockCharts planner = new BlockCharts(checked.catalog(), checked.config().language());
        Map<Integer, ChartSpec> own = Check.blocks(planner, doc, parsed.blocks(), checked.figures(), problems);
        return !problems.hasErrors()
                && own.equals(new TreeMap<>(checked.blocks().getOrDefault(doc.source().route(), Map.of())));
    }
}
