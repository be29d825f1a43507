package org.ecosite.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each point of a line chart has its figure written: above the point, below it when above
 * would cross a reference line or another figure, or nowhere when both would (the figure is then
 * in the chart's table and description). Positions are estimated from the plot's size, before
 * JFreeChart lays it out; the estimate errs on the side of room.
 */
final class LineLabels {

    enum Place { ABOVE, BELOW, NONE }

    /** The plot area a line chart of {@link ChartRenderer#width} leaves, less axes, titles and legend. */
    private static final double PLOT_WIDTH = 350;
    private static final double PLOT_HEIGHT = 200;
    /** A label's height and its gap from the marker, in pixels. */
    private static final double LABEL_HEIGHT = 18;
    private static final double GAP = 6;

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
        for (int i = 0; i < spec.series().size(); i++) {
            List<LineChart.Point> points = spec.series().get(i).points();
            for (int j = 0; j < points.size(); j++) {
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
