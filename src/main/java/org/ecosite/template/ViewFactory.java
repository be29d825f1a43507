package org.ecosite.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.chart.RenderedChart;
import org.ecosite.config.Footer;
import org.ecosite.config.Language;
import org.ecosite.config.SiteConfig;
import org.ecosite.content.FrontMatter;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Standard;
import org.ecosite.indicator.Status;
import org.ecosite.markdown.Heading;
import org.ecosite.model.Region;
import org.ecosite.model.Paging;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Section;
import org.ecosite.model.Site;
import org.ecosite.model.Urls;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/** Turns the model into the view records templates see; every URL and display text is made here. */
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

    ViewFactory(Site site, ThemeStrings strings) {
        this.site = site;
        this.config = site.config();
        this.language = config.language();
        this.strings = strings;
        this.base = config.basePath();
        this.siteView = siteView();
    }

    Views.Site site() {
        return siteView;
    }

    int pageSize() {
        return config.pageSize();
    }

    String href(String route) {
        return Urls.href(base, route);
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
        if (!site.regions().isEmpty()) {
            nav.add(new Views.Link(strings.get("nav.regions"), href(Routes.REGIONS), false));
        }
        if (!site.topics().isEmpty()) {
            nav.add(new Views.Link(strings.get("nav.topics"), href(Routes.TOPICS), false));
        }
        if (!site.years().isEmpty()) {
            nav.add(new Views.Link(strings.get("nav.years"), href(Routes.YEARS), false));
        }
        return new Views.Site(config.title(), config.description().orElse(""), language.tag(),
                config.baseUrl().toString(), config.baseUrl().getHost(), href(""),
                config.organization().orElse(config.title()), footer, nav, href(Routes.SEARCH), href(FEED),
                language.locale().toString());
    }

    /** A page that is no article: Open Graph type {@code website}, no picture, no neighbours. */
    Views.Page page(String title, String description, String route, String kind, List<Views.Link> crumbs,
                    String column, String pubDate, String source) {
        return page(title, description, route, kind, crumbs, column, pubDate, source, WEBSITE);
    }

    Views.Page page(String title, String description, String route, String kind, List<Views.Link> crumbs,
                    String column, String pubDate, String source, Views.Social social) {
        String full = route.isEmpty() ? config.title() : title + " - " + config.title();
        return new Views.Page(title, full, description, absolute(route), kind, crumbs, column, pubDate,
                source == null ? siteView.organization() : source, social);
    }

    /** Open Graph of a report: an article with its dates, pictured by its first chart. */
    Views.Social article(Report r, List<RenderedChart> charts) {
        FrontMatter fm = r.frontMatter();
        RenderedChart first = charts.isEmpty() ? null : charts.get(0);
        return new Views.Social("article", first == null ? null : absolute(r.route() + first.id() + ".png"),
                first == null ? null : first.description(), fm.date().toString(),
                fm.updated().map(Object::toString).orElse(null), null, null);
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

    Views.Item item(Report r) {
        FrontMatter fm = r.frontMatter();
        return new Views.Item(fm.title(), href(r.route()), Dates.of(fm.date(), language), fm.region(),
                fm.period().map(p -> p.label(language)).orElse(null), fm.summary().orElse(null));
    }

    Views.Report report(Report r, List<RenderedChart> charts) {
        FrontMatter fm = r.frontMatter();
        String organization = fm.organization().or(config::organization).orElse(null);
        Views.Disclosure disclosure = new Views.Disclosure(fm.indexNo().orElse(null), organization,
                Dates.of(fm.date(), language), fm.updated().map(d -> Dates.of(d, language)).orElse(null),
                fm.docNo().orElse(null), fm.topics().isEmpty() ? null : String.join(strings.get("list.separator"),
                fm.topics()), fm.period().map(p -> p.label(language)).orElse(null));
        List<Views.TocEntry> toc = new ArrayList<>();
        for (Heading h : r.headings()) {
            if (h.level() <= 3) {
                toc.add(new Views.TocEntry(h.text(), "#" + h.id(), h.level()));
            }
        }
        List<Views.Figure> figures = fm.observations().stream().map(this::figure).toList();
        String figuresPeriod = fm.period().map(p -> p.label(language)).orElse(null);
        boolean samePeriod = figuresPeriod != null
                && figures.stream().allMatch(f -> f.period().equals(figuresPeriod));
        List<Views.Chart> chartViews = charts.stream().map(c -> new Views.Chart(c.id(), c.title(), c.description(),
                href(r.route() + c.id() + ".svg"), href(r.route() + c.id() + ".png"), c.width(), c.height())).toList();
        List<Views.Correction> corrections = fm.corrections().stream()
                .map(c -> new Views.Correction(Dates.of(c.date(), language), c.note())).toList();
        Optional<Section> section = site.section(r.section());
        Region region = site.region(fm.region()).orElseThrow();
        return new Views.Report(fm.title(), fm.summary().orElse(null), disclosure, toc, new SafeString(r.bodyHtml()),
                figures, figuresPeriod, samePeriod, chartViews, corrections, new Views.Link(region.name(), href(region.route()),
                false), section.map(s -> new Views.Link(s.title(), href(s.route()), false)).orElse(null), fm.draft());
    }

    private Views.Figure figure(Observation o) {
        Indicator ind = o.indicator();
        String standard = ind.limitOn(o.period().end()).map(s -> standardText(ind, s)).orElse(null);
        return new Views.Figure(ind.id(), ind.name().get(language), o.value().display(), ind.unit(),
                ind.format(o.value()), o.period().label(language), o.location().orElse(null),
                strings.get(o.status() == Status.PRELIMINARY ? "figure.preliminary" : "figure.final"),
                o.status() == Status.PRELIMINARY, o.note().orElse(null), standard);
    }

    private String standardText(Indicator indicator, Standard s) {
        if (indicator.type() == org.ecosite.indicator.IndicatorType.CLASS) {
            return s.name().get(language);
        }
        return s.name().get(language) + " "
                + Indicator.withUnit(s.value().stripTrailingZeros().toPlainString(), indicator.unit());
    }

    /**
     * One page of a list.
     *
     * @param page     the page's reports and its place among the list's pages
     * @param total    how many reports the whole list has
     */
    Views.ListPage list(String title, Optional<String> summary, String introHtml, Paging.Page page, int total,
                        List<Views.Link> children) {
        Views.Pager pager = null;
        if (page.count() > 1) {
            List<Views.Link> pages = new ArrayList<>();
            for (int n = 1; n <= page.count(); n++) {
                pages.add(new Views.Link(String.valueOf(n), href(page.route(n)), n == page.number()));
            }
            Views.Link previous = page.number() > 1 ? pages.get(page.number() - 2) : null;
            Views.Link next = page.number() < page.count() ? pages.get(page.number()) : null;
            pager = new Views.Pager(page.number(), page.count(), previous, next, pages);
        }
        // Further pages repeat no introduction: it belongs to the list's first page.
        String intro = page.number() == 1 ? introHtml : "";
        return new Views.ListPage(title, page.number() == 1 ? summary.orElse(null) : null, safe(intro),
                page.reports().stream().map(this::item).toList(), total, children, pager);
    }

    /** The head's rel=prev and rel=next of a list page, for browsers and crawlers. */
    Views.Social listSocial(Paging.Page page) {
        return new Views.Social("website", null, null, null, null,
                page.number() > 1 ? href(page.route(page.number() - 1)) : null,
                page.number() < page.count() ? href(page.route(page.number() + 1)) : null);
    }

    /** HTML the build made itself, trusted; null when empty so templates can leave its frame out. */
    private static SafeString safe(String html) {
        return html == null || html.isBlank() ? null : new SafeString(html);
    }

    Views.Home home(int latestCount) {
        List<Views.Item> latest = site.reports().stream().limit(latestCount).map(this::item).toList();
        List<Views.RegionSummary> regions = site.regions().stream()
                .map(r -> new Views.RegionSummary(r.name(), href(r.route()), r.reports().size(),
                        item(r.reports().get(0))))
                .toList();
        List<Views.Link> sections = site.sections().stream().filter(s -> s.depth() == 1)
                .map(s -> new Views.Link(s.title(), href(s.route()), false)).toList();
        return new Views.Home(safe(site.home().introHtml()), latest, regions, years(), topics(), sections);
    }

    List<Views.ListEntry> regions() {
        return site.regions().stream().map(r -> entry(r.name(), r.route(), r.reports())).toList();
    }

    List<Views.ListEntry> topics() {
        return site.topics().stream().map(t -> entry(t.name(), t.route(), t.reports())).toList();
    }

    List<Views.ListEntry> years() {
        return site.years().stream().map(y -> entry(yearTitle(y.name()), y.route(), y.reports())).toList();
    }

    /** 2024年 in Chinese, 2024 in English. */
    String yearTitle(String year) {
        return strings.get("years.year", year);
    }

    private Views.ListEntry entry(String name, String route, List<Report> reports) {
        return new Views.ListEntry(name, href(route), reports.size(),
                reports.isEmpty() ? null : Dates.of(reports.get(0).frontMatter().date(), language));
    }

    /** The region's reports published just before and just after this one. */
    Views.Sequence sequence(Report r) {
        Region region = site.region(r.frontMatter().region()).orElseThrow();
        List<Report> all = region.reports();
        int at = all.indexOf(r);
        Views.Item earlier = at + 1 < all.size() ? item(all.get(at + 1)) : null;
        Views.Item later = at > 0 ? item(all.get(at - 1)) : null;
        return new Views.Sequence(new Views.Link(region.name(), href(region.route()), false), earlier, later);
    }

    List<Views.Link> children(Section section) {
        return site.sections().stream()
                .filter(s -> s.folder().startsWith(section.folder() + "/") && s.depth() == section.depth() + 1)
                .map(s -> new Views.Link(s.title(), href(s.route()), false)).toList();
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
