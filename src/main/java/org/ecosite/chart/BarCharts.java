package org.ecosite.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws the horizontal bar charts: {@link BarChart}s and {@link StandardChart}s (figures beside their limits). */
final class BarCharts {

    private final ChartStyle style;

    BarCharts(ChartStyle style) {
        this.style = style;
    }

    JFreeChart bar(BarChart spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < spec.bars().size(); i++) {
            data.addValue(spec.bars().get(i).value(), "figures", new Label(i, spec.bars().get(i).label()));
        }
        BarRenderer bars = new FigureBars(spec.classScale()
                ? column -> Palette.waterClass((int) Math.round(spec.bars().get(column).value())) : null,
                column -> spec.bars().get(column).preliminary(),
                spec.reference().map(BarChart.Reference::value).orElse(Double.NaN));
        styleBars(bars);
        bars.setSeriesPaint(0, Palette.series(0));
        bars.setDefaultItemLabelGenerator(new Labels((row, column) -> spec.bars().get(column).valueText()));
        NumberAxis values = style.valueAxis();
        if (spec.classScale()) {
            values.setRange(0, 6.9);
            values.setNumberFormatOverride(new ChartStyle.ClassFormat());
            values.setTickUnit(new NumberTickUnit(1, new ChartStyle.ClassFormat()));
        } else if (spec.scale() == Scale.PERCENT) {
            style.percentAxis(values, 135);
        } else {
            double max = spec.bars().stream().mapToDouble(BarChart.Bar::value).max().orElse(1);
            double reference = spec.reference().map(BarChart.Reference::value).orElse(0.0);
            values.setRange(0, ChartStyle.niceTop(Math.max(max, reference) * 1.4));
        }
        CategoryPlot plot = categoryPlot(data, bars, values);
        JFreeChart chart = new JFreeChart(null, style.font().title(), plot, false);
        spec.reference().ifPresent(r -> {
            plot.addRangeMarker(ChartStyle.reference(r.value()), Layer.FOREGROUND);
            org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
            items.add(style.referenceItem(r.label()));
            plot.setFixedLegendItems(items);
            chart.addSubtitle(style.legend(plot));
        });
        return chart;
    }

    JFreeChart standard(StandardChart spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double max = 1;
        for (int i = 0; i < spec.items().size(); i++) {
            StandardChart.Item item = spec.items().get(i);
            Label label = new Label(i, item.label());
            data.addValue(item.value(), spec.measuredName(), label);
            data.addValue(item.limit(), spec.limitName(), label);
            max = Math.max(max, Math.max(item.value(), item.limit()));
        }
        BarRenderer bars = new FigureBars(null, column -> spec.items().get(column).preliminary(), Double.NaN);
        styleBars(bars);
        bars.setItemMargin(0.08);
        bars.setSeriesPaint(0, Palette.series(0));
        bars.setSeriesPaint(1, Palette.LIMIT);
        bars.setDefaultItemLabelGenerator(new Labels((row, column) -> row == 0
                ? spec.items().get(column).valueText() : spec.items().get(column).limitText()));
        NumberAxis values = style.valueAxis();
        values.setRange(0, ChartStyle.niceTop(max * 1.55));
        CategoryPlot plot = categoryPlot(data, bars, values);
        JFreeChart chart = new JFreeChart(null, style.font().title(), plot, true);
        style.styled(chart.getLegend(), RectangleEdge.TOP, new RectangleInsets(0, 0, 6, 0));
        return chart;
    }

    private void styleBars(BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.6);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(style.font().figure());
        bars.setDefaultItemLabelPaint(Palette.TEXT);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bars.setItemLabelInsets(new RectangleInsets(5, 5, 5, 5));
    }

    private CategoryPlot categoryPlot(CategoryDataset data, BarRenderer bars, NumberAxis values) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(style.font().text());
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

    /**
     * Bars in their colour, water classes in the class colours with a dark outline; the bar of a
     * preliminary figure pale with a dashed outline, so that the mark is seen as well as read. Each
     * figure keeps clear of the reference line ({@link BarLabels}).
     */
    private static final class FigureBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private static final BasicStroke PRELIMINARY = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
        private final transient IntFunction<Paint> classPaint;
        private final transient IntPredicate preliminary;
        private final double reference;
        /** The plot's data area of the drawing under way: each chart has a renderer of its own. */
        private transient Rectangle2D dataArea;

        /**
         * @param classPaint  the colour of each column's class, or null for bars in the series colours
         * @param preliminary which columns of the first row hold a preliminary figure
         * @param reference   the value of the chart's reference line, NaN without one
         */
        FigureBars(IntFunction<Paint> classPaint, IntPredicate preliminary, double reference) {
            this.classPaint = classPaint;
            this.preliminary = preliminary;
            this.reference = reference;
        }

        @Override
        public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
                                                    int rendererIndex, PlotRenderingInfo info) {
            this.dataArea = dataArea;
            return super.initialise(g2, dataArea, plot, rendererIndex, info);
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            String text = generator.generateLabel(data, row, column);
            if (Double.isNaN(reference) || negative || text == null) {
                super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
                return;
            }
            Font font = getItemLabelFont(row, column);
            double width = g2.getFontMetrics(font).getStringBounds(text, g2).getWidth();
            double line = plot.getRangeAxis().valueToJava2D(reference, dataArea, plot.getRangeAxisEdge());
            double start = bar.getMaxX() + getItemLabelInsets().getLeft();
            double left = BarLabels.left(start, width, line, dataArea.getMaxX());
            if (left == start) {
                super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
            } else if (!Double.isNaN(left)) {
                g2.setFont(font);
                g2.setPaint(getItemLabelPaint(row, column));
                TextUtils.drawAlignedString(text, g2, (float) left, (float) bar.getCenterY(), TextAnchor.CENTER_LEFT);
            }
        }

        private boolean marked(int row, int column) {
            return row == 0 && preliminary.test(column);
        }

        private Paint colour(int row, int column) {
            return classPaint != null ? classPaint.apply(column) : super.getItemPaint(row, column);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Paint paint = colour(row, column);
            return marked(row, column) && paint instanceof Color c ? Palette.pale(c) : paint;
        }

        @Override
        public boolean isDrawBarOutline() {
            return true;
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return classPaint != null ? Palette.TEXT : colour(row, column);
        }

        @Override
        public java.awt.Stroke getItemOutlineStroke(int row, int column) {
            return marked(row, column) ? PRELIMINARY : new BasicStroke(1f);
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
}
