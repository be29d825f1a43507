package org.ecosite.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.ecosite.chart.DrawnChart;
import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.kind.DisclosureCatalog;
import org.ecosite.config.SiteLayout;
import org.ecosite.model.Group;
import org.ecosite.model.IndicatorPage;
import org.ecosite.model.Paging;
import org.ecosite.model.Region;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Section;
import org.ecosite.model.Site;
import org.ecosite.parallel.Parallel;

/**
 * Renders the pages of a site with the theme's templates. {@link #render} makes every page but the
 * reports' own and hands each to a sink as (output path, bytes), in parallel; the sink must accept
 * calls from many threads. A report's page is made by {@link #reports}, one at a time with the body
 * its caller has just rendered, so the bodies of a whole site are never held together.
 */
public final class SiteRenderer {

    private static final int LATEST_ON_HOME = 10;

    private final Templates templates;
    private final ThemeStrings strings;
    private final DisclosureCatalog catalog;

    public SiteRenderer(Templates templates, ThemeStrings strings) {
        this(templates, strings, DisclosureCatalog.NONE);
    }

    /** @param catalog the rows of the 主动公开目录 beyond ecosite's defaults */
    public SiteRenderer(Templates templates, ThemeStrings strings, DisclosureCatalog catalog) {
        this.templates = templates;
        this.strings = strings;
        this.catalog = catalog;
    }

    /**
     * Every page but the reports' own.
     *
     * @param charts the charts each indicator page shows, by the page's route
     * @return how many pages were rendered
     */
    public int render(Site site, Map<String, List<DrawnChart>> charts, BiConsumer<String, byte[]> sink,
                      Problems problems, Progress progress) {
        ViewFactory views = new ViewFactory(site, strings, true);
        Sink pages = new Sink(sink, problems);
        String organization = views.site().organization();

        // The indicator pages first: each lists every figure of its indicator, the largest pages of a
        // large site, and they are rendered while the many small ones keep the other cores busy.
        if (!site.indicators().isEmpty()) {
            String title = strings.get("indicators.title");
            Views.Page meta = views.page(title, strings.get("indicators.summary"), IndicatorPage.INDEX, "indicators",
                    views.crumbs("", title), title, null, organization);
            pages.add("indicators", () -> views.context(meta, "index", views.indicators().indicatorIndex()), IndicatorPage.INDEX);
            for (IndicatorPage p : site.indicators()) {
                pages.add("indicator", () -> {
                    Views.Indicator view = views.indicators().indicator(p, charts.getOrDefault(p.route(), List.of()));
                    Views.Page indicatorMeta = views.page(view.name(), view.definition() == null ? "" : view.definition(),
                            p.route(), "indicator", under(views, title, IndicatorPage.INDEX, view.name()), title, null,
                            organization, views.website(), views.indicators().datasetJsonLd(p));
                    return views.context(indicatorMeta, "indicator", view);
                }, p.route());
            }
        }

        Views.Page homePage = views.page(site.home().title().orElse(site.config().title()),
                site.home().description().orElse(site.config().description().orElse("")), "", "home",
                List.of(), strings.get("nav.home"), null, organization);
        pages.add("home", () -> views.context(homePage, "home", views.lists().home(LATEST_ON_HOME)), "");

        for (Section s : site.sections()) {
            List<Views.Link> crumbs = views.crumbs(Routes.parent(s.folder()), s.title());
            list(views, pages, s.title(), s.summary(), s.introHtml(), s.route(), s.reports(), crumbs, s.title(),
                    views.lists().children(s));
        }

        String regionsTitle = strings.get("regions.title");
        entries(views, pages, regionsTitle, strings.get("regions.intro"), Routes.REGIONS, views.lists().regions());
        for (Region region : site.regions()) {
            list(views, pages, region.name(), Optional.empty(), "", region.route(), region.reports(),
                    under(views, regionsTitle, Routes.REGIONS, region.name()), regionsTitle, List.of());
        }
        String topicsTitle = strings.get("topics.title");
        entries(views, pages, topicsTitle, strings.get("topics.intro"), Routes.TOPICS, views.lists().topics());
        for (Group topic : site.topics()) {
            list(views, pages, topic.name(), Optional.empty(), "", topic.route(), topic.reports(),
                    under(views, topicsTitle, Routes.TOPICS, topic.name()), topicsTitle, List.of());
        }
        String yearsTitle = strings.get("years.title");
        entries(views, pages, yearsTitle, strings.get("years.intro"), Routes.YEARS, views.lists().years());
        for (Group year : site.years()) {
            String title = views.yearTitle(year.name());
            list(views, pages, title, Optional.empty(), "", year.route(), year.reports(),
                    under(views, yearsTitle, Routes.YEARS, title), yearsTitle, List.of());
        }

        String searchTitle = strings.get("search.title");
        Views.Page search = views.page(searchTitle, "", Routes.SEARCH, "search", views.crumbs("", searchTitle),
                searchTitle, null, organization);
        pages.add("search", () -> views.context(search, "search",
                new Views.Search(views.href(Routes.SEARCH + "index.json"), views.browse())), Routes.SEARCH);

        if (!site.reports().isEmpty()) {
            String catalogTitle = strings.get("catalog.title");
            Views.Page meta = views.page(catalogTitle, strings.get("catalog.summary"), Routes.CATALOG, "catalog",
                    views.crumbs("", catalogTitle), catalogTitle, null, organization);
            pages.add("catalog", () -> views.context(meta, "catalog", kinds(site).catalog(site, catalog, views::href)),
                    Routes.CATALOG);
        }

        String missing = strings.get("notfound.title");
        Views.Page notFound = views.page(missing, "", "404.html", "notfound", List.of(), missing, null, organization);
        pages.add("home", () -> views.context(notFound, "home", views.lists().home(LATEST_ON_HOME)), "404.html");
        return pages.run(progress);
    }

