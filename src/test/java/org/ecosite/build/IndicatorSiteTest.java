package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecosite.output.OutputTestSupport;
import org.ecosite.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds "valid/indicators": two regions, three years of PM2.5 across the 2026-03-01 change of
 * standard, chart blocks in a report and a site-defined indicator. Checks what a reader sees and
 * what a data user downloads.
 */
class IndicatorSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path site;
    static Path out;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        site = TestSites.copy("valid/indicators", temp);
        out = temp.resolve("public");
        run = build(out);
    }

    /** The fixture's newest report is of mid-2026, so it is built as on a day shortly after. */
    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 7, 20);

    private static TestSites.Run build(Path into) {
        return TestSites.runOn(TODAY, Map.of("LANG", "C.UTF-8"), "build", "--source", site.toString(), "--output",
                into.toString());
    }

    private static Document page(String route) {
        return TestSites.html(out.resolve(route).resolve("index.html"));
    }

    private static Element card(Document doc, String indicator) {
        return doc.selectFirst(".cards li[data-indicator=" + indicator + "]");
    }

    @Test
    void builds() {
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    @Test
    void cardsCompareWithTheSamePeriodOfTheYearBeforeAndWithTheStandard() {
        Document doc = page("reports/a-2024-h1");
        Element pm25 = card(doc, "pm25");
        assertEquals("28", pm25.selectFirst(".number").text());
        assertEquals("μg/m³", pm25.selectFirst(".unit").text());
        assertEquals("比2023年上半年下降 2 μg/m³（6.7%），改善", pm25.selectFirst(".card-change").text());
        // A half-year mean is never "达标" against an annual limit: the limit stands beside it as a reference.
        assertEquals("参考：年均值国家二级标准 35 μg/m³", pm25.selectFirst(".card-standard").text());
        assertTrue(pm25.selectFirst(".card-standard").hasClass("reference"));
        assertTrue(pm25.hasClass("trend-improved"));
        Element water = card(doc, "water_section_class");
        assertEquals("Ⅱ类", water.selectFirst(".number").text());
        assertEquals("2023年上半年为Ⅲ类", water.selectFirst(".card-change").text());
        assertEquals("达标：优于Ⅲ类（优良）标准", water.selectFirst(".card-standard").text());
        Element rectified = card(doc, "inspection_rectified");
        assertEquals("9/12", rectified.selectFirst(".number").text());
        assertTrue(rectified.text().contains("初步数据"), rectified.text());
        assertTrue(card(doc, "noise_day").text().contains("昼间区域环境噪声平均值"), "the site's own indicator");
        assertTrue(card(doc, "cod_reduction").select(".card-change").isEmpty(), "no figure a year earlier");

        Element over = card(page("reports/b-2024-h1"), "pm25");
        assertEquals("参考：年均值国家二级标准 35 μg/m³", over.selectFirst(".card-standard").text(),
                "36 beside 35 is no failure either: the standard is of the annual mean");
    }

    @Test
    void theHomePageGivesEachRegionsKeyFiguresAgainstTheStandardAndTheirTrend() {
        Document home = page("");
        Element jia = home.select(".region-summary").stream()
                .filter(e -> e.selectFirst("h3 a").text().equals("甲区")).findFirst().orElseThrow();
        List<String> names = jia.select(".key-figures li > a").eachText();
        assertEquals("细颗粒物（PM2.5）平均浓度", names.get(0), "figures held against a standard come first");
        Element pm25 = jia.selectFirst(".key-figures li");
        assertTrue(pm25.text().contains("29 μg/m³"), pm25.text());
        assertTrue(pm25.text().contains("参考：年均值国家二级标准（过渡期） 30 μg/m³"), pm25.text());
        assertTrue(pm25.select(".key-note.meets, .key-note.fails").isEmpty(), pm25.html());
        assertTrue(jia.selectFirst(".key-source a").attr("href").endsWith("/reports/a-2026-h1/"));
        Element yi = home.select(".region-summary").stream()
                .filter(e -> e.selectFirst("h3 a").text().equals("乙县")).findFirst().orElseThrow();
        assertTrue(!yi.text().contains("未达标") && yi.text().contains("参考：年均值国家二级标准 35 μg/m³"), yi.text());
    }

    @Test
    void standardsAreChosenByTheEndOfEachPeriod() {
        assertEquals("参考：年均值国家二级标准（过渡期） 30 μg/m³",
                card(page("reports/a-2026-h1"), "pm25").selectFirst(".card-standard").text());
        assertTrue(page("reports/a-2023-h1").selectFirst("tr[data-indicator=pm25]").text()
                .contains("GB 3095-2012 二级年均限值 35 μg/m³"));
    }

    @Test
    void theFigureTableEqualsTheFrontMatter() {
        Document doc = page("reports/a-2024-h1");
        List<String[]> expected = List.of(new String[] {"pm25", "28", "μg/m³"}, new String[] {"good_air_days", "160", "天"},
                new String[] {"water_section_class", "Ⅱ", ""}, new String[] {"cod_reduction", "120.5", "t"},
                new String[] {"nh3n_reduction", "10.25", "t"}, new String[] {"noise_day", "53.4", "dB(A)"},
                new String[] {"fines", "85", "万元"}, new String[] {"inspection_rectified", "9/12", "个"});
        List<Element> rows = doc.select(".figures-table tbody tr");
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Element value = rows.get(i).selectFirst("td.value");
            assertEquals(expected.get(i)[0], rows.get(i).attr("data-indicator"));
            assertEquals(expected.get(i)[1], value.attr("data-value"));
            assertEquals(expected.get(i)[2], value.attr("data-unit"));
        }
    }

    @Test
    void reportChartsHaveDescriptionsFromTheData() throws Exception {
        Document doc = page("reports/a-2024-h1");
        Element standard = doc.selectFirst("figure.chart img[src$=/standard.svg]");
        assertEquals("2024年上半年，PM2.5 平均浓度 28 μg/m³；参考：年均值国家二级标准 35 μg/m³。", standard.attr("alt"));
        Element reductions = doc.selectFirst(".figures figure.chart img[src$=/figures-1.svg]");
        assertNotNull(reductions, doc.select("figure.chart img").eachAttr("src").toString());
        org.jsoup.nodes.Document svg = Jsoup.parse(TestSites.read(out.resolve("reports/a-2024-h1/standard.svg")), "",
                Parser.xmlParser());
        assertEquals(standard.attr("alt"), svg.selectFirst("desc").text());
        assertTrue(svg.select("text").eachText().contains("28 μg/m³"), svg.select("text").eachText().toString());
        assertTrue(Files.size(out.resolve("reports/a-2024-h1/standard.png")) > 1000);
    }

    @Test
    void chartBlocksInTheTextBecomeFiguresWithTheirTables() {
        Document doc = page("reports/a-2024-h1");
        Element body = doc.selectFirst(".report-body");
        Element first = body.selectFirst("figure#es-chart-1");
        assertNotNull(first, body.html());
        assertEquals("PM2.5 与国家标准", first.selectFirst(".chart-title").text());
        assertTrue(first.selectFirst("img").attr("alt").startsWith("2024年上半年，PM2.5 平均浓度 28 μg/m³"));
        assertEquals("28 μg/m³", first.select("table tbody tr td").first().text());
        Element bars = body.selectFirst("figure#es-chart-2");
        assertEquals(2, bars.select("table tbody tr").size());
        Element line = body.selectFirst("figure#es-chart-3");
        String alt = line.selectFirst("img").attr("alt");
        assertTrue(alt.contains("2023年上半年 30 μg/m³") && alt.contains("2026年上半年 29 μg/m³"), alt);
        assertTrue(alt.contains("2026-03-01起执行新标准"), alt);
        assertFalse(alt.contains("乙县"), "a line block charts the report's own region");
        for (String id : List.of("chart-1", "chart-2", "chart-3")) {
            assertTrue(Files.isRegularFile(out.resolve("reports/a-2024-h1/" + id + ".svg")), id);
        }
    }

    @Test
    void indicatorPageShowsDefinitionStandardsChartsDataAndDownloads() throws Exception {
        Document doc = page("indicators/pm25");
        assertEquals("细颗粒物（PM2.5）平均浓度", doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst(".summary").text().contains("2.5 微米"));
        List<String> standards = doc.select("section:has(#es-standards) tbody th").eachText();
        assertEquals(List.of("GB 3095-2012 二级年均限值", "GB 3095-2026 过渡期二级年均限值", "GB 3095-2026 二级年均限值",
                "世卫组织 2021 年指导值"), standards);
        List<Element> rows = doc.select(".data-table tbody tr");
        assertEquals(4, rows.size());
        for (Element row : rows) {
            String href = row.selectFirst("a").attr("href");
            assertTrue(Files.isRegularFile(out.resolve(href.substring(1)).resolve("index.html")), href);
        }
        Element trend = doc.selectFirst("figure.chart img[src$=/trend.svg]");
        assertTrue(trend.attr("alt").contains("甲区：2023年上半年 30 μg/m³；2024年上半年 28 μg/m³；2026年上半年 29 μg/m³"),
                trend.attr("alt"));
        assertTrue(trend.attr("alt").contains("2026-03-01起执行新标准（年均值国家二级标准（过渡期） 30 μg/m³（仅作参考））"),
                trend.attr("alt"));
        assertTrue(trend.attr("alt").contains("参考线：年均值国家二级标准 35 μg/m³（仅作参考）"), trend.attr("alt"));
        org.jsoup.nodes.Document svg = Jsoup.parse(TestSites.read(out.resolve("indicators/pm25/trend.svg")), "",
                Parser.xmlParser());
        assertTrue(svg.select("text").eachText().contains("2026-03-01 起执行新标准"), svg.select("text").eachText().toString());
        Element regions = doc.selectFirst("figure.chart img[src$=/regions.svg]");
        assertTrue(regions.attr("alt").contains("甲区 29 μg/m³"), regions.attr("alt"));
        assertEquals(4, doc.select(".downloads-list a").size());
        JsonNode ld = JSON.readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Dataset", ld.get("@type").asText());
        assertEquals("2023-01-01/2026-06-30", ld.get("temporalCoverage").asText());
        assertEquals("https://sthjj.example.gov.cn/indicators/pm25/pm25.csv",
                ld.get("distribution").get(0).get("contentUrl").asText());
    }

    @Test
    void indicatorIndexGroupsByTopic() {
        Document doc = page("indicators");
        List<String> topics = doc.select("main h2").eachText();
        assertTrue(topics.containsAll(List.of("大气", "水", "减排", "声环境", "执法", "督察整改")), topics.toString());
        assertNotNull(doc.selectFirst("a[href=/indicators/noise_day/]"));
    }

    @Test
    void reportPagesCarryReportJsonLd() throws Exception {
        JsonNode ld = JSON.readTree(page("reports/a-2024-h1").selectFirst("script[type=application/ld+json]").data());
        assertEquals("Report", ld.get("@type").asText());
        assertEquals("2024-07-10", ld.get("datePublished").asText());
        assertEquals("EX/2024-001", ld.get("identifier").asText());
        assertEquals("https://sthjj.example.gov.cn/reports/a-2024-h1/", ld.get("url").asText());
    }

    @Test
    void csvAndJsonParseBackToTheFrontMatter() throws Exception {
        byte[] bytes = Files.readAllBytes(out.resolve("data/indicators.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
                "a byte-order mark for Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(13, records.size());
        CSVRecord water = records.stream().filter(r -> r.get("indicator_id").equals("water_section_class")
                && r.get("period").equals("2024-H1")).findFirst().orElseThrow();
        assertEquals("甲区", water.get("region"));
        assertEquals("清河", water.get("location"));
        assertEquals("Ⅱ", water.get("value"), "I–V are published as the class signs");
        assertEquals("2024-01-01", water.get("period_start"));
        assertEquals("2024-06-30", water.get("period_end"));
        assertEquals("https://sthjj.example.gov.cn/reports/a-2024-h1/", water.get("report_url"));
        CSVRecord rectified = records.stream().filter(r -> r.get("indicator_id").equals("inspection_rectified"))
                .findFirst().orElseThrow();
        assertEquals("9/12", rectified.get("value"));
        assertEquals("preliminary", rectified.get("status"));

        JsonNode json = JSON.readTree(out.resolve("data/indicators.json").toFile());
        assertEquals(13, json.get("figures").size());
        JsonNode pm25 = null;
        for (JsonNode f : json.get("figures")) {
            if (f.get("indicator_id").asText().equals("pm25") && f.get("region").asText().equals("乙县")) {
                pm25 = f;
            }
        }
        assertNotNull(pm25);
        assertTrue(pm25.get("value").isNumber());
        assertEquals(36, pm25.get("value").asInt());
        assertEquals("μg/m³", pm25.get("unit").asText());

        List<CSVRecord> own = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(TestSites.read(out.resolve("reports/a-2024-h1/indicators.csv")).substring(1)))
                .getRecords();
        assertEquals(8, own.size());
        assertEquals(4, JSON.readTree(out.resolve("indicators/pm25/pm25.json").toFile()).get("figures").size());
    }

    @Test
    void aSecondBuildReusesEveryChartAndAChangedFigureRedrawsOnlyItsCharts() throws Exception {
        Path again = temp.resolve("again");
        TestSites.Run second = build(again);
        assertTrue(second.out().matches("(?s).*已生成 \\d+ 个页面、(\\d+) 幅图表（新绘 0，复用 \\1）.*"), second::toString);

        Path report = site.resolve("content/reports/b-2024-h1.md");
        TestSites.write(report, TestSites.read(report).replace("value: 36", "value: 34"));
        TestSites.Run third = build(again);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) 幅图表（新绘 (\\d+)，复用 (\\d+)）")
                .matcher(third.out());
        assertTrue(m.find(), third::toString);
        int rendered = Integer.parseInt(m.group(2));
        assertTrue(rendered > 0 && rendered < Integer.parseInt(m.group(1)), third::toString);
        TestSites.write(report, TestSites.read(report).replace("value: 34", "value: 36"));
    }

    @Test
    void chartsAreByteIdenticalWhenDrawnAgainWithoutTheCache() throws Exception {
        Path copy = TestSites.copy("valid/indicators", temp.resolve("fresh"));
        Path first = temp.resolve("fresh-1");
        Path second = temp.resolve("fresh-2");
        Map<String, String> env = Map.of("LANG", "C.UTF-8");
        assertEquals(0, TestSites.runOn(TODAY, env, "build", "--source", copy.toString(), "--output", first.toString())
                .exitCode());
        OutputTestSupport.deleteTree(copy.resolve(".ecosite-cache"));
        TestSites.Run redraw = TestSites.runOn(TODAY, env, "build", "--source", copy.toString(), "--output",
                second.toString());
        assertTrue(redraw.out().contains("复用 0"), redraw::toString);
        Map<String, byte[]> a = TestSites.snapshot(first);
        Map<String, byte[]> b = TestSites.snapshot(second);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file);
        }
    }
}
