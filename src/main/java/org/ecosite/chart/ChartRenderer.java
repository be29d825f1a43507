package org.ecosite.chart;

import java.awt.FontMetrics;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

/**
 * Draws {@link ChartSpec}s with JFreeChart into SVG (JFreeSVG) and PNG. The output depends only
 * on the spec and the font: ids inside the SVG come from the chart id, dates are laid out in UTC,
 * numbers are written with fixed precision. Safe to use from several threads.
 */
public final class ChartRenderer {

    /** Narrow enough that a phone shows chart text near its own text size. */
    private static final int BAR_WIDTH = 440;
    private static final int LINE_WIDTH = 440;
    private static final int LINE_HEIGHT = 330;

    private final ChartFont font;
    private final Locale locale;
    private final boolean withPng;
    private final ChartStyle style;
    private final BarCharts bars;
    private final LineCharts lines;
    /** Held while this renderer lives: see {@link PngEncoder#measured}. */
    @SuppressWarnings("unused")
    private final List<FontMetrics> measured;

    /** @param withPng false to draw SVG only: a PNG costs ten times an SVG */
    public ChartRenderer(ChartFont font, Locale locale, boolean withPng) {
        this.font = font;
        this.locale = locale;
        this.withPng = withPng;
        this.style = new ChartStyle(font, locale);
        this.bars = new BarCharts(style);
        this.lines = new LineCharts(style);
        this.measured = PngEncoder.measured(font.faces());
    }

    public ChartRenderer(ChartFont font, Locale locale) {
        this(font, locale, true);
    }

    /** What identifies this renderer's output besides the spec: the font, the language, the formats. */
    public String identity() {
        return font.identity() + "|" + locale.toLanguageTag() + (withPng ? "|svg+png" : "|svg");
    }

    public boolean withPng() {
        return withPng;
    }

    public RenderedChart render(ChartSpec spec) {
        JFreeChart chart = chart(spec);
        int width = width(spec);
        int height = height(spec);
        return new RenderedChart(spec, SvgEncoder.encode(chart, spec, font, width, height),
                withPng ? PngEncoder.encode(chart, width, height) : new byte[0], width, height);
    }

    /** The SVG alone, for measuring. */
    public String svg(ChartSpec spec) {
        return SvgEncoder.encode(chart(spec), spec, font, width(spec), height(spec));
    }

    /** The PNG alone, for measuring. */
    public byte[] png(ChartSpec spec) {
        return PngEncoder.encode(chart(spec), width(spec), height(spec));
    }

    private JFreeChart chart(ChartSpec spec) {
        JFreeChart chart;
        if (spec instanceof BarChart bar) {
            chart = bars.bar(bar);
        } else if (spec instanceof StandardChart standard) {
            chart = bars.standard(standard);
        } else {
            chart = lines.line((LineChart) spec);
        }
        style.frame(chart, spec);
        return chart;
    }

    public static int width(ChartSpec spec) {
        return spec instanceof LineChart ? LINE_WIDTH : BAR_WIDTH;
    }

    public static int height(ChartSpec spec) {
        if (spec instanceof LineChart line) {
            // Room for the legend: one line of names for every two or three series.
            return LINE_HEIGHT + 24 * ((line.series().size() + 1) / 2) + 24 * line.steps().size();
        }
        if (spec instanceof BarChart bar) {
            return 120 + 46 * bar.bars().size() + (bar.reference().isPresent() ? 30 : 0);
        }
        if (spec instanceof StandardChart standard) {
            return 150 + 70 * standard.items().size();
        }
        return LINE_HEIGHT;
    }
}
