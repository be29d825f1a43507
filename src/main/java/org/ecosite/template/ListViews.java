package org.ecosite.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ecosite.config.Language;
import org.ecosite.model.Figure;
import org.ecosite.model.Paging;
import org.ecosite.model.Region;
import org.ecosite.model.Report;
import org.ecosite.model.Section;
import org.ecosite.model.Site;

/** The views of the home page and of lists of reports: pages of a list, its pager, regions, topics, years. */
final class ListViews {

    private final ViewFactory views;
    private final Site site;
    private final Language language;
    private final FigureViews figures;

    ListViews(ViewFactory views, FigureViews figures) {
        this.views = views;
        this.site = views.model();
        this.language = views.language();
        this.figures = figures;
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
        return new Views.ListPage(title, page.number() == 1 ? summary.orElse(null) : null, ViewFactory.safe(intro),
                page.reports().stream().map(views::item).toList(), total, children, pager);
    }

    /** How many pages the pager names on each side of the current one. */
    private static final int PAGER_REACH = 2;

    private Views.Link pageLink(Paging.Page page, int n) {
        return new Views.Link(String.valueOf(n), views.href(page.route(n)), n == page.number());
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
                page.number() > 1 ? views.href(page.route(page.number() - 1)) : null,
                page.number() < page.count() ? views.href(page.route(page.number() + 1)) : null);
    }

    Views.Home home(int latestCount) {
        List<Views.Item> latest = site.reports().stream().limit(latestCount).map(views::item).toList();
        List<Views.RegionSummary> regions = site.regions().stream().map(this::regionSummary).toList();
        List<Views.Link> sections = site.sections().stream().filter(s -> s.depth() == 1)
                .map(s -> new Views.Link(s.title(), views.href(s.route()), false)).toList();
        return new Views.Home(ViewFactory.safe(site.home().introHtml()), latest, regions, years(), topics(), sections);
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
                .sorted(Comparator.comparing((Figure f) -> f.observation().indicator()
                        .compliance(f.observation()).isEmpty()))
                .limit(KEY_FIGURES).map(figures::card).toList()).orElse(List.of());
        return new Views.RegionSummary(region.name(), views.href(region.route()), region.reports().size(),
                views.item(region.reports().get(0)), cards, withFigures.map(views::item).orElse(null));
    }


    List<Views.ListEntry> regions() {
        return site.regions().stream().map(r -> entry(r.name(), r.route(), r.reports())).toList();
    }

    List<Views.ListEntry> topics() {
        return site.topics().stream().map(t -> entry(t.name(), t.route(), t.reports())).toList();
    }

    List<Views.ListEntry> years() {
        return site.years().stream().map(y -> entry(views.yearTitle(y.name()), y.route(), y.reports())).toList();
    }

    private Views.ListEntry entry(String name, String route, List<Report> reports) {
        return new Views.ListEntry(name, views.href(route), reports.size(),
                reports.isEmpty() ? null : Dates.of(reports.get(0).frontMatter().date(), language));
    }

    List<Views.Link> children(Section section) {
        return site.sections().stream()
                .filter(s -> s.folder().startsWith(section.folder() + "/") && s.depth() == section.depth() + 1)
                .map(s -> new Views.Link(s.title(), views.href(s.route()), false)).toList();
    }
}
