package org.ecosite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ecosite import} on the five real seed reports, into a copy of the demo site: each gives a draft
 * that builds, whose body is the one the demo site's editors made by hand from the same seed.
 */
class ImportSeedsTest {

    @TempDir
    static Path temp;
    static Path site;
    static Path out;
    static TestSites.Run build;

    @BeforeAll
    static void importAllAndBuild() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        site = temp.resolve("site");
        Files.createDirectories(site);
        Files.copy(project.resolve("site.yaml"), site.resolve("site.yaml"));
        TestSites.copyTree(project.resolve("content"), site.resolve("content"));
        for (String seed : List.of("000_ab3591f0bf7c2805", "001_3cb048c8fd609ede", "002_ac3882726fcd1f91",
                "003_1f2d0cd854c40ca4", "004_3902a9a08cd8b31f")) {
            TestSites.Run run = TestSites.run("import", seed(seed).toString(), "--source", site.toString(),
                    "--output", "reports/imported/" + seed + ".md");
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().contains("已导入为 content/reports/imported/" + seed + ".md（草稿）"), run::toString);
        }
        out = temp.resolve("out");
        build = TestSites.run("build", "--drafts", "--source", site.toString(), "--output", out.toString());
    }

    static Path seed(String name) {
        try {
            return Path.of(ImportSeedsTest.class.getResource("/seeds/" + name + ".txt").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(String markdown) {
        int open = markdown.indexOf("---\n");
        int close = markdown.indexOf("\n---\n", open + 4);
        return markdown.substring(close + 5).strip();
    }

    @Test
    void everyImportedSeedBuilds() {
        assertEquals(0, build.exitCode(), build::toString);
        assertFalse(build.err().contains(": error: "), build::toString);
        for (String seed : List.of("000_ab3591f0bf7c2805", "001_3cb048c8fd609ede", "002_ac3882726fcd1f91",
                "003_1f2d0cd854c40ca4", "004_3902a9a08cd8b31f")) {
            Document page = TestSites.html(out.resolve("reports/imported/" + seed + "/index.html"));
            assertNotNull(page.selectFirst(".draft-note"), seed + " is a draft");
            assertFalse(page.select(".report-body h2").isEmpty(), seed);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "000_ab3591f0bf7c2805, 2021/jiaxian-2021-h1",
        "001_3cb048c8fd609ede, 2023/yixian-2023-rectification",
        "002_ac3882726fcd1f91, 2022/bingxian-2022-h1",
        "003_1f2d0cd854c40ca4, 2021/dingxian-2021",
        "004_3902a9a08cd8b31f, 2024/youyang-2024-01-05"})
    void theBodyIsTheOneEditorsMadeByHand(String seed, String demo) {
        String imported = TestSites.read(site.resolve("content/reports/imported/" + seed + ".md"));
        String byHand = TestSites.read(Path.of("content/reports/" + demo + ".md").toAbsolutePath());
        assertEquals(body(byHand), body(imported));
    }

    @Test
    void seed004HasItsHeaderFiguresAndTheImpossibleDayCountHeldBack() {
        String text = TestSites.read(site.resolve("content/reports/imported/004_3902a9a08cd8b31f.md"));
        assertTrue(text.contains("\ntitle: 2024年1—5月生态环保工作小结 "), text);
        assertTrue(text.contains("\norganization: 酉阳自治县生态环境局 "), text);
        assertTrue(text.contains("\nregion: 酉阳自治县 "), text);
        assertTrue(text.contains("\nperiod: 2024-01/2024-05 "), text);
        assertTrue(text.contains("# 已删去原文第13行的“[bookmark: _GoBack]”（Word 书签或域代码）。"), text);
        assertTrue(text.contains("  # 未录入：天数 179 超过了时期 2024-01/2024-05 的总天数 152\n  # - id: good_air_days\n"
                + "  #   value: 179\n"), text);
        assertTrue(text.contains("  # 原文第6行：“2024年，截至5月底，县城区空气环境质量优良天数达179天，PM2.5平均浓度为15微克/立方米”"),
                text);

        Document page = TestSites.html(out.resolve("reports/imported/004_3902a9a08cd8b31f/index.html"));
        assertEquals("2024年1—5月生态环保工作小结", page.selectFirst("h1").text());
        assertEquals("15", page.selectFirst("tr[data-indicator=pm25] td.value").attr("data-value"));
        assertEquals("658.17", page.selectFirst("tr[data-indicator=cod_reduction] td.value").attr("data-value"));
        assertEquals("72", page.selectFirst("tr[data-indicator=vocs_reduction] td.value").attr("data-value"));
        assertEquals("Ⅲ", page.selectFirst("tr[data-indicator=water_section_class] td.value").attr("data-value"));
        assertEquals("100", page.selectFirst("tr[data-indicator=drinking_water_compliance] td.value")
                .attr("data-value"));
        assertNull(page.selectFirst("tr[data-indicator=good_air_days]"), "179 days in a 152-day period");
        assertFalse(page.text().contains("bookmark"), "the Word bookmark is gone");
    }

    @Test
    void hiddenFiguresAreProposedCommentedOutAndStarsStayVisible() {
        String text = TestSites.read(site.resolve("content/reports/imported/000_ab3591f0bf7c2805.md"));
        assertTrue(text.contains("  # 未录入：原文数字被隐去，请补上或删去这一项\n  # - id: good_air_rate\n"), text);
        assertTrue(text.contains("# 原文第1行只写“上半年”，没有写年份；请填写 period，例如 2024-H1。"), text);
        assertTrue(text.contains("\ntitle: 上半年生态环境保护工作总结 "), text);
        Document page = TestSites.html(out.resolve("reports/imported/000_ab3591f0bf7c2805/index.html"));
        assertTrue(page.selectFirst(".report-body").text().contains("空气优良率达到*%"));
        String bingxian = TestSites.read(site.resolve("content/reports/imported/002_ac3882726fcd1f91.md"));
        assertTrue(bingxian.contains("\nperiod: 2022-H1 "), bingxian);
        assertTrue(bingxian.contains("  - id: water_section_class\n    value: Ⅱ                        # 待确认\n"
                + "    location: 出境断面（国控断面）\n"),
                bingxian);
    }

    @Test
    void aGbkFileGivesTheSameReport() throws Exception {
        Path seed = seed("004_3902a9a08cd8b31f");
        Path gbk = temp.resolve("gbk.txt");
        Files.write(gbk, Files.readString(seed).getBytes(Charset.forName("GBK")));
        TestSites.Run utf8 = TestSites.run("import", seed.toString());
        TestSites.Run fromGbk = TestSites.run("import", gbk.toString());
        assertEquals(0, fromGbk.exitCode(), fromGbk::toString);
        assertTrue(fromGbk.out().contains("（GBK 编码）"), fromGbk.out());
        assertEquals(body(utf8.out()), body(fromGbk.out()));
        assertTrue(fromGbk.err().contains("原文为 GBK 编码"), fromGbk::toString);
    }
}
