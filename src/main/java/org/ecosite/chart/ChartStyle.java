package org.ecosite.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * What every chart shares: its frame and titles, its value axis, legends, the dashed line of a
 * standard, and how axis numbers are written. Bar and line charts are drawn in this style.
 */
final class ChartStyle {

    private final ChartFont font;
    private final Locale locale;

    ChartStyle(ChartFont font, Locale locale) {
        this.font = font;
        this.locale = locale;
    }

    ChartFont font() {
        return font;
    }

    Locale locale() {
        return locale;
    }

    /** Standards are dashed lines everywhere: a line style, not a colour, tells them from figures. */
    static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    /** The dashed line of a standard, named in the legend rather than on the plot, where it could cover a figure. */
    org.jfree.chart.LegendItem referenceItem(String label) {
        org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(label, null, null, null,
                new java.awt.geom.Line2D.Double(-9, 0, 9, 0), DASHED, Palette.REFERENCE);
        item.setLabelFont(font.text());
        item.setLabelPaint(Palette.TEXT);
        return item;
    }

    LegendTitle legend(org.jfree.chart.LegendItemSource source) {
        return styled(new LegendTitle(source), RectangleEdge.BOTTOM, new RectangleInsets(8, 0, 0, 0));
    }

    /** Every legend alike: the chart's text font and colour, no frame, left-aligned. */
    LegendTitle styled(LegendTitle legend, RectangleEdge edge, RectangleInsets margin) {
        legend.setItemFont(font.text());
        legend.setItemPaint(Palette.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(edge);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setMargin(margin);
        return legend;
    }

    NumberAxis valueAxis() {
        NumberAxis values = new NumberAxis();
        values.setTickLabelFont(font.text());
        values.setTickLabelPaint(Palette.MUTED);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
        return values;
    }

    /** A share from 0 to 100; the axis runs on for the labels, but no tick beyond 100 is written. */
    void percentAxis(NumberAxis values, double top) {
        values.setRange(0, top);
        NumberFormat upTo100 = new CappedFormat(NumberFormat.getNumberInstance(locale), 100);
        values.setNumberFormatOverride(upTo100);
        values.setTickUnit(new NumberTickUnit(20, upTo100));
    }

    static ValueMarker reference(double value) {
        return new ValueMarker(value, Palette.REFERENCE, DASHED);
    }

    static SimpleDateFormat utc(SimpleDateFormat format) {
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format;
    }

    static double millis(LocalDate date) {
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

    void frame(JFreeChart chart, ChartSpec spec) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(12, 12, 12, 14));
        TextTitle title = new TextTitle(spec.title(), font.title());
        title.setPaint(Palette.TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setMaximumLinesToDisplay(2);
        chart.setTitle(title);
        TextTitle subtitle = new TextTitle(spec.subtitle(), font.text());
        subtitle.setPaint(Palette.MUTED);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setMargin(new RectangleInsets(4, 0, 8, 0));
        chart.addSubtitle(0, subtitle);
    }

    /** Writes numbers up to a cap, nothing above it. */
    static final class CappedFormat extends NumberFormat {
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
    static final class ClassFormat extends NumberFormat {
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
