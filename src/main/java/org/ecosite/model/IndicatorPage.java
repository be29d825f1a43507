package org.ecosite.model;

import java.util.List;

import org.ecosite.indicator.Indicator;

/**
 * An indicator's own page: its definition and every figure of it across reports and regions.
 *
 * @param figures every published figure of the indicator, in table order (region, place, period)
 */
public record IndicatorPage(Indicator indicator, String route, List<Figure> figures) {

    public static final String INDEX = "indicators/";

    public IndicatorPage {
        figures = List.copyOf(figures);
    }

    public static String routeOf(String indicatorId) {
        return INDEX + indicatorId + "/";
    }
}
