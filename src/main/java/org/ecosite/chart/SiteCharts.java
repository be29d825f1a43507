package org.ecosite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ecosite.model.IndicatorPage;
import org.ecosite.model.Report;
import org.ecosite.model.Routes;
import org.ecosite.model.Site;

/** Every chart of a site, in the order they are drawn and listed. */
public final class SiteCharts {

    /**
     * A chart to draw and the page (route) whose folder its files go in.
     *
     * @param onPage true when the page lists it among its charts; false for a chart an editor placed in the text
     */
    public record Planned(String route, ChartSpec spec, boolean onPage) {
    }

    private SiteCharts() {
    }

    /**
     * Each report's own charts, the charts editors placed in texts, and the charts of each indicator page.
     *
     * @param blocks the editors' charts by path inside content/, each by its block's index
     */
    public static List<Planned> plan(Site site, Map<String, Map<Integer, ChartSpec>> blocks, Routes routes) {
        ReportCharts reports = new ReportCharts(site.config().language());
        IndicatorCharts indicators = new IndicatorCharts(site.config().language());
        List<Planned> planned = new ArrayList<>();
        for (Report r : site.reports()) {
            for (ChartSpec spec : reports.plan(r.frontMatter().observations())) {
                planned.add(new Planned(r.route(), spec, true));
            }
        }
        new TreeMap<>(blocks).forEach((path, own) -> own.values().forEach(spec ->
                planned.add(new Planned(routes.report(path).orElseThrow(), spec, false))));
        for (IndicatorPage page : site.indicators()) {
            for (ChartSpec spec : indicators.plan(page)) {
                planned.add(new Planned(page.route(), spec, true));
            }
        }
        return planned;
    }
}
