package org.ecosite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.junit.jupiter.api.Test;

/** Where a line chart's ticks fall and where its figures are written. */
class LineLayoutTest {

    private static Date date(String iso) {
        return new Date((long) ChartStyle.millis(LocalDate.parse(iso)));
    }

    /** Ticks of several months fall on the months periods start at, so each figure stands on the tick naming it. */
    @Test
    void ticksOfSeveralMonthsCountFromJanuary() {
        LineCharts.CalendarAxis axis = new LineCharts.CalendarAxis();
        axis.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        DateTickUnit twoMonths = new DateTickUnit(DateTickUnitType.MONTH, 2);
        DateTickUnit quarters = new DateTickUnit(DateTickUnitType.MONTH, 3);
        DateTickUnit halves = new DateTickUnit(DateTickUnitType.MONTH, 6);
        assertEquals(date("2024-01-01"), axis.previousStandardDate(date("2024-02-15"), twoMonths));
        assertEquals(date("2024-03-01"), axis.previousStandardDate(date("2024-04-30"), twoMonths));
        assertEquals(date("2024-04-01"), axis.previousStandardDate(date("2024-05-15"), quarters));
        assertEquals(date("2024-07-01"), axis.previousStandardDate(date("2024-09-10"), halves));
        assertEquals(date("2024-01-01"), axis.previousStandardDate(date("2024-06-30"), halves));
        // On a tick itself the standard date before it is the tick a unit earlier, as JFreeChart's own.
        assertEquals(date("2023-11-01"), axis.previousStandardDate(date("2024-01-01"), twoMonths));
    }

    /**
     * A falling line of five months: the latest figure, a long one, would be written across the
     * previous marker if above it; it goes below, and it is placed before the figures it would crowd.
     */
    @Test
    void aFigureIsNeverWrittenAcrossALineOrAMarker() {
        double[] values = {48, 42, 31, 24, 19};
        List<LineChart.Point> points = IntStream.range(0, values.length).mapToObj(i -> new LineChart.Point(
                LocalDate.of(2024, i + 1, 1), values[i], (int) values[i] + " μg/m³" + (i == 4 ? "（初步）" : ""),
                i == 4)).toList();
        LineChart spec = new LineChart("trend", "t", "s", List.of(new LineChart.Series("青山县", points)), Scale.NUMBER,
                List.of(new LineChart.Step(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 11, 1), 35, "35")), List.of(),
                "d", new ChartSpec.DataTable("c", List.of(), List.of()));
        double from = ChartStyle.millis(LocalDate.of(2023, 11, 25));
        double to = ChartStyle.millis(LocalDate.of(2024, 7, 7));
        Map<List<Integer>, LineLabels.Place> places = LineLabels.place(spec, from, to, 0, 100, false, Set.of());
        assertEquals(LineLabels.Place.BELOW, places.get(List.of(0, 4)));
        assertEquals(LineLabels.Place.ABOVE, places.get(List.of(0, 0)));
        // The second figure would touch the first's label above and the reference line below.
        assertEquals(LineLabels.Place.NONE, places.get(List.of(0, 1)));
    }
}
