package org.ecosite.chart;

/**
 * A chart ready to publish.
 *
 * @param svg the SVG document (UTF-8 text), with {@code <title>} and {@code <desc>}
 * @param png the same chart as PNG at twice the size, for sharing and print; empty when the site draws SVG only
 */
public record RenderedChart(ChartSpec spec, String svg, byte[] png, int width, int height) {

    public String id() {
        return spec.id();
    }

    public boolean hasPng() {
        return png.length > 0;
    }

    /** This chart once its files are written. */
    public DrawnChart drawn() {
        return new DrawnChart(spec, width, height, hasPng());
    }
}
