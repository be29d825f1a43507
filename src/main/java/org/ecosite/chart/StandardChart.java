package org.ecosite.chart;

import java.util.List;

/**
 * Figures against their national standard, side by side: for each indicator a bar of the figure
 * and a bar of the limit in force, both labelled with their numbers, so a reader sees at once
 * whether the air met the standard.
 *
 * @param measuredName the legend's word for the figures (实测值)
 * @param limitName    the legend's word for the limits (国家标准)
 */
public record StandardChart(String id, String title, String subtitle, String measuredName, String limitName,
                            List<Item> items, String description, DataTable table) implements ChartSpec {

    public StandardChart {
        items = List.copyOf(items);
    }

    /** One indicator: its figure and the limit it is held against. */
    public record Item(String label, double value, String valueText, double limit, String limitText,
                       boolean preliminary) {
        public Item(String label, double value, String valueText, double limit, String limitText) {
            this(label, value, valueText, limit, limitText, false);
        }
    }
}
