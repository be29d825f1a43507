package org.ecosite.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.DrawnChart;
import org.ecosite.config.Footer;
import org.ecosite.config.Language;
import org.ecosite.config.SiteConfig;
import org.ecosite.content.FrontMatter;
import org.ecosite.model.IndicatorPage;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Section;
import org.ecosite.model.Site;
import org.ecosite.model.Urls;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * Turns the model into the view records templates see; every URL and display text is made here. This
 * class makes what every page shares (the site, a page's head, crumbs, list items); the views of each page
 * kind are made by {@link ReportViews}, {@link IndicatorViews} and {@link ListViews}.
 */
final class ViewFactory {

    private static final String ICP_SITE = "https://beian.miit.gov.cn/";
    private static final String POLICE_SITE = "https://beian.mps.gov.cn/#/query/webSearch?code=";
    private static final String FEED = "feed.xml";
    private static final Views.Social WEBSITE = new Views.Social("website", null, null, null, null, null, null);

    private final Site site;
    private final SiteConfig config;
    private final Language language;
    private final ThemeStrings strings;
    private final String base;
    private final Views.Site siteView;
    /** Kept while list pages are made, where a report stands in several lists; empty for report pages. */
    private final Map<String, String> hrefs = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Views.Item> items = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean memoize;
    private final ReportViews reports;
    private final IndicatorViews indicators;
    private final ListViews lists;

    /**
     * @param memoize true to make each report's list item and each link once and keep them: for the list
     *                pages, which show a report many times. Report pages show their two neighbours only,
     *                and keeping what they made would hold an item of every report until the build ends.
     */
    ViewFactory(Site site, ThemeStrings strings, boolean memoize) {
        this.site = site;
        this.memoize = memoize;
        this.config = site.config();
        this.language = config.language();
        this.strings = strings;
        this.base = config.basePath();
        this.siteView = siteView();
        FigureViews figures = new FigureViews(this);
        this.reports = new ReportViews(this, figures);
        this.indicators = new IndicatorViews(this, figures);
        this.lists = new ListViews(this, figures);
    }

    Views.Site site() {
        return siteView;
    }

    /** The views of report pages. */
    ReportViews reports() {
        return reports;
    }

    /** The views of the indicator pages and their index. */
    IndicatorViews indicators() {
        return indicators;
    }

    /** The views of the home page and of lists of reports. */
    ListViews lists() {
        return lists;
    }

    Site model() {
        return site;
    }

    SiteConfig config() {
        return config;
    }

    Language language() {
        return language;
    }

    ThemeStrings strings() {
        return strings;
    }

    int pageSize() {
        return config.pageSize();
    }

    /** Percent-encoding is done once per route: a report is linked from many list pages. */
    String href(String route) {
        return memoize ? hrefs.computeIfAbsent(route, r -> Urls.href(base, r)) : Urls.href(base, route);
    }

    String absolute(String route) {
        return config.baseUrl().toString() + Urls.encode(route);
    }

    private Views.Site siteView() {
        Footer f = config.footer();
        Views.Footer footer = new Views.Footer(f.host().orElse(null), f.organizer().orElse(null),
                f.siteIdCode().orElse(null), f.icp().orElse(null), f.icp().map(i -> ICP_SITE).orElse(null),
                f.policeRecord().orElse(null),
                f.policeRecord().map(p -> POLICE_SITE + p.replaceAll("\\D", "")).orElse(null),
                f.contact().orElse(null), f.errorReportUrl().orElse(null),
                f.badge().map(b -> href(b.startsWith("/") ? b.substring(1) : b)).orElse(null),
                f.badgeUrl().orElse(null));
        List<Views.Link> nav = new ArrayList<>();
        for (Section s : site.sections()) {
            if (s.depth() == 1) {
                nav.add(new Views.Link(s.title(), href(s.route()), false));
            }
        }
        if (!site.indicators().isEmpty()) {
            nav.add(new Views.Link(strings.get("nav.indicators"), href(IndicatorPage.INDEX), false));
        }
        if (!site.regions().isEmpty()) {
            nav.add(new Views.Link(strings.get("nav.regions"), href(Routes.REGIONS), false));
        }
        if (!site.topics().isEmpty()) {
            nav.add(new Views.Link(strings.get("nav.topics"), href(Routes.TOPICS), false));
        }
        if (!site.years().isEmpty()) {
            nav.add(new Views.Link(strings.get("nav.years"), href(Routes.YEARS), false));
        }
        if (!site.reports().isEmpty()) {
            nav.add(new Views.Link(strings.get("nav.catalog"), href(Routes.CATALOG), false));
        }
        return new Views.Site(config.title(), config.description().orElse(""), language.tag(),
                config.baseUrl().toString(), config.baseUrl().getHost(), href(""),
                config.organization().orElse(config.title()), footer, nav, href(Routes.SEARCH), href(FEED),
                language.locale().toString());
    }

    /** A page that is no article: Open Graph type {@code website}, no picture, no neighbours. */
    Views.Page page(String title, String description, String route, String kind, List<Views.Link> crumbs,
                    String column, String pubDate, String source) {
        return page(title, description, route, kind, crumbs, column, pubDate, source, WEBSITE, null);
    }

    Views.Page page(String title, String description, String route, String kind, List<Views.Link> crumbs,
                    String column, String pubDate, String source, Views.Social social) {
        return page(title, description, route, kind, crumbs, column, pubDate, source, social, null);
    }

    /**
     * @param jsonLd the page's schema.org description, or null
     */
    Views.Page page(String title, String description, String route, String kind, List<Views.Link> crumbs,
                    String column, String pubDate, String source, Views.Social social, String jsonLd) {
        String full = route.isEmpty() ? config.title() : title + " - " + config.title();
        return new Views.Page(title, full, description, absolute(route), kind, crumbs, column, pubDate,
                source == null ? siteView.organization() : source, social, safe(jsonLd));
    }

    Views.Social website() {
        return WEBSITE;
    }

    /** Home › sections above › here; the last crumb is the current page and has no link. */
    List<Views.Link> crumbs(String folder, String title) {
        List<Views.Link> crumbs = new ArrayList<>();
        crumbs.add(new Views.Link(strings.get("nav.home"), href(""), false));
        if (!folder.isEmpty()) {
            String[] parts = folder.split("/");
            StringBuilder path = new StringBuilder();
            for (String part : parts) {
                path.append(path.length() == 0 ? "" : "/").append(part);
                site.section(path.toString()).ifPresent(s -> crumbs.add(new Views.Link(s.title(), href(s.route()),
                        false)));
            }
        }
        crumbs.add(new Views.Link(title, null, true));
        return crumbs;
    }

    /** A report as lists show it; made once, as it stands in the lists of its section, region, topics and year. */
    Views.Item item(Report r) {
        return memoize ? items.computeIfAbsent(r.route(), route -> newItem(r)) : newItem(r);
    }

    private Views.Item newItem(Report r) {
        FrontMatter fm = r.frontMatter();
        return new Views.Item(fm.title(), href(r.route()), Dates.of(fm.date(), language), fm.region(),
                fm.period().map(p -> p.label(language)).orElse(null), fm.summary().orElse(null));
    }

    List<Views.Chart> charts(String route, List<DrawnChart> charts) {
        return charts.stream().map(c -> chart(route, c.spec(), c.width(), c.height())).toList();
    }

    Views.Chart chart(String route, ChartSpec spec, int width, int height) {
        return ChartFigures.view(base, route, spec, width, height, config.charts().png());
    }

    // --- lists and home -----------------------------------------------------------------------

    /** HTML the build made itself, trusted; null when empty so templates can leave its frame out. */
    static SafeString safe(String html) {
        return html == null || html.isBlank() ? null : new SafeString(html);
    }

    /** 2024年 in Chinese, 2024 in English. */
    String yearTitle(String year) {
        return strings.get("years.year", year);
    }

    /** Where to browse when search cannot run: every way into the lists. */
    List<Views.Link> browse() {
        List<Views.Link> links = new ArrayList<>(siteView.nav());
        links.add(0, new Views.Link(strings.get("nav.home"), href(""), false));
        return links;
    }

    Map<String, Object> context(Views.Page page, String name, Object view) {
        return Map.of("site", siteView, "page", page, name, view);
    }

    Map<String, Object> context(Views.Page page, String name, Object view, String name2, Object view2) {
        return Map.of("site", siteView, "page", page, name, view, name2, view2);
    }
}
