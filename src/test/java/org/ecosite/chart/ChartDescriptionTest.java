package org.ecosite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.config.Language;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.CatalogLoader;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Period;
import org.ecosite.indicator.Status;
import org.ecosite.indicator.Value;
import org.junit.jupiter.api.Test;

/** The text alternatives of charts, written from the figures in the page's language. */
class ChartDescriptionTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private static Observation figure(String id, String value, String period) {
        Value v = id.equals("water_section_class") ? new Value.WaterClass(Integer.parseInt(value))
                : new Value.Quantity(new BigDecimal(value));
        return new Observation(CATALOG.find(id).orElseThrow(), v, Period.parse(period).orElseThrow(),
                Optional.empty(), Status.FINAL, Optional.empty(), Optional.empty(), Optional.empty(), Position.START);
    }

    @Test
    void airFiguresAreComparedWithTheStandardInForce() {
        List<ChartSpec> zh = new ReportCharts(Language.ZH_CN).plan(List.of(figure("pm25", "15", "2024-01/2024-05")));
        assertEquals("2024年1—5月，PM2.5 平均浓度 15 μg/m³，低于国家二级标准 35 μg/m³。", zh.get(0).description());
        List<ChartSpec> en = new ReportCharts(Language.EN).plan(List.of(figure("pm25", "15", "2024-01/2024-05")));
        assertEquals("Jan–May 2024: PM2.5 15 μg/m³, below the national Grade II standard of 35 μg/m³.",
                en.get(0).description());
        List<ChartSpec> after = new ReportCharts(Language.ZH_CN).plan(List.of(figure("pm25", "32", "2026-H1")));
        assertEquals("2026年上半年，PM2.5 平均浓度 32 μg/m³，高于国家二级标准（过渡期） 30 μg/m³。",
                after.get(0).description());
    }

    @Test
    void comparableFiguresShareABarChartWithEveryFigureInWords() {
        List<ChartSpec> charts = new ReportCharts(Language.ZH_CN).plan(List.of(
                figure("cod_reduction", "658.17", "2024-01/2024-05"), figure("nh3n_reduction", "31.08", "2024-01/2024-05"),
                figure("nox_reduction", "147.7", "2024-01/2024-05"), figure("vocs_reduction", "72", "2024-01/2024-05")));
        assertEquals(1, charts.size());
        BarChart bars = (BarChart) charts.get(0);
        assertEquals("减排指标，2024年1—5月：化学需氧量减排量 658.17 t；氨氮减排量 31.08 t；氮氧化物减排量 147.7 t；"
                + "挥发性有机物减排量 72 t。", bars.description());
        assertEquals(4, bars.table().rows().size());
        assertEquals(List.of("化学需氧量减排量", "658.17 t", "2024年1—5月", "审核后"), bars.table().rows().get(0));
    }

    @Test
    void everyReportWithFiguresGetsAChart() {
        assertEquals(1, new ReportCharts(Language.ZH_CN).plan(List.of(figure("fines", "85", "2024"))).size());
        assertTrue(new ReportCharts(Language.ZH_CN).plan(List.of()).isEmpty());
    }
}
