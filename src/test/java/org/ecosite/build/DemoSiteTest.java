package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own demo site (the five seed reports) builds cleanly and shows their figures. */
class DemoSiteTest {

    @TempDir
    static Path temp;
    static Path out;
    static TestSites.Run run;

    /** Built once for the tests of this class, a few days after the newest report, so the site is not stale. */
    @BeforeAll
    static void build() {
        out = temp.resolve("demo");
        run = TestSites.runOn(LocalDate.of(2024, 6, 10), Map.of("LANG", "C.UTF-8"), "build",
                "--source", Path.of("").toAbsolutePath().toString(), "--output", out.toString());
    }

    @Test
    void demoContentBuildsWithoutErrors() throws Exception {
        assertEquals(0, run.exitCode(), run::toString);
        // The demo keeps the seeds' redacted figures and seed 004's impossible 179 good-air days as the sources
        // have them, each acknowledged (withheld, editor_notes): it builds without a single warning.
        List<String> problems = run.err().lines().filter(l -> l.matches("\\S+:\\d+:\\d+: \\w+: .*")).toList();
        assertEquals(List.of(), problems, run::toString);
        assertTrue(run.out().strip().startsWith("已生成 "), run::toString);
        assertFalse(run.out().contains("警告"), run::toString);

        List<Path> reports;
        try (Stream<Path> walk = Files.walk(out.resolve("reports"))) {
            reports = walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> p.getParent().getParent().getFileName().toString().matches("\\d{4}")).toList();
        }
        assertEquals(5, reports.size(), reports.toString());

        Document youyang = TestSites.html(out.resolve("reports/2024/youyang-2024-01-05/index.html"));
        assertEquals("2024年1—5月生态环保工作小结", youyang.selectFirst("h1").text());
        assertEquals("15", youyang.selectFirst("tr[data-indicator=pm25] td.value").attr("data-value"));
        assertEquals("658.17", youyang.selectFirst("tr[data-indicator=cod_reduction] td.value").attr("data-value"));
        assertFalse(youyang.select("figure.chart img").isEmpty());
        assertTrue(youyang.selectFirst(".report-body").text().contains("优良天数达179天"),
                "the text keeps what the source says");
        assertTrue(youyang.select("[data-indicator=good_air_days]").isEmpty(), "the impossible figure is no figure");
        // Redacted figures are shown as withheld, by a word and an accessible name, not as raw stars; a redacted
        // name (*县) is no figure and keeps its star.
        Document redacted = TestSites.html(out.resolve("reports/2021/jiaxian-2021-h1/index.html"));
        String body = redacted.selectFirst(".report-body").text();
        assertTrue(body.contains("空气优良率达到未公开%"), body);
        assertTrue(body.contains("《*县环境保护“一票否决”暂行办法》"), body);
        assertEquals(12, redacted.select(".report-body span.withheld[role=img][aria-label=数字未公开]").size());
        assertFalse(body.matches(".*[*＊]\\s?[%个件月]" + ".*"), body);
        for (String report : List.of("2021/dingxian-2021", "2022/bingxian-2022-h1", "2023/yixian-2023-rectification")) {
            Document page = TestSites.html(out.resolve("reports/" + report + "/index.html"));
            assertFalse(page.select(".report-body span.withheld").isEmpty(), report);
        }
    }

    /** A time axis names each month or year once, whether the series spans weeks (one report) or years. */
    @Test
    void timeAxesNameEachMonthOrYearOnce() throws Exception {
        assertEquals(0, run.exitCode(), run::toString);
        List<Path> trends;
        try (Stream<Path> walk = Files.walk(out.resolve("indicators"))) {
            trends = walk.filter(p -> p.getFileName().toString().matches("trend.*\\.svg")).sorted().toList();
        }
        // The demo's figures are mostly one per span of the year: only the water classes of two half-years trend.
        assertTrue(trends.size() >= 1, trends.toString());
        for (Path trend : trends) {
            List<String> ticks = svgTexts(trend).stream().filter(t -> t.matches("\\d{4}年(\\d{1,2}月)?")).toList();
            assertTrue(ticks.size() >= 2, trend + ": " + ticks);
            assertEquals(ticks.stream().distinct().toList(), ticks, trend + " repeats a tick label");
        }
    }

    /**
     * Two rivers with the same class in the same half-year are both drawn, their shared figure written
     * once; a category's place in brackets is never split by wrapping.
     */
    @Test
    void chartsShowEverySeriesAndKeepBracketsWhole() throws Exception {
        assertEquals(0, run.exitCode(), run::toString);
        List<String> trend = svgTexts(out.resolve("indicators/water_section_class/trend-half.svg"));
        assertTrue(trend.containsAll(List.of("甲县 · 南河", "甲县 · 沮河")), trend.toString());
        assertEquals(2, trend.stream().filter("Ⅱ类"::equals).count(),
                "丙县 once, and 南河 and 沮河 (both Ⅱ类 in 2021) once between them: " + trend);
        List<String> standard = svgTexts(out.resolve("reports/2024/youyang-2024-01-05/standard.svg"));
        assertTrue(standard.containsAll(List.of("PM2.5 平均浓度", "（县城区）")), standard.toString());
    }

    private static List<String> svgTexts(Path svg) {
        return org.jsoup.Jsoup.parse(TestSites.read(svg), "", org.jsoup.parser.Parser.xmlParser()).select("text")
                .eachText();
    }
}
