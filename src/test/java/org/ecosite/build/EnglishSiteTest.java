package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture "valid/english": an English site with two reports a page, a badge, and drafts
 * that leave a section and a topic unpublished.
 */
class EnglishSiteTest {

    private static final String BASE = "/greenfield/open/";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    @TempDir
    static Path temp;
    static Path out;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        out = temp.resolve("public");
        run = TestSites.build(TestSites.copy("valid/english", temp), out);
    }

    private static Document page(String route) {
        return TestSites.html(out.resolve(route).resolve("index.html"));
    }

    @Test
    void theBuildSaysWhichListsItLeavesOutAndWhy() {
        List<String> warnings = run.err().lines().filter(l -> l.contains(": warning: ")).toList();
        assertEquals(List.of(
                "content/plans/2025-plan.md:5:9: warning: the topic \"Planning\" is used only by drafts; its list page "
                        + "is left out",
                "content/plans/_index.md:1:1: warning: the section \"Plans\" (content/plans/) has no published report; "
                        + "its list page is left out"), warnings, run::toString);
        assertFalse(Files.exists(out.resolve("plans")), "no empty section is published");
        assertFalse(Files.exists(out.resolve("topics/Planning")), "no empty topic is published");
        assertTrue(Files.exists(out.resolve("regions/Riverside/index.html")), "a region with one published report");
    }

    @Test
    void everyWordOfTheThemeIsEnglishAndDatesAreWrittenTheEnglishWay() throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".html"))::iterator) {
                Document doc = TestSites.html(file);
                assertEquals("en", doc.selectFirst("html").attr("lang"));
                // The filing numbers are Chinese by law.
                doc.select(".footer-fields dd").remove();
                Matcher han = HAN.matcher(doc.text());
                assertFalse(han.find(), file + ": " + (han.hitEnd() ? "" : han.group()));
            }
        }
        Document report = page("reports/2024/h1");
        assertEquals("10 July 2024", report.selectFirst(".disclosure time").text());
        assertEquals("Corrected 20 July 2024: Corrected the number of monitored sections (was 11).",
                report.selectFirst(".corrections li").text());
        assertEquals("en", TestSites.html(out.resolve("404.html")).selectFirst("html").attr("lang"));
        assertEquals("en", report.selectFirst("meta[property=og:locale]").attr("content"));
    }

    @Test
    void longListsArePagedNewestFirstWithLinksBetweenThePages() {
        Document first = page("reports");
        assertEquals(List.of("Work summary, first half of 2024", "Riverside township wastewater works"),
                first.select(".report-link").eachText());
        assertEquals("4 reports · Page 1 of 2", first.selectFirst("p.count").text());
        Element pager = first.selectFirst("nav.pager");
        assertEquals("Pages", pager.attr("aria-label"));
        assertEquals("Page 1", pager.selectFirst("[aria-current=page]").text());
        assertEquals(BASE + "reports/page/2/", pager.selectFirst("a[rel=next]").attr("href"));
        assertEquals(BASE + "reports/page/2/", first.selectFirst("link[rel=next]").attr("href"));
        assertNotNull(first.selectFirst(".intro, .summary"), "the first page carries the introduction");

        Document second = page("reports/page/2");
        assertEquals("Work reports (page 2) - Greenfield County Ecology and Environment Bureau",
                second.selectFirst("title").text());
        assertEquals(List.of("Environmental protection work report 2023", "Work summary, first half of 2023"),
                second.select(".report-link").eachText());
        assertEquals(BASE + "reports/", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("https://www.example.gov.cn" + BASE + "reports/page/2/",
                second.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Page 2", second.selectFirst("nav.pager [aria-current=page]").text());
        assertEquals(3, page("regions/Greenfield").select(".report-list li").size()
                + page("regions/Greenfield/page/2").select(".report-list li").size());
    }

    @Test
    void theBadgeAndEveryFooterFieldShow() {
        Document home = page("");
        Element badge = home.selectFirst("footer img.badge");
        assertEquals(BASE + "img/badge.png", badge.attr("src"));
        assertEquals("Party and government website badge", badge.attr("alt"));
        String footer = home.selectFirst("footer").text();
        assertTrue(footer.contains("Sponsored by") && footer.contains("Greenfield County People's Government Office"),
                footer);
        assertTrue(footer.contains("Site ID code") && footer.contains("5099990088"), footer);
        assertEquals("Subscribe (Atom feed)", home.selectFirst("footer a.feed-link").text());
        assertEquals("Care mode (large text)", home.selectFirst(".care-button").text());
        assertEquals("Search the reports", home.selectFirst("label[for=es-q]").text());
    }

    /**
     * No word of the theme is left in Chinese on an English site (the footer's record numbers are
     * Chinese by law and stay), and counts are written in the singular and plural.
     */
    @Test
    void anEnglishSiteHasNoChineseWordOfTheThemeAndCountsInTheSingular() throws Exception {
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".html"))::iterator) {
                Document doc = TestSites.html(file);
                doc.select(".footer-fields").remove();
                assertFalse(doc.text().matches("(?s).*[\\u2e80-\\u9fff\\uff00-\\uffef].*"), file + ": " + doc.text());
                assertFalse(doc.text().matches("(?s).*\\b1 (reports|figures)\\b.*"), file + ": " + doc.text());
            }
        }
        assertTrue(page("topics").text().contains("1 report"), page("topics").text());
    }
}
