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
        List<ChartSpec> zh = new ReportCharts(Language.ZH_CN).plan(List.of(figure("pm25", "15", "2024")));
        assertEquals("2024年，PM2.5 平均浓度 15 μg/m³，低于国家二级标准 35 μg/m³。", zh.get(0).description());
        List<ChartSpec> en = new ReportCharts(Language.EN).plan(List.of(figure("pm25", "15", "2024-01/2024-12")));
        assertEquals("Jan–Dec 2024: PM2.5 15 μg/m³, below the national Grade II standard of 35 μg/m³.",
                en.get(0).description());
        List<ChartSpec> after = new ReportCharts(Language.ZH_CN).plan(List.of(figure("pm25", "32", "2027")));
        assertEquals("2027年，PM2.5 平均浓度 32 μg/m³，高于国家二级标准（过渡期） 30 μg/m³。",
                after.get(0).description());
    }

    /** GB 3095's annual limit applies to an annual mean; a mean of January–May is held against it for reference only. */
    @Test
    void aShorterMeanIsComparedWithTheAnnualLimitOnlyForReference() {
        StandardChart zh = (StandardChart) new ReportCharts(Language.ZH_CN)
                .plan(List.of(figure("pm25", "15", "2024-01/2024-05"))).get(0);
        assertEquals("2024年1—5月，PM2.5 平均浓度 15 μg/m³；参考：年均值国家二级标准 35 μg/m³。", zh.description());
        assertEquals("2024年1—5月 · 实测值，年均值标准仅作参考", zh.subtitle());
        assertEquals("年均值标准（参考）", zh.limitName());
        assertEquals("参考 35 μg/m³", zh.items().get(0).limitText());
        assertEquals("参考：GB 3095-2012 二级年均限值 35 μg/m³", zh.table().rows().get(0).get(2));
        StandardChart en = (StandardChart) new ReportCharts(Language.EN)
                .plan(List.of(figure("pm25", "40", "2024-H1"))).get(0);
        assertEquals("H1 2024: PM2.5 40 μg/m³; for reference: the annual-mean the national Grade II standard, 35 μg/m³.",
                en.description());
    }

    /** A preliminary figure carries its mark in the chart's title, labels, description and table. */
    @Test
    void preliminaryFiguresAreMarkedInEveryPartOfAChart() throws Exception {
        Observation o = new Observation(CATALOG.find("fines").orElseThrow(), new Value.Quantity(new BigDecimal("85")),
                Period.parse("2024").orElseThrow(), Optional.empty(), Status.PRELIMINARY, Optional.empty(),
                Optional.empty(), Optional.empty(), Position.START);
        BarChart bars = (BarChart) new ReportCharts(Language.ZH_CN).plan(List.of(o)).get(0);
        assertTrue(bars.title().endsWith("（含初步数据）"), bars.title());
        assertEquals("85万元（初步）", bars.bars().get(0).valueText());
        assertTrue(bars.bars().get(0).preliminary());
        assertTrue(bars.description().contains("85万元（初步）"), bars.description());
        assertEquals("初步", bars.table().rows().get(0).get(3));
        String svg = new ChartRenderer(ChartFonts.builtIn(),
                java.util.Locale.SIMPLIFIED_CHINESE, false).svg(bars);
        assertTrue(svg.contains("（含初步数据）</title>") && svg.contains("85万元（初步）。</desc>"), svg);
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
