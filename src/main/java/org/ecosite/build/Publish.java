package org.ecosite.build;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.ecosite.cache.ChartDrawing;
import org.ecosite.chart.ChartRenderer;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.SiteCharts;
import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteLayout;
import org.ecosite.content.FrontMatterSplit;
import org.ecosite.content.SourceFile;
import org.ecosite.data.DisclosureData;
import org.ecosite.data.SiteData;
import org.ecosite.feed.AtomFeed;
import org.ecosite.feed.Sitemap;
import org.ecosite.markdown.Heading;
import org.ecosite.markdown.Markdown;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.kind.DisclosureCatalog;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Site;
import org.ecosite.model.SiteAssembler;
import org.ecosite.model.UnpublishedLists;
import org.ecosite.output.Output;
import org.ecosite.output.Resources;
import org.ecosite.prose.Withheld;
import org.ecosite.search.SearchDocs;
import org.ecosite.search.SearchIndex;
import org.ecosite.template.ChartFigures;
import org.ecosite.template.Dates;
import org.ecosite.template.SiteRenderer;
import org.ecosite.template.Templates;

/**
 * The second phase of a build: a {@link Checked} site becomes files. The site model is assembled from
 * what the checks kept (front matter and outlines, no bodies), charts are drawn (or taken from the
 * cache), the list pages and open data written; then each report is published in one pass: its file
 * read again, parsed, its body rendered, its page rendered and written, its text indexed for search,
 * and all of it forgotten before the next. The memory of a build so grows with the number of reports,
 * not with the length of their texts.
 */
final class Publish {

    /**
     * What publishing made, for the result and for the preview's next quick look.
     *
     * @param digests each page's fingerprint, by its path; kept only for the preview
     */
    record Published(Site site, Intros intros, ChartFigures chartFigures, SiteRenderer renderer,
                     ChartDrawing.Drawn drawn, int pages, Map<String, Long> digests) {
    }

    private Publish() {
    }

    /**
     * @param output where the files go; empty for a check that renders everything and writes nothing
     *               (charts and pages only: what else is written cannot fail)
     */
    static Published run(Checked c, BuildOptions options, SiteLayout layout, Optional<Output> output,
                         Problems problems, Timings timings) {
        SiteConfig config = c.config();
        Templates templates = new Templates(c.theme(), c.strings(), config.basePath());
        ChartFigures chartFigures = new ChartFigures(templates, config.basePath(), config.charts().png());
        Intros intros = renderIntros(c, chartFigures, problems);
        Site site = assemble(c, c.parsed().headings(), intros);
        UnpublishedLists.warn(site, c.read().indexes(), c.read().draftDocuments(), problems);
        timings.lap("site model");

        // Each chart's files are written as soon as it is drawn: into nothing when the build writes nothing.
        BiConsumer<String, byte[]> files = output.<BiConsumer<String, byte[]>>map(o -> o::write).orElse((p, b) -> { });
        ChartDrawing.Drawn drawn = drawCharts(c, site, layout, options.progress(), files);
        timings.lap("charts");
        SiteRenderer renderer = new SiteRenderer(templates, c.strings(), DisclosureCatalog.load(layout.root(),
                problems));
        Set<String> listed = ConcurrentHashMap.newKeySet();
        Map<String, Long> digests = new ConcurrentHashMap<>();
        BiConsumer<String, byte[]> pages = (path, bytes) -> {
            files.accept(path, bytes);
            if (options.cache().keepLast()) {
                digests.put(path, LastBuild.digest(bytes));
            }
            if (!path.startsWith(Routes.SEARCH)) {
                SiteLayout.pageRoute(path).ifPresent(listed::add);
            }
        };
        int reports = site.reports().size();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger total = new AtomicInteger(reports);
        int lists = renderer.render(site, drawn.byPage(), pages, problems, (d, all) -> {
            total.set(all + reports);
            options.progress().update(BuildProgress.Stage.PAGES, done.incrementAndGet(), all + reports);
        });
        timings.lap("pages");

        SiteRenderer.ReportPages reportPages = renderer.reports(site, drawn.byPage());
        AtomicInteger made = new AtomicInteger();
        IntFunction<String> publishReport = d -> {
            String text = publishReport(c, site.reports().get(d), reportPages, chartFigures, pages, made, problems);
            options.progress().update(BuildProgress.Stage.PAGES, done.incrementAndGet(), total.get());
            return text;
        };
        if (output.isEmpty()) {
            IntStream.range(0, reports).parallel().forEach(publishReport::apply);
            timings.lap("report pages");
            return new Published(site, intros, chartFigures, renderer, drawn, lists + made.get(), digests);
        }
        Output out = output.get();
        SiteData.write(site, (path, content) -> out.write(path, content::writeTo));
        new DisclosureData(site).files().forEach(f -> out.write(f.route(), f.content()::writeTo));
        timings.lap("data files");
        SearchIndex.Indexed index = SearchIndex.index(reports, d -> SearchDocs.of(site.reports().get(d),
                publishReport.apply(d), config.language()), out::write);
        timings.lap("report pages");
        index.write(out::write);
        timings.lap("search index");
        out.write(AtomFeed.FILE, AtomFeed.write(site, c.strings().get("feed.title"),
                (date, note) -> c.strings().get("feed.corrected", Dates.text(date, config.language()), note)));
        out.write(Sitemap.FILE, Sitemap.write(site, listed));
        out.write(Sitemap.ROBOTS, Sitemap.robots(site));
        Resources.copy(c.resources(), c.theme().statics(), out);
        timings.lap("feed, sitemap, files");
        return new Published(site, intros, chartFigures, renderer, drawn, lists + made.get(), digests);
    }