    /**
     * The page of one report of the site, as a build makes it: for the preview, which shows an edited
     * report before it builds the whole site again.
     *
     * @param bodyHtml the report's body, rendered
     * @return empty when the template failed; the problem is in {@code problems}
     */
    public Optional<String> reportPage(Site site, Report report, String bodyHtml, Map<String, List<DrawnChart>> charts,
                                       Problems problems) {
        return reports(site, charts).page(report, bodyHtml, problems);
    }

    /** @param charts the charts each report shows, by the report's route */
    public ReportPages reports(Site site, Map<String, List<DrawnChart>> charts) {
        return new ReportPages(new ViewFactory(site, strings, false), site, charts);
    }

    /** The report pages of one site; safe to use from many threads. */
    public final class ReportPages {
        private final ViewFactory views;
        private final Site site;
        private final Map<String, List<DrawnChart>> charts;

        private ReportPages(ViewFactory views, Site site, Map<String, List<DrawnChart>> charts) {
            this.views = views;
            this.site = site;
            this.charts = charts;
        }

        /**
         * @param bodyHtml the report's body, rendered
         * @return the page's HTML; empty when the template failed, the problem in {@code problems}
         */
        public Optional<String> page(Report r, String bodyHtml, Problems problems) {
            try {
                return Optional.of(templates.render(KindViews.template(r), reportContext(views, site, r, bodyHtml,
                        charts)));
            } catch (Templates.TemplateError e) {
                problems.error(e.file(), new Position(e.line(), 1), "template.error", e.getMessage());
                return Optional.empty();
            }
        }
    }

