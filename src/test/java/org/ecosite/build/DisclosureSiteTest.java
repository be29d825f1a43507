package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds "valid/kinds": a report, two penalty decisions (one on time only because of the 中秋 holiday,
 * counted with the 调休 Saturday; one late) and an EIA project through its three stages, and reads the
 * pages, lists, feed, sitemap, search index and open data a reader and a program would.
 */
class DisclosureSiteTest {

    /** After every date of the fixture, so no date is in the future. */
    static final LocalDate TODAY = LocalDate.of(2024, 10, 8);
    private static final Map<String, String> ENV = Map.of("LANG", "C.UTF-8");

    @TempDir
    static Path temp;
    static Path site;
    static Path out;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        site = TestSites.copy("valid/kinds", temp);
        out = temp.resolve("public");
        run = TestSites.runOn(TODAY, ENV, "build", "--source", site.toString(), "--output", out.toString());
    }

    private static Document page(String route) {
        return TestSites.html(out.resolve(route).resolve("index.html"));
    }

    private static Map<String, String> fields(Document doc, String selector) {
        return doc.select(selector + " > div").stream().collect(Collectors.toMap(d -> d.selectFirst("dt").text(),
                d -> d.selectFirst("dd").text()));
    }

    @Test
    void warnsOnlyOfTheLateDecisionAtItsDate() {
        assertEquals(0, run.exitCode(), run::toString);
        List<String> warnings = run.err().lines().filter(l -> l.contains(": warning: ")).toList();
        assertEquals(List.of("content/penalties/2024/wang.md:4:7: warning: 超过 7 个工作日：决定后第 13 个工作日才公开"),
                warnings, run::toString);
        assertTrue(run.err().contains("国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）"), run::toString);
    }

    @Test
    void aStrictBuildRefusesTheLateDecision() {
        TestSites.Run strict = TestSites.runOn(TODAY, ENV, "build", "--strict", "--source", site.toString(), "--output",
                temp.resolve("strict").toString());
        assertEquals(1, strict.exitCode(), strict::toString);
        assertFalse(Files.exists(temp.resolve("strict/index.html")));
    }

    @Test
    void aPenaltyPageShowsTheDecisionAsDoublePublicityListsIt() {
        Document doc = page("penalties/2024/qinghe-chemical");
        assertEquals("测试县清河化工有限公司行政处罚决定书", doc.selectFirst("h1").text());
        Map<String, String> decision = fields(doc, ".decision dl");
        assertEquals("测环罚〔2024〕15号", decision.get("决定书文号"));
        assertEquals("测试县清河化工有限公司（法人或其他组织）", decision.get("当事人"));
        assertEquals("91509999MA5U0A1B2P", decision.get("统一社会信用代码"));
        assertEquals("《中华人民共和国水污染防治法》第八十三条第二项", decision.get("处罚依据"));
        assertEquals("20 万元", decision.get("罚款金额"));
        assertEquals("2024年9月12日", decision.get("决定日期"));
        assertEquals("测试县生态环境局", decision.get("处罚机关"));
        assertEquals("2024年9月24日", fields(doc, ".disclosure dl").get("发布日期"));
        assertNotNull(doc.selectFirst("#es-full-text"));
        assertEquals("2024-09-24", doc.selectFirst("meta[name=PubDate]").attr("content"));
    }

    @Test
    void aPersonIsNamedMaskedAndWithoutACode() {
        Document doc = page("penalties/2024/wang");
        Map<String, String> decision = fields(doc, ".decision dl");
        assertEquals("王某（自然人）", decision.get("当事人"));
        assertFalse(decision.containsKey("统一社会信用代码"));
        assertEquals("0.05 万元", decision.get("罚款金额"));
        assertTrue(doc.select("#es-full-text").isEmpty(), "no body, no empty section");
    }

    @Test
    void anEiaPageShowsItsStagesInOrderAndLinksTheReportWithItsSize() {
        Document doc = page("eia/2024/paper-mill");
        Map<String, String> project = fields(doc, ".project dl");
        assertEquals("测试县造纸有限公司", project.get("建设单位"));
        List<String> stages = doc.select("ol.timeline > li .stage-name").eachText();
        assertEquals(List.of("受理公示", "拟批准公示", "审批决定（批复）"), stages);
        assertEquals("公示期：2024年9月12日至2024年9月19日", doc.selectFirst(".stage-proposed .stage-date").text());
        assertEquals("批复文号：测环审〔2024〕3号", doc.selectFirst(".stage-approved .stage-doc").text());
        Element pdf = doc.selectFirst(".attachment a");
        assertEquals("/sthjj/xxgk/eia/2024/report.pdf", pdf.attr("href"));
        assertEquals("环境影响报告书全本", pdf.text());
        assertEquals("（PDF，1 KB）", doc.selectFirst(".attachment .file-size").text());
        assertTrue(Files.isRegularFile(out.resolve("eia/2024/report.pdf")));
    }

    @Test
    void eachKindHasItsDatedListNewestFirst() {
        Document list = page("penalties");
        assertEquals("行政处罚决定", list.selectFirst("h1").text());
        List<String> dates = list.select("main time").eachAttr("datetime");
        assertEquals(List.of("2024-09-24", "2024-05-22"), dates);
        assertTrue(Files.isRegularFile(out.resolve("eia/index.html")));
    }

    @Test
    void searchFeedAndSitemapKnowEveryKind() {
        String manifest = TestSites.read(out.resolve("search/index.json"));
        assertTrue(manifest.contains("penalties/2024/qinghe-chemical/"), manifest);
        assertTrue(manifest.contains("eia/2024/paper-mill/"), manifest);
        String feed = TestSites.read(out.resolve("feed.xml"));
        assertTrue(feed.contains("测试县清河化工有限公司行政处罚决定书"));
        assertTrue(feed.contains("测试县造纸厂技术改造项目环境影响评价审批"));
        String sitemap = TestSites.read(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("https://www.example.gov.cn/sthjj/xxgk/penalties/2024/wang/"));
        assertTrue(sitemap.contains("https://www.example.gov.cn/sthjj/xxgk/eia/2024/paper-mill/"));
    }

    @Test
    void theCatalogueHasARowPerKindAndTheSitesOwnRows() {
        Document doc = page("catalog");
        assertEquals("主动公开目录", doc.selectFirst("h1").text());
        List<String> header = doc.select(".catalog-table thead th").eachText();
        assertEquals(List.of("公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "公开对象", "公开方式",
                "公开层级", "已公开"), header);
        List<Element> rows = doc.select(".catalog-table tbody tr");
        assertEquals(List.of("生态环境保护工作报告", "行政处罚", "建设项目环境影响评价文件审批", "环境信访"),
                rows.stream().map(r -> r.selectFirst("th").text()).toList());
        Element penalty = rows.get(1);
        assertEquals("/sthjj/xxgk/penalties/", penalty.selectFirst("th a").attr("href"));
        assertEquals("作出处罚决定之日起7个工作日内（双公示）", penalty.select("td").get(2).text());
        assertEquals("测试县生态环境局", penalty.select("td").get(3).text());
        assertEquals("县级、乡镇级", penalty.select("td").get(7).text(), "overridden in site.yaml");
        assertEquals("2 条，最近 2024年9月24日", penalty.select("td").get(8).text());
        assertEquals("/sthjj/xxgk/eia/", rows.get(2).selectFirst("th a").attr("href"));
        assertEquals("https://www.example.gov.cn/xinfang/", rows.get(3).selectFirst("th a").attr("href"));
        assertEquals("", rows.get(3).select("td").get(8).text());
        assertTrue(doc.select("nav a").eachText().contains("公开目录"));
    }

    @Test
    void openDataListsEveryDecisionAndApproval() throws Exception {
        List<String> penalties = Files.readAllLines(out.resolve("data/penalties.csv"));
        assertEquals("\uFEFFdoc_no,title,party,party_type,credit_code,decided,published,facts,basis,result,fine_10k_yuan,"
                + "organization,region,url", penalties.get(0));
        assertEquals(3, penalties.size());
        assertTrue(penalties.get(1).startsWith("测环罚〔2024〕15号,测试县清河化工有限公司行政处罚决定书,测试县清河化工有限公司,"
                + "organization,91509999MA5U0A1B2P,2024-09-12,2024-09-24,"), penalties.get(1));
        assertTrue(penalties.get(2).contains(",王某,person,,2024-05-06,2024-05-22,"), penalties.get(2));
        String eia = TestSites.read(out.resolve("data/eia.json"));
        assertTrue(eia.contains("\"approval_no\" : \"测环审〔2024〕3号\""), eia);
        assertTrue(eia.contains("\"report_pdf\" : \"https://www.example.gov.cn/sthjj/xxgk/eia/2024/report.pdf\""), eia);
    }

    @Test
    void aDataFileFeedsTheIndicatorPageAndOpenData() {
        Document pm25 = page("indicators/pm25");
        List<Element> fromFile = pm25.select("a[href=/sthjj/xxgk/data/sources/air-2024.csv]");
        assertEquals(6, fromFile.size(), pm25.select("table").outerHtml());
        assertEquals("测试县2024年1—6月空气质量月报数据（虚构）", fromFile.get(0).text());
        assertTrue(Files.isRegularFile(out.resolve("data/sources/air-2024.csv")));
        assertTrue(Files.isRegularFile(out.resolve("indicators/good_air_days/index.html")));
        String all = TestSites.read(out.resolve("data/indicators.csv"));
        assertTrue(all.contains("测试县,,2024-03,2024-03-01,2024-03-31,pm25,"), all);
    }

    @Test
    void maskedNumbersPublishWithoutAPlaceholderWarning() {
        assertFalse(run.err().contains("reports/2024/h1.md"), run::toString);
        assertTrue(page("reports/2024/h1").text().contains("110***********1234"));
    }

    @Test
    void aDateOutsideTheCalendarAsksForItsYear() {
        Path old = TestSites.copy("valid/kinds", temp.resolve("old"));
        TestSites.write(old.resolve("content/penalties/2024/wang.md"), TestSites.read(
                old.resolve("content/penalties/2024/wang.md")).replace("2024-05-22", "2027-01-14")
                .replace("2024-05-06", "2027-01-04"));
        TestSites.Run check = TestSites.runOn(LocalDate.of(2027, 1, 14), ENV, "check", "--source", old.toString());
        assertTrue(check.out().contains("content/penalties/2024/wang.md:4:7: warning: 无法计算工作日：日历里没有 2027 年的放假安排"),
                check::toString);
        assertTrue(check.out().contains("ecosite 内置 2019—2026 年的安排"), check::toString);

        // The site adds the year in its holidays.yaml, and the count is made.
        TestSites.write(old.resolve("holidays.yaml"), """
                - year: 2027
                  source: 国务院办公厅关于2027年部分节假日安排的通知（测试用）
                  off:
                    - {name: 元旦, from: 2027-01-01, to: 2027-01-03}
                """);
        TestSites.Run added = TestSites.runOn(LocalDate.of(2027, 1, 14), ENV, "check", "--source", old.toString());
        assertTrue(added.out().contains("content/penalties/2024/wang.md:4:7: warning: 超过 7 个工作日：决定后第 8 个工作日才公开"),
                added::toString);
        assertFalse(added.out().contains("2027 年的放假安排"), added::toString);
    }
}
