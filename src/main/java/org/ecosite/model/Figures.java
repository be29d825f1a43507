package org.ecosite.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.content.Document;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Period;

/**
 * Every published figure of the site, looked up by indicator and by region. Built once; answers
 * "the same figure a year earlier" (同比) and "all figures of PM2.5" without searching.
 */
public final class Figures {

    /** Region, then location, then period, then report: the order of every data table. */
    public static final Comparator<Figure> ORDER = Comparator.comparing(Figure::region)
            .thenComparing(f -> f.observation().location().orElse(""))
            .thenComparing(f -> f.observation().period())
            .thenComparing(Figure::route);

    private static final Comparator<Figure> LATER_REPORT_FIRST = Comparator
            .comparing((Figure f) -> f.document().frontMatter().date()).reversed().thenComparing(Figure::route);

    private final List<Figure> all;
    private final Map<String, List<Figure>> byIndicator;
    private final Map<String, Figure> byKey;
    private final Map<String, List<Figure>> byReport;

    /** Every figure of the published reports; {@code routes} tells where each report lands. */
    public static Figures of(List<Document> documents, Routes routes) {
        return of(documents, routes, List.of());
    }

    /**
     * @param data the figures of data files, one document per file and region; each figure's route is
     *             where its file is published
     */
    public static Figures of(List<Document> documents, Routes routes, List<Document> data) {
        List<Figure> list = new ArrayList<>();
        for (Document d : documents) {
            String route = routes.report(d.source().route()).orElseThrow();
            for (Observation o : d.frontMatter().observations()) {
                list.add(new Figure(o, d, route));
            }
        }
        for (Document d : data) {
            for (Observation o : d.frontMatter().observations()) {
                list.add(new Figure(o, d, d.source().route()));
            }
        }
        return new Figures(list);
    }

    private Figures(List<Figure> list) {
        list.sort(ORDER);
        this.all = List.copyOf(list);
        Map<String, List<Figure>> grouped = new LinkedHashMap<>();
        for (Figure f : all) {
            grouped.computeIfAbsent(f.indicatorId(), k -> new ArrayList<>()).add(f);
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byIndicator = Map.copyOf(grouped);
        this.byKey = Map.copyOf(counting(all));
        Map<String, List<Figure>> reports = new HashMap<>();
        for (Figure f : list) {
            reports.computeIfAbsent(f.route(), k -> new ArrayList<>()).add(f);
        }
        reports.replaceAll((k, v) -> List.copyOf(v));
        this.byReport = Map.copyOf(reports);
    }

    /**
     * The figures that count, one for each indicator, region, place and period, in the order given: when
     * two reports give a figure for the same period (a correction, or a figure told again in a later
     * report), the later report's. A chart draws these: a region has one PM2.5 for a half-year, and a line
     * through two values at one date would draw what cannot be.
     */
    public static List<Figure> counted(List<Figure> figures) {
        Map<String, Figure> keyed = counting(figures);
        return keyed.size() == figures.size() ? figures
                : figures.stream().filter(f -> keyed.get(key(f)) == f).toList();
    }

    /** The figure that counts for each indicator, region, place and period: the later report's. */
    private static Map<String, Figure> counting(List<Figure> figures) {
        Map<String, Figure> keyed = new HashMap<>();
        for (Figure f : figures) {
            keyed.merge(key(f), f, (a, b) -> LATER_REPORT_FIRST.compare(a, b) <= 0 ? a : b);
        }
        return keyed;
    }

    private static String key(Figure f) {
        return key(f.indicatorId(), f.region(), f.observation().location(), f.observation().period());
    }

    private static String key(String id, String region, Optional<String> location, Period period) {
        return id + "|" + region + "|" + location.orElse("") + "|" + period.start() + "/" + period.end();
    }

    public List<Figure> all() {
        return all;
    }

    /** The figures of one report, by its route, in table order. */
    public List<Figure> ofReport(String route) {
        return byReport.getOrDefault(route, List.of());
    }

    /** The figures of one indicator, in table order. */
    public List<Figure> of(String indicatorId) {
        return byIndicator.getOrDefault(indicatorId, List.of());
    }

    /** The figure of the same indicator, region and place for the same span one year earlier (同比). */
    public Optional<Figure> yearBefore(Figure figure) {
        Observation o = figure.observation();
        return Optional.ofNullable(byKey.get(key(o.id(), figure.region(), o.location(), o.period().yearBefore())));
    }

    /** The figures of an indicator in one region (and place), earliest first: one line of a time series. */
    public List<Figure> series(String indicatorId, String region, Optional<String> location) {
        return of(indicatorId).stream().filter(f -> f.region().equals(region))
                .filter(f -> f.observation().location().equals(location)).toList();
    }
}
