package org.ecosite.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures over time, one line per region (or place). Each point carries its figure as text and
 * each line its name at its end, so no line is told apart by colour alone. Standards are drawn
 * as steps that change on their validity dates, with the change marked in words.
 *
 * @param scale      the value axis; for water-quality classes it reads Ⅰ…劣Ⅴ, best at the top
 * @param steps      the reference lines, each valid between two dates
 * @param changes    dates on which a standard changed inside the chart's span, with their label
 */
public record LineChart(String id, String title, String subtitle, List<Series> series, Scale scale,
                        List<Step> steps, List<Change> changes, String description, DataTable table)
        implements ChartSpec {

    public boolean classScale() {
        return scale == Scale.CLASS;
    }

    public LineChart {
        series = List.copyOf(series);
        steps = List.copyOf(steps);
        changes = List.copyOf(changes);
    }

    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * A figure at the start of its period, where the time axis names it (a January figure at the tick
     * 2024年1月, a year's at 2024年); a preliminary one is drawn as a hollow marker.
     */
    public record Point(LocalDate date, double value, String valueText, boolean preliminary) {
        public Point(LocalDate date, double value, String valueText) {
            this(date, value, valueText, false);
        }
    }

    /** A standard's value from one date to another (both inclusive). */
    public record Step(LocalDate from, LocalDate to, double value, String label) {
    }

    public record Change(LocalDate date, String label) {
    }
}
