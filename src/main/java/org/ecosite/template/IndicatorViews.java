package org.ecosite.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecosite.chart.DrawnChart;
import org.ecosite.chart.IndicatorCharts;
import org.ecosite.config.Language;
import org.ecosite.config.SiteLayout;
import org.ecosite.data.JsonLd;
import org.ecosite.indicator.Better;
import org.ecosite.indicator.FigureWords;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.Standard;
import org.ecosite.indicator.Status;
import org.ecosite.model.Figure;
import org.ecosite.model.IndicatorPage;
import org.ecosite.model.Site;

/** The views of an indicator page (its standards, charts and figures) and of the index of indicators. */
final class IndicatorViews {

    private final ViewFactory views;
    private final Site site;
    private final Language language;
    private final ThemeStrings strings;
    private final FigureWords words;
    private final IndicatorCharts trends;

    IndicatorViews(ViewFactory views, FigureViews figures) {
        this.views = views;
        this.site = views.model();
        this.language = views.language();
        this.strings = views.strings();
        this.words = figures.words();
        this.trends = new IndicatorCharts(language);
    }

    Views.Indicator indicator(IndicatorPage page, List<DrawnChart> charts) {
        Indicator ind = page.indicator();
        List<Views.StandardRow> standards = ind.standards().stream().map(s -> new Views.StandardRow(
                s.name().get(language), ind.format(s.value(), language),
                strings.get(s.isLimit() ? "indicator.kind_limit" : "indicator.kind_guideline"),
                validity(s))).toList();
        List<Views.DataRow> rows = page.figures().stream().map(f -> new Views.DataRow(f.region(),
                f.observation().location().orElse(null), f.observation().period().label(language),
                ind.format(f.observation().value(), language),
                words.statusLabel(f.observation().status()),
                f.observation().status() == Status.PRELIMINARY, f.observation().note().orElse(null),
                new Views.Link(f.document().frontMatter().title(), views.href(f.route()), false),
                Dates.of(f.document().frontMatter().date(), language))).toList();
        long reports = page.figures().stream().map(Figure::route).distinct().count();
        String better = ind.better() == Better.LOWER ? strings.get("indicator.better_lower")
                : ind.better() == Better.HIGHER ? strings.get("indicator.better_higher") : null;
        List<Views.Download> downloads = List.of(
                new Views.Download(strings.get("data.indicator_csv"),
                        views.href(SiteLayout.indicatorData(page.route(), ind.id(), "csv")), "CSV"),
                new Views.Download(strings.get("data.indicator_json"),
                        views.href(SiteLayout.indicatorData(page.route(), ind.id(), "json")), "JSON"),
                new Views.Download(strings.get("data.all_csv"), views.href(SiteLayout.siteData("csv")), "CSV"),
                new Views.Download(strings.get("data.all_json"), views.href(SiteLayout.siteData("json")), "JSON"));
        return new Views.Indicator(ind.id(), ind.name().get(language), ind.unit(language), strings.get("type." + ind.type().word()),
                ind.topic().get(language), ind.definition().map(d -> d.get(language)).orElse(null), better, standards,
                views.charts(page.route(), charts), trends.single(page), rows, (int) reports, downloads);
    }

    String datasetJsonLd(IndicatorPage page) {
        Indicator ind = page.indicator();
        Map<String, String> downloads = new LinkedHashMap<>();
        downloads.put("text/csv", views.absolute(SiteLayout.indicatorData(page.route(), ind.id(), "csv")));
        downloads.put("application/json", views.absolute(SiteLayout.indicatorData(page.route(), ind.id(), "json")));
        List<String> regions = page.figures().stream().map(Figure::region).distinct().sorted().toList();
        return JsonLd.dataset(views.absolute(page.route()), ind.name().get(language),
                ind.definition().map(d -> d.get(language)).orElse(ind.name().get(language)),
                views.config().organization().orElse(views.config().title()), regions,
                page.figures().stream().map(f -> f.observation().period().start()).min(LocalDate::compareTo)
                        .orElseThrow(),
                page.figures().stream().map(f -> f.observation().period().end()).max(LocalDate::compareTo)
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
            Figure latest = page.figures().stream().max(Comparator
                    .comparing((Figure f) -> f.observation().period()).thenComparing(Figure::region)).orElseThrow();
            String latestText = strings.get("indicators.latest", latest.region(),
                    latest.observation().period().label(language), ind.format(latest.observation().value(), language));
            byTopic.computeIfAbsent(ind.topic().get(language), k -> new ArrayList<>()).add(new Views.IndicatorEntry(
                    ind.name().get(language), views.href(page.route()), ind.unit(language), page.figures().size(), latestText));
        }
        List<Views.Topic> topics = byTopic.entrySet().stream().map(e -> new Views.Topic(e.getKey(), e.getValue()))
                .toList();
        return new Views.IndicatorIndex(topics, List.of(
                new Views.Download(strings.get("data.all_csv"), views.href(SiteLayout.siteData("csv")), "CSV"),
                new Views.Download(strings.get("data.all_json"), views.href(SiteLayout.siteData("json")), "JSON")));
    }
}