    // --- one report, or all of them -----------------------------------------------------------

    /**
     * One report, start to end: its file read again and parsed, its body rendered, its page rendered and
     * handed to {@code pages}.
     *
     * @return the body as plain text, for search; empty when the file changed since it was checked
     */
    private static String publishReport(Checked c, Report r, SiteRenderer.ReportPages reportPages,
                                        ChartFigures figures, BiConsumer<String, byte[]> pages, AtomicInteger made,
                                        Problems problems) {
        String path = r.document().source().route();
        Optional<ParsedMarkdown> parsed = reread(c, r.document().source(), r.frontMatter().withheld(), problems);
        if (parsed.isEmpty()) {
            return "";
        }
        String html = renderBody(c.markdown(), parsed.get(), c.links().getOrDefault(path, Map.of()),
                c.blocks().getOrDefault(path, Map.of()), r.route(), figures, problems);
        reportPages.page(r, html, problems).ifPresent(page -> {
            pages.accept(SiteLayout.page(r.route()), page.getBytes(StandardCharsets.UTF_8));
            made.incrementAndGet();
        });
        return c.markdown().text(parsed.get());
    }

    /**
     * The {@code _index.md} files: few, and shown on the home page and section lists.
     *
     * @param html     each one's body, rendered, by path inside content/
     * @param homeText the plain text of the home page's, which its description falls back to; empty without one
     */
    record Intros(Map<String, String> html, String homeText) {
    }

    private static Intros renderIntros(Checked c, ChartFigures figures, Problems problems) {
        Map<String, String> html = new ConcurrentHashMap<>();
        AtomicReference<String> homeText = new AtomicReference<>("");
        c.read().indexes().values().parallelStream().forEach(i -> {
            String path = i.source().route();
            reread(c, i.source(), Withheld.NONE, problems).ifPresent(parsed -> {
                html.put(path, renderBody(c.markdown(), parsed, c.links().getOrDefault(path, Map.of()),
                        c.blocks().getOrDefault(path, Map.of()), c.routes().report(path).orElse(""), figures,
                        problems));
                if (i.folder().isEmpty()) {
                    homeText.set(c.markdown().text(parsed));
                }
            });
        });
        return new Intros(Map.copyOf(html), homeText.get());
    }

    /**
     * A file's body parsed again, as it was checked: the checks kept no text. A file that changed since
     * (an editor saved it during the build) is an error, so no page shows a text that was not checked.
     *
     * @return empty when the file cannot be read or changed; the problem is in {@code problems}
     */
    static Optional<ParsedMarkdown> reread(Checked c, SourceFile checked, Withheld withheld, Problems problems) {
        Optional<SourceFile> now = checked.file().read(problems);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Check.Parsed.File kept = c.parsed().files().get(checked.route());
        if (kept == null || kept.digest() != now.get().digest()) {
            problems.error(checked.display(), Position.START, "build.file_changed");
            return Optional.empty();
        }
        return FrontMatterSplit.of(now.get(), problems).map(split -> c.markdown().parse(split.body(),
                split.bodyLine(), withheld));
    }

    /** One body as HTML: links resolved to {@code urls}, chart blocks replaced by their figures. */
    static String renderBody(Markdown markdown, ParsedMarkdown parsed, Map<String, String> urls,
                             Map<Integer, ChartSpec> own, String route, ChartFigures figures, Problems problems) {
        return markdown.render(parsed, urls::get, block -> {
            ChartSpec spec = own.get(block.index());
            try {
                return figures.html(route, spec, ChartRenderer.width(spec), ChartRenderer.height(spec));
            } catch (Templates.TemplateError err) {
                problems.error(err.file(), new Position(err.line(), 1), "template.error", err.getMessage());
                return "";
            }
        });
    }

    /** The immutable site: every report without its body, the lists, the figures and indicator pages. */
    static Site assemble(Checked c, Map<String, List<Heading>> headings, Intros intros) {
        return SiteAssembler.assemble(c.config(), c.catalog(), c.routes(), c.read().published(), headings,
                intros.html(), c.read().indexes(), c.figures(), intros.homeText());
    }
    private static ChartDrawing.Drawn drawCharts(Checked c, Site site, SiteLayout layout, BuildProgress progress,
                                                 BiConsumer<String, byte[]> files) {
        if (c.font().isEmpty()) {
            return ChartDrawing.Drawn.NONE;
        }
        List<SiteCharts.Planned> planned = SiteCharts.plan(site, c.blocks(), c.routes());
        ChartRenderer renderer = new ChartRenderer(c.font().get(), c.config().language().locale(),
                c.config().charts().png());
        return ChartDrawing.draw(planned, renderer, layout.chartCache(), c.config().theme(),
                done -> progress.update(BuildProgress.Stage.CHARTS, done, planned.size()), files);
    }
}
