package org.ecosite.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each point of a line chart has its figure written: above the point, below it when above
 * would cross a reference line, a line, a marker or another figure, or nowhere when both would (the
 * figure is then in the chart's table and description). Positions are estimated from the plot's
 * size, before JFreeChart lays it out; the estimate errs on the side of room.
 */
final class LineLabels {

    enum Place { ABOVE, BELOW, NONE }

    /** The plot area a line chart of {@link ChartRenderer#width} leaves, less axes, titles and legend. */
    private static final double PLOT_WIDTH = 350;
    private static final double PLOT_HEIGHT = 200;
    /** A label's height and its gap from the marker, in pixels. */
    private static final double LABEL_HEIGHT = 18;
    private static final double GAP = 6;
    /** Half a marker's size, and the step at which a line is sampled into small boxes. */
    private static final double MARKER = 5;
    private static final double STEP = 3;

    private LineLabels() {
    }

    /**
     * @param lo       the value at the bottom of the axis (at the top when {@code inverted})
     * @param repeats  points whose figure is already written beside another marker
     * @return each point's place, keyed by (series, point)
     */
    static Map<List<Integer>, Place> place(LineChart spec, double fromMillis, double toMillis, double lo, double hi,
                                           boolean inverted, Set<List<Integer>> repeats) {
        Map<List<Integer>, Place> places = new HashMap<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (LineChart.Step step : spec.steps()) {
            double y = y(step.value(), lo, hi, inverted);
            double x1 = x(ChartStyle.millis(step.from()), fromMillis, toMillis);
            double x2 = x(ChartStyle.millis(step.to()), fromMillis, toMillis);
            taken.add(new Rectangle2D.Double(Math.min(x1, x2), y - 1.5, Math.abs(x2 - x1), 3));
        }
        // Every marker and every line, so that no figure is written across the drawing it labels.
        for (LineChart.Series series : spec.series()) {
            double[] previous = null;
            for (LineChart.Point p : series.points()) {
                double[] at = {x(ChartStyle.millis(p.date()), fromMillis, toMillis), y(p.value(), lo, hi, inverted)};
                taken.add(new Rectangle2D.Double(at[0] - MARKER, at[1] - MARKER, 2 * MARKER, 2 * MARKER));
                if (previous != null) {
                    double length = Math.hypot(at[0] - previous[0], at[1] - previous[1]);
                    for (double d = MARKER; d < length - MARKER; d += STEP) {
                        double t = d / length;
                        taken.add(new Rectangle2D.Double(previous[0] + t * (at[0] - previous[0]) - 1,
                                previous[1] + t * (at[1] - previous[1]) - 1, 2, 2));
                    }
                }
                previous = at;
            }
        }
        for (int i = 0; i < spec.series().size(); i++) {
            List<LineChart.Point> points = spec.series().get(i).points();
            // The latest figure first: where two labels would collide, the most recent keeps its own.
            for (int j = points.size() - 1; j >= 0; j--) {
                List<Integer> key = List.of(i, j);
                if (repeats.contains(key)) {
                    places.put(key, Place.NONE);
                    continue;
                }
                LineChart.Point p = points.get(j);
                double x = x(ChartStyle.millis(p.date()), fromMillis, toMillis);
                double y = y(p.value(), lo, hi, inverted);
                double width = width(p.valueText());
                Rectangle2D above = new Rectangle2D.Double(x - width / 2, y - GAP - LABEL_HEIGHT, width, LABEL_HEIGHT);
                Rectangle2D below = new Rectangle2D.Double(x - width / 2, y + GAP, width, LABEL_HEIGHT);
                Place place = free(above, taken) ? Place.ABOVE : free(below, taken) ? Place.BELOW : Place.NONE;
                places.put(key, place);
                if (place != Place.NONE) {
                    taken.add(place == Place.ABOVE ? above : below);
                }
            }
        }
        return places;
    }

    private static boolean free(Rectangle2D box, List<Rectangle2D> taken) {
        return taken.stream().noneMatch(box::intersects);
    }

    private static double x(double millis, double from, double to) {
        return (millis - from) / (to - from) * PLOT_WIDTH;
    }

    private static double y(double value, double lo, double hi, boolean inverted) {
        double share = (value - lo) / (hi - lo);
        return (inverted ? share : 1 - share) * PLOT_HEIGHT;
    }

    /** A label's width at the charts' 15 px bold: a Chinese character a full em, others about half. */
    private static double width(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 9 : 15).sum();
    }
}
