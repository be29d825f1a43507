package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the fixture site "valid/basic" (base URL with a sub-path) and reads it as a browser would. */
class BasicSiteTest {

    private static final String BASE = "/sthjj/xxgk/";

    @TempDir
    static Path temp;
    static Path site;
    static Path out;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        site = TestSites.copy("valid/basic", temp);
        out = temp.resolve("public");
        run = TestSites.run("build", "--source", site.toString(), "--output", out.toString());
    }

    private static Document page(String route) {
        return TestSites.html(out.resolve(route).resolve("index.html"));
    }

    @Test
    void buildsWithoutProblemsAndEndsWithASummary() {
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
        List<String> lines = run.out().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("已生成 \\d+ 个页面、\\d+ 幅图表（新绘 \\d+，复用 \\d+），用时 [0-9.]+ 秒"), last);
    }

    @Test
    void publishesEveryReportButTheDraft() {
        assertTrue(Files.isRegularFile(out.resolve("reports/2024/h1/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("reports/2023/annual/index.html")));
        assertFalse(Files.exists(out.resolve("reports/2024/draft")));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("reports/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("reports/2024/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("regions/测试县/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("404.html")));
    }

    @Test
    void reportPageShowsTheDisclosureRecord() {
        Document doc = page("reports/2024/h1");
        assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
        Map<String, String> fields = doc.select(".disclosure dl > div").stream()
                .collect(Collectors.toMap(d -> d.selectFirst("dt").text(), d -> d.selectFirst("dd").text()));
        assertEquals("11509999MB0000000X/2024-00012", fields.get("索引号"));
        assertEquals("测试县生态环境局执法大队", fields.get("发布机构"));
        assertEquals("2024年7月10日", fields.get("发布日期"));
        assertEquals("2024年7月20日", fields.get("更新日期"));
        assertEquals("测环发〔2024〕12号", fields.get("文号"));
        assertEquals("大气、减排", fields.get("主题分类"));
        assertEquals("2024年上半年", fields.get("报告期"));
        assertEquals("2024-07-10", doc.selectFirst(".disclosure time").attr("datetime"));
    }

    @Test
    void organizationDefaultsToTheSiteAndUpdatedIsLeftOutWhenAbsent() {
        Document doc = page("reports/2023/annual");
        List<String> labels = doc.select(".disclosure dt").eachText();
        assertTrue(labels.contains("发布机构"));
        assertFalse(labels.contains("更新日期"));
        assertFalse(labels.contains("文号"));
        assertEquals("测试县生态环境局", doc.select(".disclosure dl > div").stream()
                .filter(d -> d.selectFirst("dt").text().equals("发布机构")).findFirst().orElseThrow()
                .selectFirst("dd").text());
    }

    @Test
    void headingsKeepChineseIdsAndTheTableOfContentsPointsAtThem() {
        Document doc = page("reports/2024/h1");
        Element h2 = doc.selectFirst(".report-body h2");
        assertEquals("一、上半年工作完成情况", h2.text());
        assertEquals("一上半年工作完成情况", h2.id());
        assertNotNull(doc.getElementById("一大气污染防治"));
        List<String> toc = doc.select(".toc a").eachAttr("href");
        assertTrue(toc.contains("#一上半年工作完成情况"), toc.toString());
        for (String href : toc) {
            assertNotNull(doc.getElementById(href.substring(1)), href);
        }
    }

    @Test
    void linksToReportsAndRootPathsResolveUnderTheSubPath() {
        Document doc = page("reports/2024/h1");
        Element body = doc.selectFirst(".report-body");
        assertEquals(BASE + "reports/2023/annual/#一总体情况",
                body.selectFirst("a:contains(去年的总结)").attr("href"));
        assertEquals(BASE + "reports/2023/annual/#二存在的问题",
                body.selectFirst("a:contains(存在的问题)").attr("href"));
        assertEquals("#一上半年工作完成情况", body.selectFirst("a:contains(本文开头)").attr("href"));
        assertEquals("https://www.mee.gov.cn/", body.selectFirst("a:contains(生态环境部)").attr("href"));
        assertEquals(BASE + "img/map.png", body.selectFirst("img").attr("src"));
        assertTrue(Files.isRegularFile(out.resolve("img/map.png")), "static files are copied");
        // The anchor of a linked report exists on that page.
        assertNotNull(page("reports/2023/annual").getElementById("一总体情况"));
    }

    @Test
    void everyLinkTheSiteMakesStaysUnderTheBasePath() throws Exception {
        try (var walk = Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".html"))::iterator) {
                Document doc = TestSites.html(file);
                for (Element e : doc.select("[href], [src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    boolean ok = url.startsWith(BASE) || url.startsWith("#") || url.startsWith("https://")
                            || url.startsWith("mailto:");
                    assertTrue(ok, file + ": " + e.outerHtml());
                }
                for (Element e : doc.select("link[rel=stylesheet], script[src], img")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    assertTrue(url.startsWith(BASE), "assets come from the site itself: " + e.outerHtml());
                }
            }
        }
    }

    @Test
    void rawHtmlAndMarkupInFrontMatterAreShownAsTextNeverRun() {
        Document doc = page("reports/2024/h1");
        assertTrue(doc.select(".report-body script").isEmpty(), "no script element in a report");
        for (Element script : doc.select("script:not([type=application/ld+json])")) {
            assertEquals(BASE + "assets/site.js", script.attr("src"), "only the theme's own script runs");
            assertEquals("", script.html(), "no inline script");
        }
        assertFalse(doc.select("script[type=application/ld+json]").html().contains("<"), "JSON-LD cannot close its element");
        assertTrue(doc.select("[onclick]").isEmpty(), "no event handler attribute");
        assertTrue(doc.selectFirst(".report-body").text().contains("<script>alert(\"x\")</script>"));
        assertEquals("2024年上半年<工作>总结 & \"小结\"", doc.selectFirst("h1").text());
        assertTrue(doc.select(".summary b").isEmpty());
        assertEquals("上半年<b>重点</b>工作完成情况。", doc.selectFirst(".summary").text());
        String raw = TestSites.read(out.resolve("reports/2024/h1/index.html"));
        assertFalse(raw.contains("<script>alert"));
        assertFalse(raw.contains("<b>重点"));
    }

    @Test
    void indicatorTableShowsEveryFigureWithItsUnitStatusAndStandard() {
        Document doc = page("reports/2024/h1");
        Element row = doc.selectFirst(".figures-table tr[data-indicator=pm25]");
        assertEquals("28", row.selectFirst("td.value").attr("data-value"));
        assertEquals("μg/m³", row.selectFirst("td.value").attr("data-unit"));
        assertTrue(row.text().contains("28 μg/m³"));
        assertTrue(row.text().contains("初步数据"));
        assertTrue(row.text().contains("GB 3095-2012 二级年均限值 35 μg/m³"), row.text());
        assertEquals(5, doc.select(".figures-table tbody tr").size());
        assertTrue(doc.selectFirst(".figures-table caption").text().contains("2024年上半年"));
        assertTrue(doc.select(".figures-table th[scope=col]").size() >= 3);
    }

    @Test
    void correctionsAreVisible() {
        Document doc = page("reports/2024/h1");
        Element corrections = doc.selectFirst(".corrections");
        assertNotNull(corrections);
        assertTrue(corrections.text().contains("2024年7月20日"));
        assertTrue(corrections.text().contains("更正 PM2.5 数值（原为 29）"));
    }

    @Test
    void reportWithFiguresShowsAChartDrawnWithRealChineseText() {
        Document doc = page("reports/2024/h1");
        Element img = doc.selectFirst(".figures figure.chart img[src$=figures-1.svg]");
        assertNotNull(img);
        String src = img.attr("src");
        assertTrue(src.startsWith(BASE + "reports/2024/h1/") && src.endsWith(".svg"), src);
        assertTrue(img.attr("alt").contains("化学需氧量减排量 658.17 t"), img.attr("alt"));
        Path svgFile = out.resolve(src.substring(BASE.length()));
        org.jsoup.nodes.Document svg = org.jsoup.Jsoup.parse(TestSites.read(svgFile), "",
                org.jsoup.parser.Parser.xmlParser());
        assertEquals(img.attr("alt"), svg.selectFirst("desc").text());
        assertFalse(svg.selectFirst("title").text().isBlank());
        List<String> texts = svg.select("text").eachText();
        assertTrue(texts.contains("化学需氧量减排量"), texts.toString());
        assertTrue(texts.contains("658.17 t"), texts.toString());
        Path png = svgFile.resolveSibling(svgFile.getFileName().toString().replace(".svg", ".png"));
        assertTrue(Files.isRegularFile(png));
    }

    @Test
    void footerCarriesTheGovernmentFieldsOnEveryPage() {
        for (String route : List.of("", "reports", "reports/2024/h1", "regions")) {
            Document doc = page(route);
            String footer = doc.selectFirst("footer").text();
            assertTrue(footer.contains("测试县人民政府办公室"), route);
            assertTrue(footer.contains("5099990099"), route);
            assertTrue(footer.contains("渝ICP备99999999号"), route);
            assertTrue(footer.contains("渝公网安备 50999902000099号"), route);
            assertTrue(footer.contains("电话：023-99999999"), route);
            assertEquals("https://www.example.gov.cn/jiucuo/",
                    doc.selectFirst("footer a:contains(我为政府网站找错)").attr("href"));
            assertEquals("https://beian.miit.gov.cn/", doc.selectFirst("footer a:contains(渝ICP备)").attr("href"));
        }
    }

    @Test
    void homeAndListsShowReportsNewestFirstWithDates() {
        Document home = page("");
        List<String> titles = home.select(".home-latest .report-link").eachText();
        assertEquals(List.of("2024年上半年<工作>总结 & \"小结\"", "2023年生态环境保护工作总结"), titles);
        assertEquals("2024-07-10", home.selectFirst(".home-latest time").attr("datetime"));
        Document list = page("reports");
        assertEquals("工作报告", list.selectFirst("h1").text());
        assertEquals(2, list.select(".report-list li").size());
        Document region = page("regions/测试县");
        assertEquals("测试县", region.selectFirst("h1").text());
        assertEquals(BASE + "reports/2024/h1/", region.selectFirst(".report-link").attr("href"));
    }

    @Test
    void breadcrumbsLeadBackHome() {
        Document doc = page("reports/2024/h1");
        List<Element> crumbs = doc.select(".breadcrumbs li");
        assertEquals(BASE, crumbs.get(0).selectFirst("a").attr("href"));
        assertEquals(BASE + "reports/", crumbs.get(1).selectFirst("a").attr("href"));
        assertEquals("page", crumbs.get(crumbs.size() - 1).selectFirst("[aria-current]").attr("aria-current"));
    }
}
