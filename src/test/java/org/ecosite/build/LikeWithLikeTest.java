package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ecosite.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "valid/indicators" with two annual reports added: half-year and annual figures of one indicator,
 * a January–June figure written as months, a preliminary annual figure. Checks that pages and
 * charts compare like with like and that the marks travel with the figures.
 */
class LikeWithLikeTest {

    @TempDir
    static Path temp;
    static Path out;
    static TestSites.Run run;

    @BeforeAll
    static void build() throws Exception {
        Path site = TestSites.copy("valid/indicators", temp);
        Path reports = site.resolve("content/reports");
        Files.writeString(reports.resolve("a-2023.md"), """
                ---
                title: 甲区2023年环境质量状况
                date: 2024-02-01
                region: 甲区
                period: "2023"
                index_no: "EX/2023-010"
                indicators:
                  - id: pm25
                    value: 31
                  - id: good_air_days
                    value: 290
                ---

                全年情况。
                """);
        Files.writeString(reports.resolve("a-2024.md"), """
                ---
                title: 甲区2024年环境质量状况
                date: 2025-02-01
                region: 甲区
                period: "2024"
                index_no: "EX/2024-010"
                indicators:
                  - id: pm25
                    value: 27
                  - id: good_air_days
                    value: 300
                    status: preliminary
                ---

                全年情况。
                """);
        Files.writeString(reports.resolve("b-2025-h1.md"), """
                ---
                title: 乙县2025年1—6月工作小结
                date: 2025-07-10
                region: 乙县
                period: 2025-01/2025-06
                index_no: "EX/2025-002"
                indicators:
                  - id: good_air_days
                    value: 170
                ---

                上半年情况。
                """);
        // The 2023 PM2.5 given again, corrected, by a later report: the later figure is the one drawn.
        Files.writeString(reports.resolve("a-2023-again.md"), """
                ---
                title: 甲区2023年环境质量状况（更正）
                date: 2024-03-01
                region: 甲区
                period: "2023"
                index_no: "EX/2023-011"
                indicators:
                  - id: pm25
                    value: 30
                ---

                更正后的全年情况。
                """);
        // A second half-year, monthly figures and two cumulative 1—5月 figures: one series per kind.
        Files.writeString(reports.resolve("a-2024-h2.md"), """
                ---
                title: 甲区2024年下半年工作小结
                date: 2025-01-10
                region: 甲区
                period: 2024-H2
                index_no: "EX/2024-011"
                indicators:
                  - id: good_air_days
                    value: 175
                  - id: pm25
                    value: 44
                    period: 2024-12
                  - id: pm25
                    value: 38
                    period: 2024-10
                  - id: pm25
                    value: 41
                    period: 2024-11
                ---

                下半年情况。
                """);
        Files.writeString(reports.resolve("b-2024-01-05.md"), """
                ---
                title: 乙县2024年1—5月工作小结
                date: 2024-06-10
                region: 乙县
                period: 2024-01/2024-05
                index_no: "EX/2024-012"
                indicators:
                  - id: complaints_received
                    value: 40
                ---

                1—5月情况。
                """);
        Files.writeString(reports.resolve("b-2025-01-05.md"), """
                ---
                title: 乙县2025年1—5月工作小结
                date: 2025-06-10
                region: 乙县
                period: 2025-01/2025-05
                index_no: "EX/2025-012"
                indicators:
                  - id: complaints_received
                    value: 35
                  - id: complaints_received
                    value: 7
                    period: 2025-05
                ---

                1—5月情况。
                """);
        out = temp.resolve("public");
        run = TestSites.runOn(IndicatorSiteTest.TODAY, Map.of("LANG", "C.UTF-8"), "build", "--source",
                site.toString(), "--output", out.toString());
    }

    private static Document page(String route) {
        return TestSites.html(out.resolve(route).resolve("index.html"));
    }

    private static org.jsoup.nodes.Document svg(String file) {
        return Jsoup.parse(TestSites.read(out.resolve(file)), "", Parser.xmlParser());
    }

    @Test
    void aYearsDaysAndAHalfYearsDaysNeverShareAnAxis() {
        assertEquals(0, run.exitCode(), run::toString);
        Document doc = page("indicators/good_air_days");
        List<String> trends = doc.select("figure.chart img[src*=/trend]").eachAttr("src");
        assertEquals(2, trends.size(), trends.toString());
        org.jsoup.nodes.Document year = svg("indicators/good_air_days/trend-year.svg");
        assertEquals("优良天数变化（年度）（含初步数据）", year.selectFirst("title").text());
        List<String> yearTexts = year.select("text").eachText();
        assertTrue(yearTexts.containsAll(List.of("290天", "300天（初步）")), yearTexts.toString());
        assertFalse(yearTexts.contains("160天"), yearTexts.toString());
        org.jsoup.nodes.Document half = svg("indicators/good_air_days/trend-half.svg");
        assertEquals("优良天数变化（半年）", half.selectFirst("title").text());
        List<String> halfTexts = half.select("text").eachText();
        // 2025-01/2025-06 is a half-year too, written as months: it is on the half-year chart, as 乙县's
        // line; the second half of 2024 is on 甲区's line with the first halves.
        assertTrue(halfTexts.containsAll(List.of("150天", "160天", "170天", "175天")), halfTexts.toString());
        assertFalse(halfTexts.contains("290天"), halfTexts.toString());
        assertTrue(half.selectFirst("desc").text().contains("乙县：2025年1—6月 170天"), half.selectFirst("desc").text());
    }

