package org.ecosite.chart;

/**
 * What pages need of a chart whose files are written: which chart, its size, and whether a PNG exists.
 * The SVG and PNG themselves go to the output as soon as they are drawn, so a site's charts are
 * never all held in memory at once.
 */
public record DrawnChart(ChartSpec spec, int width, int height, boolean hasPng) {

    public String id() {
        return spec.id();
    }
}
