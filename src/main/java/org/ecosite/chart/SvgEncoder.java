package org.ecosite.chart;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * A drawn chart as an SVG file (JFreeSVG): ids from the chart's id, two decimals, and the spec's
 * title and description as the picture's accessible name.
 */
final class SvgEncoder {

    private SvgEncoder() {
    }

    static String encode(JFreeChart chart, ChartSpec spec, ChartFont font, int width, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix(spec.id() + "-");
        svg.setFontFunction(family -> cssFamilies(family, font));
        // Two decimals are finer than any screen or printer: shorter files, the same picture.
        svg.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        svg.setTransformDoubleConverter(SVGUtils.createDoubleConverter(4));
        svg.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
        String element = svg.getSVGElement(spec.id(), true, new ViewBox(0, 0, width, height), null, null);
        int close = element.indexOf('>');
        String titleId = spec.id() + "-title";
        String descId = spec.id() + "-desc";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, close)
                + " role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\">"
                + "<title id=\"" + titleId + "\">" + SVGUtils.escapeForXML(spec.title()) + "</title>"
                + "<desc id=\"" + descId + "\">" + SVGUtils.escapeForXML(spec.description()) + "</desc>"
                + element.substring(close + 1) + "\n";
    }

    /**
     * The families the SVG names for a piece of text, and the guard that every piece is laid out in
     * the chart font: text in any other (a default of JFreeChart, a logical font) would be measured
     * with whatever fonts the machine has, and the same chart would differ from machine to machine.
     */
    private static String cssFamilies(String family, ChartFont font) {
        if (!family.equals(font.base().getFamily())) {
            throw new IllegalStateException("chart text set in " + family + ", not in the chart font "
                    + font.base().getFamily());
        }
        return ChartFont.CSS_FAMILIES;
    }
}
