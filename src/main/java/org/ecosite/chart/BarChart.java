package org.ecosite.chart;

import java.util.List;
import java.util.Optional;

/**
 * A horizontal bar chart of figures that share a unit, the chart every report with figures gets.
 * Horizontal bars leave room for Chinese labels on a phone.
 *
 * @param id          stable within its page; also the stem of its file names
 * @param subtitle    the period and unit, as statistics practice puts under a headline
 * @param classScale  true when the values are water-quality classes 1–6 shown as Ⅰ…劣Ⅴ
 * @param reference   a reference line (a standard), with its label
 * @param description the text alternative: every figure in words
 */
public record BarChart(String id, String title, String subtitle, List<Bar> bars, boolean classScale,
                       Optional<Reference> reference, String description) {

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** A labelled line across the chart, e.g. GB 3095-2012 二级 35 μg/m³. */
    public record Reference(double value, String label) {
    }
}
