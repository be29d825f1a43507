package org.ecosite.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Draws charts with JFreeChart into SVG (JFreeSVG) and PNG. Output depends only on the chart
 * and the font: ids inside the SVG come from the chart id, never from the clock.
 */
public final class ChartRenderer {

    /** Okabe–Ito blue: distinct for readers with colour-vision deficiencies, 4.5:1 against white for its labels. */
    static final Color BAR = new Color(0x00, 0x72, 0xB2);
    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x4A, 0x4A, 0x4A);
    static final Color GRID = new Color(0xD0, 0xD0, 0xD0);
    static final Color REFERENCE = new Color(0xB0, 0x3A, 0x00);

    private static final int WIDTH = 560;

    private final ChartFont font;

    public ChartRenderer(ChartFont font) {
        this.font = font;
    }

    public RenderedChart render(BarChart spec) {
        int height = 110 + 46 * spec.bars().size() + (spec.reference().isPresent() ? 24 : 0);
        JFreeChart chart = build(spec);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        svg.setDefsKeyPrefix(spec.id() + "-");
        svg.setFontFunction(family -> ChartFont.CSS_FAMILIES);
        // Two decimals are finer than any screen or printer; shorter files, same picture.
        svg.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        svg.setTransformDoubleConverter(SVGUtils.createDoubleConverter(4));
        svg.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, height));
        String svgText = withTitleAndDescription(svg.getSVGElement(spec.id()), spec);
        return new RenderedChart(spec.id(), spec.title(), spec.description(), svgText, png(chart, height), WIDTH,
                height);
    }

    private JFreeChart build(BarChart spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < spec.bars().size(); i++) {
            data.addValue(spec.bars().get(i).value(), "s", new Label(i, spec.bars().get(i).label()));
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(font.plain(14));
        categories.setTickLabelPaint(TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(3);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.3);

        NumberAxis values = new NumberAxis();
        values.setTickLabelFont(font.plain(13));
        values.setTickLabelPaint(MUTED);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        if (spec.classScale()) {
            values.setRange(0, 6.6);
            values.setTickUnit(new NumberTickUnit(1, new ClassFormat()));
        } else {
            double max = spec.bars().stream().mapToDouble(Bar::value).max().orElse(1);
            double ref = spec.reference().map(BarChart.Reference::value).orElse(0.0);
            values.setRange(0, Math.max(max, ref) * 1.25 + 1e-9);
        }

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.5);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font.bold(14));
        bars.setDefaultItemLabelPaint(TEXT);
        bars.setDefaultItemLabelGenerator(new ValueLabels(spec));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(6);

        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        spec.reference().ifPresent(r -> {
            ValueMarker marker = new ValueMarker(r.value(), REFERENCE, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(r.label());
            marker.setLabelFont(font.plain(13));
            marker.setLabelPaint(REFERENCE);
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            marker.setLabelOffset(new RectangleInsets(-18, 4, 0, 4));
            plot.addRangeMarker(marker);
        });

        JFreeChart chart = new JFreeChart(null, font.bold(17), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(12, 12, 12, 12));
        TextTitle title = new TextTitle(spec.title(), font.bold(17));
        title.setPaint(TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.setTitle(title);
        TextTitle subtitle = new TextTitle(spec.subtitle(), font.plain(14));
        subtitle.setPaint(MUTED);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setMargin(new RectangleInsets(4, 0, 10, 0));
        chart.addSubtitle(subtitle);
        return chart;
    }

    private static String withTitleAndDescription(String element, BarChart spec) {
        int close = element.indexOf('>');
        String open = element.substring(0, close);
        String rest = element.substring(close + 1);
        String titleId = spec.id() + "-title";
        String descId = spec.id() + "-desc";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + open
                + " role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\">"
                + "<title id=\"" + titleId + "\">" + SVGUtils.escapeForXML(spec.title()) + "</title>"
                + "<desc id=\"" + descId + "\">" + SVGUtils.escapeForXML(spec.description()) + "</desc>"
                + rest + "\n";
    }

    private static byte[] png(JFreeChart chart, int height) {
        BufferedImage image = new BufferedImage(WIDTH * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(2, 2);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes each bar's figure with its unit at the bar's end. */
    private record ValueLabels(BarChart spec) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return "";
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return spec.bars().get(column).label();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return spec.bars().get(column).valueText();
        }
    }

    /** A category key that keeps two bars with the same label apart. */
    private record Label(int index, String text) implements Comparable<Label> {
        @Override
        public int compareTo(Label other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Writes tick values 1–6 as the water classes Ⅰ…劣Ⅴ. */
    private static final class ClassFormat extends NumberFormat {
        private static final String[] NAMES = {"", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ"};

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return format(Math.round(number), to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(number >= 1 && number <= 6 ? NAMES[(int) number] : "");
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException();
        }
    }
}