    @Test
    void aSpanWithOneFigureIsToldInWordsNotDrawn() {
        Document doc = page("indicators/noise_day");
        assertTrue(doc.select("figure.chart img[src*=/trend]").isEmpty());
        assertEquals("昼间区域环境噪声平均值（半年）只有一个数值：甲区 2024年上半年 53.4 dB(A)，还看不出变化趋势。",
                doc.selectFirst(".chart-single").text());
    }

    @Test
    void monthsAreOneSeriesAndACumulativeSpanComparesWithTheSameMonths() {
        Document pm25 = page("indicators/pm25");
        org.jsoup.nodes.Document months = svg("indicators/pm25/trend-month.svg");
        assertEquals("PM2.5 平均浓度变化（月度）", months.selectFirst("title").text());
        assertTrue(months.selectFirst("desc").text().contains(
                "甲区：2024年10月 38 μg/m³；2024年11月 41 μg/m³；2024年12月 44 μg/m³"),
                months.selectFirst("desc").text());
        assertTrue(pm25.select(".chart-single").isEmpty(), pm25.select(".chart-single").eachText().toString());
        // 1—5月 of 2024 and of 2025 are one series; the single month of May 2025 is told in words,
        // after it in time.
        Document complaints = page("indicators/complaints_received");
        org.jsoup.nodes.Document cumulative = svg("indicators/complaints_received/trend-01-05.svg");
        assertTrue(cumulative.selectFirst("title").text().contains("（1—5月）"), cumulative.selectFirst("title").text());
        assertTrue(cumulative.selectFirst("desc").text().contains("乙县：2024年1—5月 40"),
                cumulative.selectFirst("desc").text());
        List<String> single = complaints.select(".chart-single").eachText();
        assertTrue(single.stream().anyMatch(t -> t.contains("（月度）只有一个数值：乙县 2025年5月 7")), single.toString());
    }

    @Test
    void theAnnualLimitJudgesOnlyAnAnnualMean() {
        Element annual = page("reports/a-2024").selectFirst(".cards li[data-indicator=pm25]");
        assertEquals("达标：低于国家二级标准 35 μg/m³", annual.selectFirst(".card-standard").text());
        Element half = page("reports/a-2024-h1").selectFirst(".cards li[data-indicator=pm25]");
        assertEquals("参考：年均值国家二级标准 35 μg/m³", half.selectFirst(".card-standard").text());
        org.jsoup.nodes.Document pm25 = svg("indicators/pm25/trend-year.svg");
        assertTrue(pm25.selectFirst("desc").text().endsWith("参考线：国家二级标准 35 μg/m³。"),
                pm25.selectFirst("desc").text());
        org.jsoup.nodes.Document halfTrend = svg("indicators/pm25/trend-half.svg");
        assertTrue(halfTrend.select("text").eachText().contains("年均值国家二级标准 35 μg/m³（仅作参考）"),
                halfTrend.select("text").eachText().toString());
    }

    @Test
    void aFigureGivenAgainByALaterReportIsDrawnOnce() {
        org.jsoup.nodes.Document year = svg("indicators/pm25/trend-year.svg");
        String desc = year.selectFirst("desc").text();
        assertTrue(desc.contains("甲区：2023年 30 μg/m³；2024年 27 μg/m³"), desc);
        assertFalse(desc.contains("31 μg/m³"), desc);
        assertFalse(year.select("text").eachText().contains("31 μg/m³"), year.select("text").eachText().toString());
        // The page's table still lists what each report published, with the report.
        List<String> rows = page("indicators/pm25").select(".data-table tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("甲区") && r.selectFirst("td").text().equals("2023年"))
                .map(Element::text).toList();
        assertEquals(2, rows.size(), rows.toString());
    }

    @Test
    void aPreliminaryFigureIsMarkedOnEveryPage() {
        Element card = page("reports/a-2024").selectFirst(".cards li[data-indicator=good_air_days]");
        assertTrue(card.selectFirst(".status-preliminary").text().contains("初步"), card.html());
        Element row = page("reports/a-2024").selectFirst("tr[data-indicator=good_air_days]");
        assertTrue(row.selectFirst(".status-preliminary").text().contains("初步"), row.html());
        Element data = page("indicators/good_air_days").select(".data-table tbody tr").stream()
                .filter(r -> r.text().contains("300")).findFirst().orElseThrow();
        assertTrue(data.text().contains("初步"), data.text());
        String csv = TestSites.read(out.resolve("reports/a-2024/indicators.csv"));
        assertTrue(csv.lines().anyMatch(l -> l.contains("good_air_days") && l.contains("preliminary")), csv);
    }
}
