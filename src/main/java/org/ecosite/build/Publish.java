package org.ecosite.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.ecosite.cache.ChartDrawing;
import org.ecosite.chart.ChartRenderer;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.SiteCharts;
import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteLayout;
import org.ecosite.data.DisclosureData;
import org.ecosite.data.SiteData;
import org.ecosite.feed.AtomFeed;
import org.ecosite.feed.Sitemap;
import org.ecosite.markdown.Markdown;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.kind.DisclosureCatalog;
import org.ecosite.model.Body;
import org.ecosite.model.Routes;
import org.ecosite.model.Site;
import org.ecosite.model.SiteAssembler;
import org.ecosite.model.UnpublishedLists;
import org.ecosite.output.Output;
import org.ecosite.output.Resources;
import org.ecosite.search.SearchDocs;
import org.ecosite.search.SearchIndex;
import org.ecosite.template.ChartFigures;
import org.ecosite.template.Dates;
import org.ecosite.template.SiteRenderer;
import org.ecosite.template.Templates;

/**
 * The second phase of a build: a {@link Checked} site becomes files. Bodies are rendered, the site
 * model assembled, charts drawn (or taken from the cache), then pages, open data, the search index,
 * the feed and the sitemap are written, each as it is made.
 */
final class Publish {

    /**
     * What publishing made, for the result and for the preview's next quick look.
     *
     * @param digests each page's fingerprint, by its path; kept only for the preview
     */
    record Published(Site site, Map<String, Body> bodies, ChartFigures chartFigures, SiteRenderer renderer,
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
        Map<String, Body> bodies = renderBodies(c, chartFigures, problems);
        timings.lap("markdown render");
        Site site = assemble(c, bodies);
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
        int pages = renderer.render(site, drawn.byPage(), (path, bytes) -> {
            files.accept(path, bytes);
            if (options.cache().keepLast()) {
                digests.put(path, LastBuild.digest(bytes));
            }
            if (!path.startsWith(Routes.SEARCH)) {
                SiteLayout.pageRoute(path).ifPresent(listed::add);
            }
        }, problems, (done, total) -> options.progress().update(BuildProgress.Stage.PAGES, done, total));
        timings.lap("pages");
        Published published = new Published(site, bodies, chartFigures, renderer, drawn, pages, digests);
        if (output.isEmpty()) {
            return published;
        }
        Output out = output.get();
        SiteData.write(site, (path, content) -> out.write(path, content::writeTo));
        new DisclosureData(site).files().forEach(f -> out.write(f.route(), f.content()::writeTo));
        timings.lap("data files");
        SearchIndex.write(site.reports().size(), d -> SearchDocs.of(site.reports().get(d),
                c.markdown().text(c.parsed().bodies().get(site.reports().get(d).document().source().route())),
                config.language()), out::write);
        timings.lap("search index");
        out.write(AtomFeed.FILE, AtomFeed.write(site, c.strings().get("feed.title"),
                (date, note) -> c.strings().get("feed.corrected", Dates.text(date, config.language()), note)));
        out.write(Sitemap.FILE, Sitemap.write(site, listed));
        out.write(Sitemap.ROBOTS, Sitemap.robots(site));
        Resources.copy(c.resources(), c.theme().statics(), out);
        timings.lap("feed, sitemap, files");
        return published;
    }

    // --- one report, or all of them -----------------------------------------------------------

    private static Map<String, Body> renderBodies(Checked c, ChartFigures figures, Problems problems) {
        Map<String, Body> bodies = new ConcurrentHashMap<>();
        c.parsed().bodies().entrySet().parallelStream().forEach(e -> bodies.put(e.getKey(), renderBody(c.markdown(),
                e.getValue(), c.links().getOrDefault(e.getKey(), Map.of()), c.blocks().getOrDefault(e.getKey(),
                        Map.of()), c.routes().report(e.getKey()).orElse(""), figures, problems)));
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

    /** The immutable site: every report with its body, the lists, the figures and indicator pages. */
    static Site assemble(Checked c, Map<String, Body> bodies) {
        return SiteAssembler.assemble(c.config(), c.catalog(), c.routes(), c.read().published(), bodies,
                c.read().indexes(), c.figures(), homeText(c));
    }

    /** The plain text of the home page's {@code _index.md}, which its description falls back to. */
    private static String homeText(Checked c) {
        return Optional.ofNullable(c.read().indexes().get(""))
                .map(home -> c.parsed().bodies().get(home.source().route()))
                .map(c.markdown()::text).orElse("");
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
