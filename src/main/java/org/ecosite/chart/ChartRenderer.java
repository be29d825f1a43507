package org.ecosite.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

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

    /** Standards are dashed lines everywhere: a line style, not a colour, tells them from figures. */
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private final ChartFont font;
    private final Locale locale;
    private final boolean withPng;

    /** @param withPng false to draw SVG only: a PNG costs ten times an SVG */
    public ChartRenderer(ChartFont font, Locale locale, boolean withPng) {
        this.font = font;
        this.locale = locale;
        this.withPng = withPng;
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
        return new RenderedChart(spec, svg(chart, spec, width, height), withPng ? png(chart, width, height)
                : new byte[0], width, height);
    }

    /** The SVG alone, for measuring. */
    public String svg(ChartSpec spec) {
        return svg(chart(spec), spec, width(spec), height(spec));
    }

    /** The PNG alone, for measuring. */
    public byte[] png(ChartSpec spec) {
        return png(chart(spec), width(spec), height(spec));
    }

    private JFreeChart chart(ChartSpec spec) {
        JFreeChart chart;
        if (spec instanceof BarChart bar) {
            chart = bar(bar);
        } else if (spec instanceof StandardChart standard) {
            chart = standard(standard);
        } else {
            chart = line((LineChart) spec);
        }
        frame(chart, spec);
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

    // --- bar charts ---------------------------------------------------------------------------

    private JFreeChart bar(BarChart spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < spec.bars().size(); i++) {
            data.addValue(spec.bars().get(i).value(), "figures", new Label(i, spec.bars().get(i).label()));
        }
        BarRenderer bars = spec.classScale() ? new ClassBars(spec) : new BarRenderer();
        styleBars(bars);
        bars.setSeriesPaint(0, Palette.series(0));
        bars.setDefaultItemLabelGenerator(new Labels((row, column) -> spec.bars().get(column).valueText()));
        NumberAxis values = valueAxis();
        if (spec.classScale()) {
            values.setRange(0, 6.9);
            values.setNumberFormatOverride(new ClassFormat());
            values.setTickUnit(new NumberTickUnit(1, new ClassFormat()));
        } else if (spec.scale() == Scale.PERCENT) {
            percentAxis(values, 135);
        } else {
            double max = spec.bars().stream().mapToDouble(BarChart.Bar::value).max().orElse(1);
            double reference = spec.reference().map(BarChart.Reference::value).orElse(0.0);
            values.setRange(0, niceTop(Math.max(max, reference) * 1.4));
        }
        CategoryPlot plot = categoryPlot(data, bars, values);
        JFreeChart chart = new JFreeChart(null, font.bold(18), plot, false);
        spec.reference().ifPresent(r -> {
            plot.addRangeMarker(reference(r.value()), Layer.FOREGROUND);
            org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
            items.add(referenceItem(r.label()));
            plot.setFixedLegendItems(items);
            chart.addSubtitle(legend(plot));
        });
        return chart;
    }

    /** The dashed line of a standard, named in the legend rather than on the plot, where it could cover a figure. */
    private org.jfree.chart.LegendItem referenceItem(String label) {
        org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(label, null, null, null,
                new java.awt.geom.Line2D.Double(-9, 0, 9, 0), DASHED, Palette.REFERENCE);
        item.setLabelFont(font.plain(14));
        item.setLabelPaint(Palette.TEXT);
        return item;
    }

    private LegendTitle legend(org.jfree.chart.LegendItemSource source) {
        return styled(new LegendTitle(source), RectangleEdge.BOTTOM, new RectangleInsets(8, 0, 0, 0));
    }

    /** Every legend alike: the chart's text font and colour, no frame, left-aligned. */
    private LegendTitle styled(LegendTitle legend, RectangleEdge edge, RectangleInsets margin) {
        legend.setItemFont(font.plain(14));
        legend.setItemPaint(Palette.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(edge);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setMargin(margin);
        return legend;
    }

    private JFreeChart standard(StandardChart spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double max = 1;
        for (int i = 0; i < spec.items().size(); i++) {
            StandardChart.Item item = spec.items().get(i);
            Label label = new Label(i, item.label());
            data.addValue(item.value(), spec.measuredName(), label);
            data.addValue(item.limit(), spec.limitName(), label);
            max = Math.max(max, Math.max(item.value(), item.limit()));
        }
        BarRenderer bars = new BarRenderer();
        styleBars(bars);
        bars.setItemMargin(0.08);
        bars.setSeriesPaint(0, Palette.series(0));
        bars.setSeriesPaint(1, Palette.LIMIT);
        bars.setDefaultItemLabelGenerator(new Labels((row, column) -> row == 0
                ? spec.items().get(column).valueText() : spec.items().get(column).limitText()));
        NumberAxis values = valueAxis();
        values.setRange(0, niceTop(max * 1.55));
        CategoryPlot plot = categoryPlot(data, bars, values);
        JFreeChart chart = new JFreeChart(null, font.bold(18), plot, true);
        styled(chart.getLegend(), RectangleEdge.TOP, new RectangleInsets(0, 0, 6, 0));
        return chart;
    }

    private void styleBars(BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.6);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font.bold(15));
        bars.setDefaultItemLabelPaint(Palette.TEXT);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bars.setItemLabelInsets(new RectangleInsets(5, 5, 5, 5));
    }

    private CategoryPlot categoryPlot(CategoryDataset data, BarRenderer bars, NumberAxis values) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(font.plain(15));
        categories.setTickLabelPaint(Palette.TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.42f);
        categories.setMaximumCategoryLabelLines(3);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.28);
        categories.setLowerMargin(0.04);
        categories.setUpperMargin(0.04);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(2, 2, 2, 10));
        return plot;
    }

    private NumberAxis valueAxis() {
        NumberAxis values = new NumberAxis();
        values.setTickLabelFont(font.plain(14));
        values.setTickLabelPaint(Palette.MUTED);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
        return values;
    }

    /** A share from 0 to 100; the axis runs on for the labels, but no tick beyond 100 is written. */
    private void percentAxis(NumberAxis values, double top) {
        values.setRange(0, top);
        NumberFormat upTo100 = new CappedFormat(NumberFormat.getNumberInstance(locale), 100);
        values.setNumberFormatOverride(upTo100);
        values.setTickUnit(new NumberTickUnit(20, upTo100));
    }

    private static ValueMarker reference(double value) {
        return new ValueMarker(value, Palette.REFERENCE, DASHED);
    }

    // --- line charts --------------------------------------------------------------------------

    private JFreeChart line(LineChart spec) {
        LocalDate first = spec.series().stream().flatMap(s -> s.points().stream()).map(LineChart.Point::date)
                .min(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
        LocalDate last = spec.series().stream().flatMap(s -> s.points().stream()).map(LineChart.Point::date)
                .max(LocalDate::compareTo).orElse(first);
        for (LineChart.Change c : spec.changes()) {
            first = c.date().isBefore(first) ? c.date() : first;
            last = c.date().isAfter(last) ? c.date() : last;
        }
        long span = Math.max(last.toEpochDay() - first.toEpochDay(), 180);

        XYSeriesCollection data = new XYSeriesCollection();
        double max = 0;
        // Two series with the same figure on the same date (two rivers both Ⅱ类 in one half-year) would
        // draw one marker over the other: each later one stands a marker's width to the right, so every
        // series shows, and the figure is written once, above the first.
        double aside = span * 86_400_000.0 / 25;
        Map<String, Integer> drawn = new HashMap<>();
        Set<List<Integer>> repeats = new HashSet<>();
        for (int i = 0; i < spec.series().size(); i++) {
            LineChart.Series s = spec.series().get(i);
            XYSeries series = new XYSeries(s.name(), false, true);
            for (int j = 0; j < s.points().size(); j++) {
                LineChart.Point p = s.points().get(j);
                int before = drawn.merge(p.date() + "|" + p.value(), 1, Integer::sum) - 1;
                if (before > 0) {
                    repeats.add(List.of(i, j));
                }
                series.add(millis(p.date()) + before * aside, p.value());
                max = Math.max(max, p.value());
            }
            data.addSeries(series);
        }
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < spec.series().size(); i++) {
            lines.setSeriesPaint(i, Palette.series(i));
            lines.setSeriesShape(i, Palette.marker(i));
            lines.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        lines.setDefaultItemLabelsVisible(true);
        lines.setDefaultItemLabelFont(font.bold(14));
        lines.setDefaultItemLabelPaint(Palette.TEXT);
        lines.setDefaultItemLabelGenerator((dataset, series, item) -> repeats.contains(List.of(series, item))
                ? null : spec.series().get(series).points().get(item).valueText());
        lines.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));

        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setLocale(locale);
        boolean chinese = locale.getLanguage().equals("zh");
        SimpleDateFormat month = utc(new SimpleDateFormat(chinese ? "yyyy年M月" : "MMM yyyy", locale));
        SimpleDateFormat year = utc(new SimpleDateFormat(chinese ? "yyyy年" : "yyyy", locale));
        // Ticks a month apart at least, since labels name months (half-month ticks would repeat them);
        // ticks a year or more apart name the year alone.
        TickUnits units = new TickUnits();
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, month));
        }
        for (int years : new int[] {1, 2, 5, 10, 20, 50}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, year));
        }
        time.setStandardTickUnits(units);
        time.setTickLabelFont(font.plain(13));
        time.setTickLabelPaint(Palette.MUTED);
        // Some air on each side, more where the figures spread wider.
        time.setRange(millis(first.minusDays(span / 5)), millis(last.plusDays(span / 5)));

        NumberAxis values = valueAxis();
        if (spec.classScale()) {
            values.setRange(0.5, 6.5);
            values.setInverted(true);
            values.setNumberFormatOverride(new ClassFormat());
            values.setTickUnit(new NumberTickUnit(1, new ClassFormat()));
        } else if (spec.scale() == Scale.PERCENT) {
            percentAxis(values, 112);
        } else {
            for (LineChart.Step step : spec.steps()) {
                max = Math.max(max, step.value());
            }
            values.setRange(0, niceTop(max * 1.3));
        }

        XYPlot plot = new XYPlot(data, time, values, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));

        for (int i = 0; i < spec.steps().size(); i++) {
            LineChart.Step step = spec.steps().get(i);
            XYSeriesCollection stepData = new XYSeriesCollection();
            XYSeries s = new XYSeries(step.label(), false, true);
            s.add(millis(step.from()), step.value());
            s.add(millis(step.to()), step.value());
            stepData.addSeries(s);
            XYLineAndShapeRenderer stepLine = new XYLineAndShapeRenderer(true, false);
            stepLine.setSeriesPaint(0, Palette.REFERENCE);
            stepLine.setSeriesStroke(0, DASHED);
            plot.setDataset(i + 1, stepData);
            plot.setRenderer(i + 1, stepLine);
        }
        for (LineChart.Change change : spec.changes()) {
            ValueMarker marker = new ValueMarker(millis(change.date()), Palette.MUTED, new BasicStroke(1.5f));
            marker.setLabel(change.label());
            marker.setLabelFont(font.plain(13));
            marker.setLabelPaint(Palette.TEXT);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            plot.addDomainMarker(marker);
        }
        // Lines are named in a legend that shows each line's own marker shape as well as its colour.
        JFreeChart chart = new JFreeChart(null, font.bold(18), plot, false);
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        for (int i = 0; i < spec.series().size(); i++) {
            org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(spec.series().get(i).name(), null, null,
                    null, Palette.marker(i), Palette.series(i));
            item.setLabelFont(font.plain(14));
            item.setLabelPaint(Palette.TEXT);
            items.add(item);
        }
        // Standards are named in the legend too, as dashed lines: no label on the plot to collide with figures.
        for (LineChart.Step step : spec.steps()) {
            items.add(referenceItem(step.label()));
        }
        plot.setFixedLegendItems(items);
        chart.addSubtitle(legend(plot));
        return chart;
    }

    private static SimpleDateFormat utc(SimpleDateFormat format) {
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format;
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A round axis end above {@code value}: 1, 2 or 5 times a power of ten. */
    static double niceTop(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    // --- frame, SVG and PNG -------------------------------------------------------------------

    private void frame(JFreeChart chart, ChartSpec spec) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(12, 12, 12, 14));
        TextTitle title = new TextTitle(spec.title(), font.bold(18));
        title.setPaint(Palette.TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setMaximumLinesToDisplay(2);
        chart.setTitle(title);
        TextTitle subtitle = new TextTitle(spec.subtitle(), font.plain(14));
        subtitle.setPaint(Palette.MUTED);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setMargin(new RectangleInsets(4, 0, 8, 0));
        chart.addSubtitle(0, subtitle);
    }

    private String svg(JFreeChart chart, ChartSpec spec, int width, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix(spec.id() + "-");
        svg.setFontFunction(this::cssFamilies);
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
    private String cssFamilies(String family) {
        if (!family.equals(font.base().getFamily())) {
            throw new IllegalStateException("chart text set in " + family + ", not in the chart font "
                    + font.base().getFamily());
        }
        return ChartFont.CSS_FAMILIES;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(2, 2);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
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

    // --- small parts --------------------------------------------------------------------------

    /** The text at the end of each bar, from the spec rather than from the number. */
    private record Labels(java.util.function.BiFunction<Integer, Integer, String> text)
            implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return String.valueOf(dataset.getRowKey(row));
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return String.valueOf(dataset.getColumnKey(column));
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return text.apply(row, column);
        }
    }

    /** Bars of water classes in the class colours, each with a dark outline. */
    private static final class ClassBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient BarChart spec;

        ClassBars(BarChart spec) {
            this.spec = spec;
            setDrawBarOutline(true);
            setDefaultOutlinePaint(Palette.TEXT);
            setDefaultOutlineStroke(new BasicStroke(1f));
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return Palette.waterClass((int) Math.round(spec.bars().get(column).value()));
        }

        @Override
        public boolean isDrawBarOutline() {
            return true;
        }
    }

    /** A category key that keeps two bars with the same label apart. */
    private record Label(int index, String text) implements Comparable<Label> {
        @Override
        public int compareTo(Label other) {
            return Integer.compare(index, other.index);
        }

        /**
         * What the axis shows: a place or note in brackets on a line of its own, so that wrapping never
         * splits it (PM2.5 平均浓度 / （县城区）, not PM2.5 平均浓度（县城 / 区）).
         */
        @Override
        public String toString() {
            int bracket = text.indexOf('（');
            if (bracket < 0) {
                bracket = text.indexOf(" (");
            }
            return bracket > 0 ? text.substring(0, bracket).stripTrailing() + "\n" + text.substring(bracket).strip()
                    : text;
        }
    }

    /** Writes numbers up to a cap, nothing above it. */
    private static final class CappedFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final NumberFormat inner;
        private final double cap;

        CappedFormat(NumberFormat inner, double cap) {
            this.inner = inner;
            this.cap = cap;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return number > cap + 1e-9 ? to : inner.format(number, to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("axis numbers are only written");
        }
    }

    /** Writes tick values 1–6 as the water classes Ⅰ…劣Ⅴ. */
    private static final class ClassFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private static final String[] NAMES = {"", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ"};

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return format(Math.round(number), to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(number >= 1 && number <= 6 && Math.abs(number) == number ? NAMES[(int) number] : "");
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("class names are only written");
        }
    }
}
