package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * What the public site offers a reader and a machine, on the fixture "valid/basic": lists by
 * topic and year, earlier and later reports, Open Graph and government meta tags, the Atom
 * feed, sitemap.xml, robots.txt and the search index.
 */
class PublicSiteTest {

    private static final String BASE = "/sthjj/xxgk/";
    private static final String ABSOLUTE = "https://www.example.gov.cn/sthjj/xxgk/";

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        out = temp.resolve("public");
        TestSites.build(TestSites.copy("valid/basic", temp), out);
    }

    private static Document page(String route) {
        return TestSites.html(out.resolve(route).resolve("index.html"));
    }

    private static Document xml(String file) {
        return Jsoup.parse(TestSites.read(out.resolve(file)), "", Parser.xmlParser());
    }

    private static String meta(Document doc, String attribute, String name) {
        Element e = doc.selectFirst("meta[" + attribute + "=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void topicAndYearListsHoldTheirReportsNewestFirstWithDates() {
        Document air = page("topics/大气");
        assertEquals("大气", air.selectFirst("h1").text());
        assertEquals(List.of(BASE + "reports/2024/h1/", BASE + "reports/2023/annual/"),
                air.select(".report-link").eachAttr("href"));
        assertEquals(2, air.select(".report-list time[datetime]").size(), "every item shows its date");
        assertEquals(List.of("2024-07-10", "2024-01-20"), air.select(".report-list time").eachAttr("datetime"));
        assertEquals(1, page("topics/减排").select(".report-list li").size());
        Document topics = page("topics");
        assertEquals(List.of("大气", "督察整改", "减排", "水"), topics.select(".entry-list a").eachText(),
                "topics in pinyin order");
        // Both reports were published in 2024 (the annual report of 2023 on 20 January 2024).
        Document year = page("years/2024");
        assertEquals("2024年", year.selectFirst("h1").text());
        assertEquals(2, year.select(".report-list li").size());
        assertFalse(Files.exists(out.resolve("years/2023")), "no year without a publication");
        assertEquals(List.of("首页", "按主题浏览", "大气"), air.select(".breadcrumbs li").eachText());
    }

    @Test
    void homePageGivesTheLatestReportsAndEveryWayIn() {
        Document home = page("");
        assertEquals(2, home.select(".home-latest .report-list li").size());
        Element region = home.selectFirst(".region-summary");
        assertEquals("测试县", region.selectFirst("h3 a").text());
        assertEquals(BASE + "reports/2024/h1/", region.selectFirst(".region-latest a").attr("href"));
        assertEquals("2024-07-10", region.selectFirst("time").attr("datetime"));
        assertEquals(List.of("2024年"), home.select("#es-years ~ .entry-list a").eachText());
        assertEquals(4, home.select("#es-topics ~ .entry-list a").size());
        List<String> nav = home.select(".site-nav a").eachText();
        assertEquals(List.of("首页", "工作报告", "指标数据", "按地区", "按主题", "按年份", "公开目录"), nav);
        assertNotNull(home.selectFirst("form[role=search][action=" + BASE + "search/] input[name=q]"));
    }

    @Test
    void aReportLinksToTheEarlierAndLaterReportOfItsRegion() {
        Document h1 = page("reports/2024/h1");
        assertNull(h1.selectFirst(".sequence a[rel=next]"), "the newest has no later report");
        Element earlier = h1.selectFirst(".sequence a[rel=prev]");
        assertEquals(BASE + "reports/2023/annual/", earlier.attr("href"));
        assertEquals("2024-01-20", earlier.parent().selectFirst("time").attr("datetime"));
        Document annual = page("reports/2023/annual");
        assertEquals(BASE + "reports/2024/h1/", annual.selectFirst(".sequence a[rel=next]").attr("href"));
        assertEquals(BASE + "regions/%E6%B5%8B%E8%AF%95%E5%8E%BF/",
                annual.selectFirst(".sequence-all a").attr("href"));
    }

    @Test
    void everyPageCarriesTheGovernmentAndOpenGraphMetaTags() throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".html"))::iterator) {
                Document doc = TestSites.html(file);
                assertEquals("测试县生态环境局 · 环境信息公开", meta(doc, "name", "SiteName"), file.toString());
                assertEquals("www.example.gov.cn", meta(doc, "name", "SiteDomain"));
                assertEquals("5099990099", meta(doc, "name", "SiteIDCode"));
                assertFalse(meta(doc, "name", "ColumnName").isBlank(), file.toString());
                // Every page declares its icon under the base path: browsers never ask the host's root.
                assertEquals(BASE + "assets/icon.svg", doc.selectFirst("link[rel=icon]").attr("href").replaceAll("\\?.*", ""));
                assertTrue(Files.isRegularFile(out.resolve("assets/icon.svg")));
                if (file.getFileName().toString().equals("404.html")) {
                    // The page for a missing address is not to be indexed and names no address of its own.
                    assertEquals("noindex", meta(doc, "name", "robots"));
                    assertNull(doc.selectFirst("link[rel=canonical]"));
                    assertNull(doc.selectFirst("meta[property=og:url]"));
                    continue;
                }
                assertNull(doc.selectFirst("meta[name=robots]"), file.toString());
                assertEquals(doc.selectFirst("link[rel=canonical]").attr("href"), meta(doc, "property", "og:url"));
                assertTrue(meta(doc, "property", "og:url").startsWith(ABSOLUTE));
                assertEquals("zh_CN", meta(doc, "property", "og:locale"));
                assertEquals(BASE + "feed.xml", doc.selectFirst("link[rel=alternate][type=application/atom+xml]")
                        .attr("href"));
                assertNotNull(doc.selectFirst("a.skip-link[href=#main]"));
                assertNotNull(doc.selectFirst("main#main"));
                assertNotNull(doc.selectFirst("header"));
                assertNotNull(doc.selectFirst("footer"));
            }
        }
        Document report = page("reports/2024/h1");
        assertEquals("2024年上半年<工作>总结 & \"小结\"", meta(report, "name", "ArticleTitle"));
        assertEquals("2024-07-10", meta(report, "name", "PubDate"));
        assertEquals("测试县生态环境局执法大队", meta(report, "name", "ContentSource"));
        assertEquals("2024年", meta(report, "name", "ColumnName"));
        assertEquals("article", meta(report, "property", "og:type"));
        assertEquals("2024-07-10", meta(report, "property", "article:published_time"));
        assertEquals("2024-07-20", meta(report, "property", "article:modified_time"));
        String image = meta(report, "property", "og:image");
        assertTrue(image.startsWith(ABSOLUTE + "reports/2024/h1/") && image.endsWith(".png"), image);
        assertTrue(Files.isRegularFile(out.resolve(image.substring(ABSOLUTE.length()))));
        assertEquals("website", meta(page(""), "property", "og:type"));
        assertNull(meta(page(""), "name", "PubDate"), "only an article has a publication date");
        assertTrue(report.selectFirst(".print-url").text().contains(ABSOLUTE + "reports/2024/h1/"),
                "a printed report carries its address");
    }

    @Test
    void theAtomFeedListsNewAndCorrectedReports() {
        Document feed = xml("feed.xml");
        assertEquals("http://www.w3.org/2005/Atom", feed.selectFirst("feed").attr("xmlns"));
        assertEquals(ABSOLUTE + "feed.xml", feed.selectFirst("feed > link[rel=self]").attr("href"));
        assertEquals("2024-07-20T00:00:00+08:00", feed.selectFirst("feed > updated").text());
        List<Element> entries = feed.select("entry");
        assertEquals(2, entries.size(), "the draft is not in the feed");
        Element corrected = entries.get(0);
        assertEquals(ABSOLUTE + "reports/2024/h1/", corrected.selectFirst("id").text());
        assertEquals("2024-07-10T00:00:00+08:00", corrected.selectFirst("published").text());
        assertEquals("2024-07-20T00:00:00+08:00", corrected.selectFirst("updated").text());
        assertTrue(corrected.selectFirst("summary").text().contains("2024年7月20日更正：更正 PM2.5 数值（原为 29）"),
                corrected.selectFirst("summary").text());
        assertEquals(List.of("大气", "减排"), corrected.select("category").eachAttr("term"));
        assertEquals("2024年上半年<工作>总结 & \"小结\"", corrected.selectFirst("title").text(), "escaped, not lost");
    }

    @Test
    void sitemapListsEveryPageAndRobotsPointsAtIt() throws Exception {
        Document sitemap = xml("sitemap.xml");
        List<String> locs = sitemap.select("url > loc").eachText();
        try (Stream<Path> walk = Files.walk(out)) {
            List<String> pages = walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> out.relativize(p.getParent()).toString().replace('\\', '/'))
                    .filter(r -> !r.equals("search"))
                    .map(r -> ABSOLUTE + org.ecosite.model.Urls.encode(r.isEmpty() ? "" : r + "/")).sorted().toList();
            assertEquals(pages, locs.stream().sorted().toList());
        }
        Element report = sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(ABSOLUTE + "reports/2024/h1/")).findFirst().orElseThrow();
        assertEquals("2024-07-20", report.selectFirst("lastmod").text());
        assertEquals("User-agent: *\nAllow: " + BASE + "\n\nSitemap: " + ABSOLUTE + "sitemap.xml\n",
                TestSites.read(out.resolve("robots.txt")));
    }

    @Test
    void theSearchIndexHoldsEveryReportByWordsAndBigrams() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(out.resolve("search/index.json").toFile());
        assertEquals(1, manifest.get("version").asInt());
        JsonNode docs = manifest.get("docs");
        assertEquals(2, docs.size(), "drafts are not searchable");
        assertEquals("2024年上半年<工作>总结 & \"小结\"", docs.get(0).get(0).asText());
        assertEquals("reports/2024/h1/", docs.get(0).get(1).asText());
        assertEquals("2024-07-10", docs.get(0).get(2).asText());
        assertEquals("2024年7月10日", docs.get(0).get(3).asText());
        int shards = manifest.get("shards").asInt();
        Map<String, List<Integer>> expected = Map.of("总体", List.of(1), "大气", List.of(0, 1), "pm2.5", List.of(0, 1), "龙潭", List.of(),
                "清水", List.of(1), "测试", List.of(0, 1));
        for (Map.Entry<String, List<Integer>> e : expected.entrySet()) {
            JsonNode shard = json.readTree(out.resolve("search/terms/"
                    + org.ecosite.search.SearchIndexAccess.shard(e.getKey(), shards) + ".json").toFile());
            JsonNode gaps = shard.has(e.getKey()) ? shard.get(e.getKey()) : json.createArrayNode();
            int d = 0;
            List<Integer> found = new java.util.ArrayList<>();
            for (JsonNode gap : gaps) {
                d += gap.asInt();
                found.add(d);
            }
            assertEquals(e.getValue(), found, e.getKey());
        }
        String text = TestSites.read(out.resolve("search/text/1.txt"));
        assertTrue(text.startsWith("2023年全年工作总结。\n"), text);
        assertTrue(text.contains("部分问题整改尚未完成。"), text);
        Document search = page("search");
        assertEquals(BASE + "search/index.json", search.selectFirst("#es-search").attr("data-index"));
        assertTrue(search.selectFirst("noscript").text().contains("没有运行脚本"));
        assertTrue(search.select(".search-browse a").eachAttr("href").contains(BASE + "topics/"));
    }
}
