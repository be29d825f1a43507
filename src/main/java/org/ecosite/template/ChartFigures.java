package org.ecosite.template;

import java.util.Map;

import org.ecosite.chart.ChartSpec;
import org.ecosite.config.SiteLayout;
import org.ecosite.model.Urls;

/**
 * The HTML of a chart an editor placed in a report's text: the theme's {@code chart} template
 * with the chart's image, caption and data table, rendered before the page itself.
 */
public final class ChartFigures {

    private final Templates templates;
    private final String basePath;
    private final boolean withPng;

    public ChartFigures(Templates templates, String basePath, boolean withPng) {
        this.templates = templates;
        this.basePath = basePath;
        this.withPng = withPng;
    }

    /** A chart's view; its files sit beside the page that shows it. */
    static Views.Chart view(String basePath, String route, ChartSpec spec, int width, int height, boolean withPng) {
        ChartSpec.DataTable t = spec.table();
        return new Views.Chart(spec.id(), spec.title(), spec.description(),
                Urls.href(basePath, SiteLayout.chart(route, spec.id(), "svg")),
                withPng ? Urls.href(basePath, SiteLayout.chart(route, spec.id(), "png")) : null,
                width, height, new Views.Table(t.caption(), t.header(), t.rows()));
    }

    /**
     * @param route the route of the page that shows the chart
     */
    public String html(String route, ChartSpec spec, int width, int height) throws Templates.TemplateError {
        return templates.render("chart", Map.of("chart", view(basePath, route, spec, width, height, withPng),
                "withTable", true));
    }
}