    private Map<String, Object> reportContext(ViewFactory views, Site site, Report r, String bodyHtml,
                                              Map<String, List<DrawnChart>> charts) {
        Optional<Section> section = site.section(r.section());
        List<DrawnChart> own = charts.getOrDefault(r.route(), List.of());
        Views.Report view = views.reports().report(r, bodyHtml, own);
        Views.Page meta = views.page(r.frontMatter().title(), r.frontMatter().summary().orElse(""), r.route(),
                "report", views.crumbs(r.section(), r.frontMatter().title()),
                section.map(Section::title).orElse(strings.get("nav.home")), r.frontMatter().date().toString(),
                view.disclosure().organization(), views.reports().article(r, own), views.reports().reportJsonLd(r));
        // A penalty or EIA page shows its kind's fields too (KindViews); a report's context is as it was.
        return kinds(site).context(
                views.context(meta, "report", view, "sequence", views.reports().sequence(r)), r,
                !bodyHtml.isBlank());
    }

    private KindViews kinds(Site site) {
        return new KindViews(site.config().language(), site.config().basePath(), strings);
    }

    /** A list of reports, on as many pages as it needs. */
    private void list(ViewFactory views, Sink pages, String title, Optional<String> summary, String introHtml,
                      String route, List<Report> reports, List<Views.Link> crumbs, String column,
                      List<Views.Link> children) {
        for (Paging.Page page : Paging.split(route, reports, views.pageSize())) {
            String pageTitle = page.number() == 1 ? title : strings.get("pager.title", title, page.number());
            Views.Page meta = views.page(pageTitle, page.number() == 1 ? summary.orElse("") : "", page.route(),
                    "list", crumbs, column, null, null, views.lists().listSocial(page));
            Views.ListPage list = views.lists().list(title, summary, introHtml, page, reports.size(), children);
            pages.add("list", () -> views.context(meta, "list", list), page.route());
        }
    }

    /** The index of regions, topics or years; left out when there is nothing to list. */
    private void entries(ViewFactory views, Sink pages, String title, String intro, String route,
                         List<Views.ListEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Views.Page meta = views.page(title, intro, route, "entries", views.crumbs("", title), title, null, null);
        pages.add("entries", () -> views.context(meta, "entries", new Views.Entries(intro, entries)), route);
    }

    /** Home › the index › this list. */
    private static List<Views.Link> under(ViewFactory views, String indexTitle, String indexRoute, String title) {
        List<Views.Link> crumbs = new ArrayList<>(views.crumbs("", indexTitle));
        crumbs.set(crumbs.size() - 1, new Views.Link(indexTitle, views.href(indexRoute), false));
        crumbs.add(new Views.Link(title, null, true));
        return crumbs;
    }

    /** Told after each page: how many are done of how many; for a progress line. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /**
     * The pages of a site, first listed, then rendered in parallel: the list gives the progress line
     * its total, and each page's view is built by the thread that renders it.
     */
    private final class Sink {
        private final BiConsumer<String, byte[]> sink;
        private final Problems problems;
        private final List<Job> jobs = new ArrayList<>();

        Sink(BiConsumer<String, byte[]> sink, Problems problems) {
            this.sink = sink;
            this.problems = problems;
        }

        private record Job(String template, Supplier<Map<String, Object>> context, String route) {
        }

        /** @param route a page's route ({@code reports/}) or a file's ({@code 404.html}) */
        void add(String template, Supplier<Map<String, Object>> context, String route) {
            jobs.add(new Job(template, context, route));
        }

        int run(Progress progress) {
            AtomicInteger done = new AtomicInteger();
            AtomicInteger count = new AtomicInteger();
            Parallel.each(jobs.size(), j -> {
                Job job = jobs.get(j);
                String path = SiteLayout.page(job.route());
                try {
                    sink.accept(path, templates.render(job.template(), job.context().get())
                            .getBytes(StandardCharsets.UTF_8));
                    count.incrementAndGet();
                } catch (Templates.TemplateError e) {
                    problems.error(e.file(), new Position(e.line(), 1), "template.error", e.getMessage());
                }
                progress.update(done.incrementAndGet(), jobs.size());
            });
            return count.get();
        }
    }
}
