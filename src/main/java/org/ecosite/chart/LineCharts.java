package org.ecosite.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws {@link LineChart}s: figures over time, one line per series, standards as dashed steps. */
final class LineCharts {

    /**
     * A time axis whose ticks of several months fall on the months periods start at: January, March,
     * May two-monthly; January, April, July, October quarterly; January and July half-yearly.
     * JFreeChart counts them from December (February, April; March, June), so a first-quarter figure
     * would sit between two ticks instead of on the one naming it.
     */
    static final class CalendarAxis extends DateAxis {
        private static final long serialVersionUID = 1L;

        @Override
        protected Date previousStandardDate(Date date, DateTickUnit unit) {
            if (unit.getUnitType() != DateTickUnitType.MONTH) {
                return super.previousStandardDate(date, unit);
            }
            int count = unit.getMultiple();
            LocalDate day = Instant.ofEpochMilli(date.getTime()).atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate tick = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / count * count + 1);
            // The standard date strictly before the given one, as JFreeChart's own.
            if (ChartStyle.millis(tick) >= date.getTime()) {
                tick = tick.minusMonths(count);
            }
            return new Date((long) ChartStyle.millis(tick));
        }
    }

    private final ChartStyle style;

    LineCharts(ChartStyle style) {
        this.style = style;
    }

    JFreeChart line(LineChart spec) {
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
                series.add(ChartStyle.millis(p.date()) + before * aside, p.value());
                max = Math.max(max, p.value());
            }
            data.addSeries(series);
        }
        // Where each figure is written is decided once the axes are known (below).
        Map<List<Integer>, LineLabels.Place> places = new HashMap<>();
        // A preliminary figure's marker is hollow: the mark is seen as well as read in its label.
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return !spec.series().get(series).points().get(item).preliminary();
            }

            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                return places.get(List.of(series, item)) == LineLabels.Place.BELOW
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER)
                        : super.getPositiveItemLabelPosition(series, item);
            }
        };
        lines.setDrawOutlines(true);
        lines.setUseOutlinePaint(false);
        for (int i = 0; i < spec.series().size(); i++) {
            lines.setSeriesPaint(i, Palette.series(i));
            lines.setSeriesShape(i, Palette.marker(i));
            lines.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        lines.setDefaultItemLabelsVisible(true);
        lines.setDefaultItemLabelFont(style.font().figure());
        lines.setDefaultItemLabelPaint(Palette.TEXT);
        lines.setDefaultItemLabelGenerator((dataset, series, item) -> places.getOrDefault(List.of(series, item),
                LineLabels.Place.NONE) == LineLabels.Place.NONE
                ? null : spec.series().get(series).points().get(item).valueText());
        lines.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));

        DateAxis time = new CalendarAxis();
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setLocale(style.locale());
        boolean chinese = style.locale().getLanguage().equals("zh");
        SimpleDateFormat month = ChartStyle.utc(new SimpleDateFormat(chinese ? "yyyy年M月" : "MMM yyyy", style.locale()));
        SimpleDateFormat year = ChartStyle.utc(new SimpleDateFormat(chinese ? "yyyy年" : "yyyy", style.locale()));
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
        time.setTickLabelFont(style.font().text());
        time.setTickLabelPaint(Palette.MUTED);
        // Some air on each side, more where the figures spread wider.
        time.setRange(ChartStyle.millis(first.minusDays(span / 5)), ChartStyle.millis(last.plusDays(span / 5)));

        NumberAxis values = style.valueAxis();
        if (spec.classScale()) {
            values.setRange(0.5, 6.5);
            values.setInverted(true);
            values.setNumberFormatOverride(new ChartStyle.ClassFormat());
            values.setTickUnit(new NumberTickUnit(1, new ChartStyle.ClassFormat()));
        } else if (spec.scale() == Scale.PERCENT) {
            style.percentAxis(values, 112);
        } else {
            for (LineChart.Step step : spec.steps()) {
                max = Math.max(max, step.value());
            }
            values.setRange(0, ChartStyle.niceTop(max * 1.3));
        }

        places.putAll(LineLabels.place(spec, time.getLowerBound(), time.getUpperBound(), values.getLowerBound(),
                values.getUpperBound(), values.isInverted(), repeats));

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
            s.add(ChartStyle.millis(step.from()), step.value());
            s.add(ChartStyle.millis(step.to()), step.value());
            stepData.addSeries(s);
            XYLineAndShapeRenderer stepLine = new XYLineAndShapeRenderer(true, false);
            stepLine.setSeriesPaint(0, Palette.REFERENCE);
            stepLine.setSeriesStroke(0, ChartStyle.DASHED);
            plot.setDataset(i + 1, stepData);
            plot.setRenderer(i + 1, stepLine);
        }
        for (LineChart.Change change : spec.changes()) {
            ValueMarker marker = new ValueMarker(ChartStyle.millis(change.date()), Palette.MUTED, new BasicStroke(1.5f));
            marker.setLabel(change.label());
            marker.setLabelFont(style.font().text());
            marker.setLabelPaint(Palette.TEXT);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            plot.addDomainMarker(marker);
        }
        // Lines are named in a legend that shows each line's own marker shape as well as its colour.
        JFreeChart chart = new JFreeChart(null, style.font().title(), plot, false);
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        for (int i = 0; i < spec.series().size(); i++) {
            org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(spec.series().get(i).name(), null, null,
                    null, Palette.marker(i), Palette.series(i));
            item.setLabelFont(style.font().text());
            item.setLabelPaint(Palette.TEXT);
            items.add(item);
        }
        // Standards are named in the legend too, as dashed lines: no label on the plot to collide with figures.
        for (LineChart.Step step : spec.steps()) {
            items.add(style.referenceItem(step.label()));
        }
        plot.setFixedLegendItems(items);
        chart.addSubtitle(style.legend(plot));
        return chart;
    }
}
