package org.ecosite.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A redaction the report acknowledges ({@code withheld}) no longer warns and shows as withheld on the page and
 * in search; an impossible figure the editor wrote a note on ({@code editor_notes}) no longer warns either.
 * What the report does not acknowledge keeps warning.
 */
class WithheldTest {

    private static final String FILE = "content/reports/2024/a.md";

    @TempDir
    Path temp;

    /** The lint fixture with its stars before % acknowledged and its 190 good-air days noted. */
    private Path site(String frontMatter) throws IOException {
        Path site = TestSites.copy("lint", temp);
        Path report = site.resolve(FILE);
        Files.writeString(report, Files.readString(report).replaceFirst("indicators:", frontMatter + "indicators:"));
        return site;
    }

    private static List<String> problemLines(TestSites.Run run) {
        return run.out().lines().filter(l -> l.startsWith(FILE + ":")).toList();
    }

    @Test
    void acknowledgedPlaceholdersAndNotedFiguresNoLongerWarnTheOthersDo() throws IOException {
        Path site = site("withheld: [\"*%\"]\neditor_notes:\n  - text: 优良天数达190天\n"
                + "    note: 上半年只有182天，原文如此，待核实。\n");
        List<String> lines = problemLines(TestSites.run("check", "--source", site.toString()));
        // The body's *% is acknowledged; the 190 days are noted (both their checks).
        assertTrue(lines.stream().noneMatch(l -> l.startsWith(FILE + ":18:30:")), lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains("good_air_days")), lines::toString);
        // Not acknowledged: another unit, another mark, the summary in the front matter, the contradicted PM2.5.
        for (String expected : List.of(
                FILE + ":6:20: warning: 疑似用占位符“*%”代替了数字",
                FILE + ":19:14: warning: 疑似用占位符“x吨”代替了数字",
                FILE + ":19:24: warning: 疑似用占位符“*个”代替了数字",
                FILE + ":18:14: warning: 正文中 pm25 的数字是 30")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)), expected + " in " + lines);
        }
    }

    @Test
    void anUnacknowledgedImpossibleFigureStillWarns() throws IOException {
        Path site = site("editor_notes:\n  - text: PM2.5平均浓度为30微克/立方米\n    note: 原文如此。\n");
        List<String> lines = problemLines(TestSites.run("check", "--source", site.toString()));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(FILE + ":17:38: warning: 正文中 good_air_days 为 190 天，"
                + "超过了报告期 2024-H1 的总天数 182")), lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains("pm25 的数字")), "the noted figure is not: " + lines);
    }

    @Test
    void aNoteOnWordsTheTextLacksAndAnEntryThatIsNoPlaceholderAreReported() throws IOException {
        Path site = site("withheld: [\"*%\", 未公开]\neditor_notes:\n  - text: 优良天数达191天\n    note: 笔误。\n");
        TestSites.Run run = TestSites.run("check", "--source", site.toString());
        assertEquals(1, run.exitCode(), run::toString);
        List<String> lines = problemLines(run);
        assertTrue(lines.contains(FILE + ":7:18: error: withheld 中的“未公开”不是占位符"), lines::toString);
        assertTrue(lines.contains(FILE + ":9:11: warning: editor_notes 中的“优良天数达191天”在正文里找不到"),
                lines::toString);
    }

    @Test
    void thePageAndTheSearchTextShowTheFigureAsWithheldAndTheSourceStaysAsWritten() throws IOException {
        Path site = site("withheld: [\"*\", x]\n");
        String before = Files.readString(site.resolve(FILE));
        Path out = temp.resolve("out");
        TestSites.Run run = TestSites.run("build", "--source", site.toString(), "--output", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(before, Files.readString(site.resolve(FILE)), "the source is not rewritten");

        Document page = TestSites.html(out.resolve("reports/2024/a/index.html"));
        Element body = page.selectFirst(".report-body");
        List<Element> withheld = body.select("span.withheld");
        // *% twice (one escaped), x吨, *个 and XX万元 (x in any case and number); the stars Markdown took
        // for emphasis (**件, 1-*月, 第*位) are no text to mark, and 某某 is another mark.
        assertEquals(5, withheld.size(), body.html());
        for (Element e : withheld) {
            assertEquals("img", e.attr("role"));
            assertEquals("数字未公开", e.attr("aria-label"));
            assertEquals("未公开", e.text());
        }
        assertTrue(body.text().contains("空气优良率达到未公开%"), body.text());
        assertTrue(body.text().contains("转义写法：达到未公开%"), body.text());
        assertTrue(body.text().contains("处理垃圾未公开吨"), body.text());
        assertTrue(body.text().contains("`代码里的*%不算`") || body.select("code").text().contains("*%"),
                "code keeps its stars");

        String text;
        try (Stream<Path> files = Files.list(out.resolve("search/text"))) {
            text = files.map(TestSites::read).filter(t -> t.contains("处理垃圾")).findFirst().orElseThrow();
        }
        assertTrue(text.contains("空气优良率达到\uFFFC%"), text);
        assertTrue(text.contains("处理垃圾\uFFFC吨"), text);
        assertFalse(text.contains("优良率达到*%，"), text);
    }

    @Test
    void anEnglishSiteNamesItInEnglish() throws IOException {
        Path site = site("withheld: [\"*%\"]\n");
        Path config = site.resolve("site.yaml");
        Files.writeString(config, Files.readString(config) + "language: en\n");
        Path out = temp.resolve("out");
        TestSites.Run run = TestSites.run("build", "--source", site.toString(), "--output", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        Element withheld = TestSites.html(out.resolve("reports/2024/a/index.html"))
                .selectFirst(".report-body span.withheld");
        assertEquals("figure withheld", withheld.attr("aria-label"));
        assertEquals("withheld", withheld.text());
        Document search = TestSites.html(out.resolve("search/index.html"));
        assertEquals("withheld", search.selectFirst("#es-search").attr("data-withheld"));
        assertEquals("figure withheld", search.selectFirst("#es-search").attr("data-withheld-name"));
    }
}
