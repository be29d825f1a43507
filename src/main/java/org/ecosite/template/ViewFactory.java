package org.ecosite.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.DrawnChart;
import org.ecosite.config.Footer;
import org.ecosite.config.Language;
import org.ecosite.config.SiteConfig;
import org.ecosite.content.FrontMatter;
import org.ecosite.data.JsonLd;
import org.ecosite.indicator.Better;
import org.ecosite.indicator.Change;
import org.ecosite.indicator.Compliance;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.IndicatorType;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Standard;
import org.ecosite.indicator.Status;
import org.ecosite.markdown.Heading;
import org.ecosite.model.Figure;
import org.ecosite.model.IndicatorPage;
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

    /** Where the open-data files of a page and of the whole site are published. */
    static final String DATA = "data/";
    static final String CSV = "indicators.csv";
    static final String JSON = "indicators.json";

    private final Site site;
    private final SiteConfig config;
    private final Language language;
    private final ThemeStrings strings;
    private final String base;
    private final Views.Site siteView;
    private final Map<String, String> hrefs = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Views.Item> items = new java.util.concurrent.ConcurrentHashMap<>();
    /** By region name: a region record's own hash would walk all its reports. */
    private final Map<String, Map<Report, Integer>> positions = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** Percent-encoding is done once per route: a report is linked from many list pages. */
    String href(String route) {
        return hrefs.computeIfAbsent(route, r -> Urls.href(base, r));
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

    /** Each report's place in its region's list, so finding neighbours costs no search through the list. */
    private static Map<Report, Integer> positions(Region region) {
        Map<Report, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < region.reports().size(); i++) {
            at.put(region.reports().get(i), i);
        }
        return at;
    }

    /** Open Graph of a report: an article with its dates, pictured by its first chart when it has a PNG. */
    Views.Social article(Report r, List<DrawnChart> charts) {
        FrontMatter fm = r.frontMatter();
        DrawnChart first = charts.stream().filter(DrawnChart::hasPng).findFirst().orElse(null);
        return new Views.Social("article", first == null ? null : absolute(r.route() + first.id() + ".png"),
                first == null ? null : first.spec().description(), fm.date().toString(),
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

    /** A report as lists show it; made once, as it stands in the lists of its section, region, topics and year. */
    Views.Item item(Report r) {
        return items.computeIfAbsent(r.route(), route -> {
            FrontMatter fm = r.frontMatter();
            return new Views.Item(fm.title(), href(route), Dates.of(fm.date(), language), fm.region(),
                    fm.period().map(p -> p.label(language)).orElse(null), fm.summary().orElse(null));
        });
    }

    // --- report pages --------------------------------------------------------------------------

    Views.Report report(Report r, List<DrawnChart> charts) {
        FrontMatter fm = r.frontMatter();
        Views.Disclosure disclosure = new Views.Disclosure(fm.indexNo().orElse(null), organization(r),
                Dates.of(fm.date(), language), fm.updated().map(d -> Dates.of(d, language)).orElse(null),
                fm.docNo().orElse(null), fm.topics().isEmpty() ? null : String.join(strings.get("list.separator"),
                fm.topics()), fm.period().map(p -> p.label(language)).orElse(null));
        List<Views.TocEntry> toc = new ArrayList<>();
        for (Heading h : r.headings()) {
            if (h.level() <= 3) {
                toc.add(new Views.TocEntry(h.text(), "#" + h.id(), h.level()));
            }
        }
        List<Figure> figures = site.figures().ofReport(r.route());
        List<Views.Figure> rows = fm.observations().stream().map(this::figure).toList();
        List<Views.Card> cards = fm.observations().stream()
                .map(o -> card(figures.stream().filter(f -> f.observation() == o).findFirst()
                        .orElseThrow()))
                .toList();
        String figuresPeriod = fm.period().map(p -> p.label(language)).orElse(null);
        boolean samePeriod = figuresPeriod != null && rows.stream().allMatch(f -> f.period().equals(figuresPeriod));
        List<Views.Download> downloads = fm.observations().isEmpty() ? List.of() : List.of(
                new Views.Download(strings.get("data.csv"), href(r.route() + CSV), "CSV"),
                new Views.Download(strings.get("data.json"), href(r.route() + JSON), "JSON"));
        List<Views.Correction> corrections = fm.corrections().stream()
                .map(c -> new Views.Correction(Dates.of(c.date(), language), c.note())).toList();
        Optional<Section> section = site.section(r.section());
        Region region = site.region(fm.region()).orElseThrow();
        return new Views.Report(fm.title(), fm.summary().orElse(null), disclosure, toc, new SafeString(r.bodyHtml()),
                cards, rows, figuresPeriod, samePeriod, charts(r.route(), charts), downloads, corrections,
                new Views.Link(region.name(), href(region.route()), false),
                section.map(s -> new Views.Link(s.title(), href(s.route()), false)).orElse(null), fm.draft());
    }

    String organization(Report r) {
        return r.frontMatter().organization().or(config::organization).orElse(null);
    }

    String reportJsonLd(Report r) {
        FrontMatter fm = r.frontMatter();
        String publisher = Optional.ofNullable(organization(r)).orElse(config.title());
        return JsonLd.report(absolute(r.route()), fm.title(), fm.date(), fm.updated(), publisher, fm.region(),
                fm.indexNo(), fm.docNo(), fm.topics(), language.tag());
    }

    private Views.Figure figure(Observation o) {
        Indicator ind = o.indicator();
        String standard = ind.limitOn(o.period().end()).map(s -> standardName(ind, s)).orElse(null);
        return new Views.Figure(ind.id(), ind.name().get(language), o.value().display(), ind.unit(language),
                ind.format(o.value(), language), o.period().label(language), o.location().orElse(null),
                strings.get(o.status() == Status.PRELIMINARY ? "figure.preliminary" : "figure.final"),
                o.status() == Status.PRELIMINARY, o.note().orElse(null), standard,
                href(IndicatorPage.routeOf(ind.id())));
    }

    /** A figure as a citizen reads it, with its 同比 change and its standard. */
    private Views.Card card(Figure f) {
        Observation o = f.observation();
        Indicator ind = o.indicator();
        String change = null;
        String trend = null;
        Optional<Figure> before = site.figures().yearBefore(f);
        if (before.isPresent()) {
            Change c = Change.between(before.get().observation(), o);
            change = changeText(ind, c);
            trend = c.direction().name().toLowerCase();
        }
        Optional<Compliance> compliance = ind.compliance(o);
        return new Views.Card(ind.id(), ind.name().get(language), value(ind, o), ind.unit(language),
                o.location().orElse(null), o.period().label(language),
                strings.get(o.status() == Status.PRELIMINARY ? "figure.preliminary" : "figure.final"),
                o.status() == Status.PRELIMINARY, change, trend,
                compliance.map(c -> complianceText(ind, c)).orElse(null),
                compliance.map(c -> strings.get(c.meets() ? "standard.meets" : "standard.fails")).orElse(null),
                compliance.map(Compliance::meets).orElse(false), href(IndicatorPage.routeOf(ind.id())));
    }

    /** The number alone; a class is written as 类 in Chinese (Ⅱ类), a fraction as done/total. */
    private String value(Indicator ind, Observation o) {
        return ind.type() == IndicatorType.CLASS ? strings.get("figure.class", o.value().display())
                : o.value().display();
    }

    private String changeText(Indicator ind, Change c) {
        String previous = c.before().period().label(language);
        if (ind.type() == IndicatorType.CLASS) {
            return strings.get("change.class", c.before().value().display(), previous);
        }
        if (c.direction() == Change.Direction.UNCHANGED) {
            return strings.get("change.same", previous);
        }
        BigDecimal amount = c.delta().abs().stripTrailingZeros();
        String unit = ind.type() == IndicatorType.FRACTION ? "%" : ind.unit(language);
        String text = strings.get(c.delta().signum() < 0 ? "change.down" : "change.up", previous,
                Indicator.withUnit(amount.toPlainString(), unit),
                c.percent().map(p -> strings.get("change.percent", p.abs().toPlainString())).orElse(""));
        if (c.direction() == Change.Direction.IMPROVED || c.direction() == Change.Direction.WORSENED) {
            text += strings.get(c.direction() == Change.Direction.IMPROVED ? "change.improved" : "change.worsened");
        }
        return text;
    }

    private String complianceText(Indicator ind, Compliance c) {
        String name = c.standard().sentenceName().get(language);
        if (ind.type() == IndicatorType.CLASS) {
            String limit = ind.format(c.standard().value(), language);
            return strings.get(c.sign() < 0 ? "standard.better" : c.sign() > 0 ? "standard.worse" : "standard.at_class",
                    name, limit);
        }
        String limit = ind.format(c.standard().value(), language);
        return strings.get(c.sign() < 0 ? "standard.below" : c.sign() > 0 ? "standard.above" : "standard.equal",
                name, limit);
    }

    private String standardName(Indicator indicator, Standard s) {
        if (indicator.type() == IndicatorType.CLASS) {
            return s.name().get(language);
        }
        return s.name().get(language) + " " + indicator.format(s.value(), language);
    }

    List<Views.Chart> charts(String route, List<DrawnChart> charts) {
        return charts.stream().map(c -> chart(route, c.spec(), c.width(), c.height())).toList();
    }

    Views.Chart chart(String route, ChartSpec spec, int width, int height) {
        return ChartFigures.view(base, route, spec, width, height, config.charts().png());
    }

    // --- indicator pages ----------------------------------------------------------------------

    Views.Indicator indicator(IndicatorPage page, List<DrawnChart> charts) {
        Indicator ind = page.indicator();
        List<Views.StandardRow> standards = ind.standards().stream().map(s -> new Views.StandardRow(
                s.name().get(language), ind.format(s.value(), language),
                strings.get(s.isLimit() ? "indicator.kind_limit" : "indicator.kind_guideline"),
                validity(s))).toList();
        List<Views.DataRow> rows = page.figures().stream().map(f -> new Views.DataRow(f.region(),
                f.observation().location().orElse(null), f.observation().period().label(language),
                ind.format(f.observation().value(), language),
                strings.get(f.observation().status() == Status.PRELIMINARY ? "figure.preliminary" : "figure.final"),
                f.observation().status() == Status.PRELIMINARY, f.observation().note().orElse(null),
                new Views.Link(f.document().frontMatter().title(), href(f.route()), false),
                Dates.of(f.document().frontMatter().date(), language))).toList();
        long reports = page.figures().stream().map(Figure::route).distinct().count();
        String better = ind.better() == Better.LOWER ? strings.get("indicator.better_lower")
                : ind.better() == Better.HIGHER ? strings.get("indicator.better_higher") : null;
        List<Views.Download> downloads = List.of(
                new Views.Download(strings.get("data.indicator_csv"), href(page.route() + ind.id() + ".csv"), "CSV"),
                new Views.Download(strings.get("data.indicator_json"), href(page.route() + ind.id() + ".json"), "JSON"),
                new Views.Download(strings.get("data.all_csv"), href(DATA + CSV), "CSV"),
                new Views.Download(strings.get("data.all_json"), href(DATA + JSON), "JSON"));
        return new Views.Indicator(ind.id(), ind.name().get(language), ind.unit(language), strings.get("type." + ind.type().word()),
                ind.topic().get(language), ind.definition().map(d -> d.get(language)).orElse(null), better, standards,
                charts(page.route(), charts), rows, (int) reports, downloads);
    }

    String datasetJsonLd(IndicatorPage page) {
        Indicator ind = page.indicator();
        Map<String, String> downloads = new LinkedHashMap<>();
        downloads.put("text/csv", absolute(page.route() + ind.id() + ".csv"));
        downloads.put("application/json", absolute(page.route() + ind.id() + ".json"));
        List<String> regions = page.figures().stream().map(Figure::region).distinct().sorted().toList();
        return JsonLd.dataset(absolute(page.route()), ind.name().get(language),
                ind.definition().map(d -> d.get(language)).orElse(ind.name().get(language)),
                config.organization().orElse(config.title()), regions,
                page.figures().stream().map(f -> f.observation().period().start()).min(java.time.LocalDate::compareTo)
                        .orElseThrow(),
                page.figures().stream().map(f -> f.observation().period().end()).max(java.time.LocalDate::compareTo)
                        .orElseThrow(),
                ind.unit(language), downloads, language.tag());
    }

    private String validity(Standard s) {
        if (s.validFrom().isEmpty() && s.validTo().isEmpty()) {
            return strings.get("indicator.valid_always");
        }
        String from = s.validFrom().map(d -> Dates.text(d, language)).orElse("");
        String to = s.validTo().map(d -> Dates.text(d, language)).orElse("");
        if (s.validFrom().isEmpty()) {
            return strings.get("indicator.valid_to", to);
        }
        if (s.validTo().isEmpty()) {
            return strings.get("indicator.valid_from", from);
        }
        return strings.get("indicator.valid_between", from, to);
    }

    Views.IndicatorIndex indicatorIndex() {
        Map<String, List<Views.IndicatorEntry>> byTopic = new LinkedHashMap<>();
        for (IndicatorPage page : site.indicators()) {
            Indicator ind = page.indicator();
            Figure latest = page.figures().stream().max(java.util.Comparator
                    .comparing((Figure f) -> f.observation().period()).thenComparing(Figure::region)).orElseThrow();
            String latestText = strings.get("indicators.latest", latest.region(),
                    latest.observation().period().label(language), ind.format(latest.observation().value(), language));
            byTopic.computeIfAbsent(ind.topic().get(language), k -> new ArrayList<>()).add(new Views.IndicatorEntry(
                    ind.name().get(language), href(page.route()), ind.unit(language), page.figures().size(), latestText));
        }
        List<Views.Topic> topics = byTopic.entrySet().stream().map(e -> new Views.Topic(e.getKey(), e.getValue()))
                .toList();
        return new Views.IndicatorIndex(topics, List.of(
                new Views.Download(strings.get("data.all_csv"), href(DATA + CSV), "CSV"),
                new Views.Download(strings.get("data.all_json"), href(DATA + JSON), "JSON")));
    }

    // --- lists and home -----------------------------------------------------------------------

    /** HTML the build made itself, trusted; null when empty so templates can leave its frame out. */
    private static SafeString safe(String html) {
        return html == null || html.isBlank() ? null : new SafeString(html);
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
            Views.Link previous = page.number() > 1 ? pageLink(page, page.number() - 1) : null;
            Views.Link next = page.number() < page.count() ? pageLink(page, page.number() + 1) : null;
            pager = new Views.Pager(page.number(), page.count(), previous, next, pagerWindow(page));
        }
        // Further pages repeat no introduction: it belongs to the list's first page.
        String intro = page.number() == 1 ? introHtml : "";
        return new Views.ListPage(title, page.number() == 1 ? summary.orElse(null) : null, safe(intro),
                page.reports().stream().map(this::item).toList(), total, children, pager);
    }

    /** How many pages the pager names on each side of the current one. */
    private static final int PAGER_REACH = 2;

    private Views.Link pageLink(Paging.Page page, int n) {
        return new Views.Link(String.valueOf(n), href(page.route(n)), n == page.number());
    }

    /**
     * The pages a pager names: the first, the last, and those next to the current one, with a gap
     * (a link without address, shown as "…") where pages are left out. A list of 500 pages would
     * otherwise put 500 links on every one of them.
     */
    private List<Views.Link> pagerWindow(Paging.Page page) {
        List<Views.Link> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= page.count(); n++) {
            boolean shown = n == 1 || n == page.count() || Math.abs(n - page.number()) <= PAGER_REACH;
            if (!shown) {
                continue;
            }
            if (n > last + 1) {
                pages.add(new Views.Link("…", null, false));
            }
            pages.add(pageLink(page, n));
            last = n;
        }
        return pages;
    }

    /** The head's rel=prev and rel=next of a list page, for browsers and crawlers. */
    Views.Social listSocial(Paging.Page page) {
        return new Views.Social("website", null, null, null, null,
                page.number() > 1 ? href(page.route(page.number() - 1)) : null,
                page.number() < page.count() ? href(page.route(page.number() + 1)) : null);
    }

    Views.Home home(int latestCount) {
        List<Views.Item> latest = site.reports().stream().limit(latestCount).map(this::item).toList();
        List<Views.RegionSummary> regions = site.regions().stream().map(this::regionSummary).toList();
        List<Views.Link> sections = site.sections().stream().filter(s -> s.depth() == 1)
                .map(s -> new Views.Link(s.title(), href(s.route()), false)).toList();
        return new Views.Home(safe(site.home().introHtml()), latest, regions, years(), topics(), sections);
    }

    /** How many figures a region shows on the home page: enough to see the state, few enough for a phone. */
    private static final int KEY_FIGURES = 3;

    /**
     * A region's newest report and its key figures: those held against a national standard first
     * (what a citizen asks first: is the air clean?), then the others in the report's order.
     */
    private Views.RegionSummary regionSummary(Region region) {
        Optional<Report> withFigures = region.reports().stream()
                .filter(r -> !site.figures().ofReport(r.route()).isEmpty()).findFirst();
        List<Views.Card> cards = withFigures.map(r -> site.figures().ofReport(r.route()).stream()
                .sorted(java.util.Comparator.comparing((Figure f) -> f.observation().indicator()
                        .compliance(f.observation()).isEmpty()))
                .limit(KEY_FIGURES).map(this::card).toList()).orElse(List.of());
        return new Views.RegionSummary(region.name(), href(region.route()), region.reports().size(),
                item(region.reports().get(0)), cards, withFigures.map(this::item).orElse(null));
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
        int at = positions.computeIfAbsent(region.name(), name -> positions(region)).get(r);
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
