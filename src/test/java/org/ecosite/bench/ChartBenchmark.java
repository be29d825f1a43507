package org.ecosite.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.ecosite.chart.BarChart;
import org.ecosite.chart.ChartFont;
import org.ecosite.chart.ChartFonts;
import org.ecosite.chart.ChartRenderer;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.LineChart;
import org.ecosite.chart.Scale;
import org.ecosite.chart.StandardChart;

/**
 * Prints how many charts per second the renderer draws as SVG and as PNG, for each kind of
 * chart the site makes. A benchmark, not a test: it asserts nothing and runs only with
 * {@code mvn -B -ntp -Pbenchmark test}.
 */
@org.junit.jupiter.api.Tag("benchmark")
class ChartBenchmark {

    @org.junit.jupiter.api.Test
    void chartsPerSecond() throws ChartFonts.Unavailable {
        double seconds = Double.parseDouble(System.getProperty("ecosite.bench.seconds", "3"));
        ChartFont font = ChartFonts.builtIn();
        ChartRenderer renderer = new ChartRenderer(font, Locale.SIMPLIFIED_CHINESE);
        System.out.printf("ecosite chart benchmark: %d cores, Java %s, font %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), font.identity());
        System.out.printf("%-10s %12s %12s %14s%n", "chart", "SVG/s", "PNG/s", "SVG+PNG/s");
        for (ChartSpec spec : specs()) {
            double svg = rate(seconds, i -> renderer.svg(renamed(spec, i)).length());
            double png = rate(seconds, i -> renderer.png(renamed(spec, i)).length);
            double both = rate(seconds, i -> renderer.render(renamed(spec, i)).png().length);
            System.out.printf("%-10s %12.1f %12.1f %14.1f%n", spec.getClass().getSimpleName().replace("Chart", ""),
                    svg, png, both);
        }
    }

    /** Charts per second on one thread, after a warm-up of a third of the time. */
    private static double rate(double seconds, Function<Integer, Integer> draw) {
        long warmUpEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
        int i = 0;
        while (System.nanoTime() < warmUpEnd) {
            draw.apply(i++);
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int n = 0;
        while (System.nanoTime() < end) {
            draw.apply(n++);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** A fresh id each time, so nothing the renderer might keep could make a repeat cheaper. */
    private static ChartSpec renamed(ChartSpec spec, int i) {
        if (spec instanceof BarChart b) {
            return new BarChart("b" + i, b.title(), b.subtitle(), b.bars(), b.scale(), b.reference(), b.description(),
                    b.table());
        }
        if (spec instanceof StandardChart s) {
            return new StandardChart("s" + i, s.title(), s.subtitle(), s.measuredName(), s.limitName(), s.items(),
                    s.description(), s.table());
        }
        LineChart l = (LineChart) spec;
        return new LineChart("l" + i, l.title(), l.subtitle(), l.series(), l.scale(), l.steps(), l.changes(),
                l.description(), l.table());
    }

    private static List<ChartSpec> specs() {
        ChartSpec.DataTable table = new ChartSpec.DataTable("数据", List.of("项目", "数值"), List.of(List.of("a", "1")));
        BarChart bar = new BarChart("bar", "减排指标", "2024年1—5月 · 单位：t", List.of(
                new BarChart.Bar("化学需氧量减排量", 658.17, "658.17 t"), new BarChart.Bar("氨氮减排量", 31.08, "31.08 t"),
                new BarChart.Bar("氮氧化物减排量", 147.7, "147.7 t"), new BarChart.Bar("挥发性有机物减排量", 72, "72 t")),
                Scale.NUMBER, Optional.empty(), "减排指标……", table);
        StandardChart standard = new StandardChart("standard", "空气质量与国家标准", "2024年1—5月 · 实测值与国家标准",
                "实测值", "国家标准", List.of(new StandardChart.Item("PM2.5 平均浓度", 15, "15 μg/m³", 35, "标准 35 μg/m³"),
                new StandardChart.Item("PM10 平均浓度", 42, "42 μg/m³", 70, "标准 70 μg/m³")), "……", table);
        List<LineChart.Series> series = new ArrayList<>();
        for (String region : List.of("甲县", "乙县", "丙县")) {
            List<LineChart.Point> points = new ArrayList<>();
            for (int year = 2019; year <= 2024; year++) {
                double v = 30 + (region.hashCode() % 7) - (year - 2019);
                points.add(new LineChart.Point(LocalDate.of(year, 12, 31), v, Math.round(v) + " μg/m³"));
            }
            series.add(new LineChart.Series(region, points));
        }
        LineChart line = new LineChart("line", "PM2.5 平均浓度变化", "2019—2024年 · 单位：μg/m³", series, Scale.NUMBER,
                List.of(new LineChart.Step(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 2, 28), 35, "国家二级标准 35 μg/m³")),
                List.of(), "……", table);
        return List.of(bar, standard, line);
    }
}
