package org.ecosite.template;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ecosite.chart.DrawnChart;
import org.ecosite.config.Language;
import org.ecosite.config.SiteLayout;
import org.ecosite.content.FrontMatter;
import org.ecosite.data.JsonLd;
import org.ecosite.markdown.Heading;
import org.ecosite.model.Figure;
import org.ecosite.model.Region;
import org.ecosite.model.Report;
import org.ecosite.model.Section;
import org.ecosite.model.Site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/** The view of a report page: its disclosure, contents, figures, charts and neighbours. */
final class ReportViews {

    private final ViewFactory views;
    private final Site site;
    private final Language language;
    private final ThemeStrings strings;
    private final FigureViews figures;
    /** By region name: a region record's own hash would walk all its reports. */
    private final Map<String, Map<Report, Integer>> positions = new ConcurrentHashMap<>();

    ReportViews(ViewFactory views, FigureViews figures) {
        this.views = views;
        this.site = views.model();
        this.language = views.language();
        this.strings = views.strings();
        this.figures = figures;
    }

    /** Each report's place in its region's list, so finding neighbours costs no search through the list. */
    private static Map<Report, Integer> positions(Region region) {
        Map<Report, Integer> at = new IdentityHashMap<>();
        for (int i = 0; i < region.reports().size(); i++) {
            at.put(region.reports().get(i), i);
        }
        return at;
    }

    /** Open Graph of a report: an article with its dates, pictured by its first chart when it has a PNG. */
    Views.Social article(Report r, List<DrawnChart> charts) {
        FrontMatter fm = r.frontMatter();
        DrawnChart first = charts.stream().filter(DrawnChart::hasPng).findFirst().orElse(null);
        return new Views.Social("article",
                first == null ? null : views.absolute(SiteLayout.chart(r.route(), first.id(), "png")),
                first == null ? null : first.spec().description(), fm.date().toString(),
                fm.updated().map(Object::toString).orElse(null), null, null);
    }

    /** @param bodyHtml the report's body, rendered */
    Views.Report report(Report r, String bodyHtml, List<DrawnChart> charts) {
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
        List<Figure> own = site.figures().ofReport(r.route());
        List<Views.Figure> rows = fm.observations().stream().map(figures::figure).toList();
        List<Views.Card> cards = fm.observations().stream()
                .map(o -> figures.card(own.stream().filter(f -> f.observation() == o).findFirst()
                        .orElseThrow()))
                .toList();
        String figuresPeriod = fm.period().map(p -> p.label(language)).orElse(null);
        boolean samePeriod = figuresPeriod != null && rows.stream().allMatch(f -> f.period().equals(figuresPeriod));
        List<Views.Download> downloads = fm.observations().isEmpty() ? List.of() : List.of(
                new Views.Download(strings.get("data.csv"), views.href(SiteLayout.reportData(r.route(), "csv")), "CSV"),
                new Views.Download(strings.get("data.json"), views.href(SiteLayout.reportData(r.route(), "json")),
                        "JSON"));
        List<Views.Correction> corrections = fm.corrections().stream()
                .map(c -> new Views.Correction(Dates.of(c.date(), language), c.note())).toList();
        Optional<Section> section = site.section(r.section());
        Region region = site.region(fm.region()).orElseThrow();
        return new Views.Report(fm.title(), fm.summary().orElse(null), disclosure, toc, new SafeString(bodyHtml),
                cards, rows, figuresPeriod, samePeriod, views.charts(r.route(), charts), downloads, corrections,
                new Views.Link(region.name(), views.href(region.route()), false),
                section.map(s -> new Views.Link(s.title(), views.href(s.route()), false)).orElse(null), fm.draft(),
                fm.editorNotes().stream().map(n -> new Views.EditorNote(n.text(), n.note())).toList());
    }

    String organization(Report r) {
        return r.frontMatter().organization().or(views.config()::organization).orElse(null);
    }

    String reportJsonLd(Report r) {
        FrontMatter fm = r.frontMatter();
        String publisher = Optional.ofNullable(organization(r)).orElse(views.config().title());
        return JsonLd.report(views.absolute(r.route()), fm.title(), fm.date(), fm.updated(), publisher, fm.region(),
                fm.indexNo(), fm.docNo(), fm.topics(), language.tag());
    }

    /** The region's reports published just before and just after this one. */
    Views.Sequence sequence(Report r) {
        Region region = site.region(r.frontMatter().region()).orElseThrow();
        List<Report> all = region.reports();
        int at = positions.computeIfAbsent(region.name(), name -> positions(region)).get(r);
        Views.Item earlier = at + 1 < all.size() ? views.item(all.get(at + 1)) : null;
        Views.Item later = at > 0 ? views.item(all.get(at - 1)) : null;
        return new Views.Sequence(new Views.Link(region.name(), views.href(region.route()), false), earlier, later);
    }
}
