package org.ecosite.chart;

/**
 * Where a bar's figure is written when the chart has a reference line: at the end of the bar as
 * always, unless it would touch or cross the line there (a class Ⅲ bar ends on the class Ⅲ line,
 * whose dashes would read as a fourth stroke of the Ⅲ; a short bar's figure would run over it).
 * The figure then moves past the line, still on the bar's row; where the plot has no room past the
 * line it is left out, the chart's table and description carrying it. The line's own label is in the
 * legend, never on the plot, so the line is all a figure must keep clear of.
 */
final class BarLabels {

    /** Half the width of the reference line's stroke ({@link ChartStyle#DASHED}). */
    static final double LINE_HALF_WIDTH = 1;
    /** The clear space between a figure and the line, in pixels: more than between a figure and its bar. */
    static final double CLEARANCE = 8;

    private BarLabels() {
    }

    /**
     * @param start the left edge the figure takes at the end of its bar
     * @param width the figure's width
     * @param line  where the reference line is
     * @param right the right edge of the plot, which the figure must not pass
     * @return the figure's left edge, or NaN to leave the figure out
     */
    static double left(double start, double width, double line, double right) {
        double clearLeft = line - LINE_HALF_WIDTH - CLEARANCE;
        double clearRight = line + LINE_HALF_WIDTH + CLEARANCE;
        if (start + width <= clearLeft || start >= clearRight) {
            return start;
        }
        return clearRight + width <= right ? clearRight : Double.NaN;
    }
}
