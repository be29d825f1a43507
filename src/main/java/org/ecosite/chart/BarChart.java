package org.ecosite.chart;

import java.util.List;
import java.util.Optional;

/**
 * A horizontal bar chart of figures that share a unit. Horizontal bars leave room for Chinese
 * labels on a phone; each bar carries its figure as text at its end.
 *
 * @param scale      the value axis: plain numbers, percentages (0–100) or water-quality classes 1–6
 *                   shown as Ⅰ…劣Ⅴ; class bars take the class colours, always outlined and written out
 * @param reference  a reference line (a standard), with its label
 */
public record BarChart(String id, String title, String subtitle, List<Bar> bars, Scale scale,
                       Optional<Reference> reference, String description, DataTable table) implements ChartSpec {

    public BarChart {
        bars = List.copyOf(bars);
    }

    public boolean classScale() {
        return scale == Scale.CLASS;
    }

    /** One bar: its label, its length and the text written at its end; a preliminary one is drawn hatched. */
    public record Bar(String label, double value, String valueText, boolean preliminary) {
        public Bar(String label, double value, String valueText) {
            this(label, value, valueText, false);
        }
    }

    /** A labelled line across the chart, e.g. 国家二级标准 35 μg/m³. */
    public record Reference(double value, String label) {
    }
}
