package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code ecosite check}: every validation of a build, nothing written, text or JSON, strict or not. */
class CheckCommandTest {

    @TempDir
    Path temp;

    @Test
    void aCleanSitePassesAndNothingIsWritten() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        TestSites.Run run = TestSites.run("check", "--source", site.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("检查完成：0 个错误，0 个警告", run.out().strip(), run::toString);
        assertFalse(Files.exists(site.resolve("site")), "check writes nothing");
        try (var list = Files.list(temp)) {
            assertEquals(1, list.count(), "no staging folder left either");
        }
    }

    @Test
    void contentErrorsExitWithOneAndAreListedOnStandardOutput() {
        Path site = TestSites.copy("invalid/_base", temp);
        TestSites.copyTree(TestSites.fixture("invalid/percent-range"), site);
        TestSites.Run run = TestSites.run("check", "--source", site.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("content/reports/bad.md:8:12: error: 指标“good_air_rate”是百分比"), run::toString);
        assertTrue(run.out().strip().lines().reduce((a, b) -> b).orElse("").startsWith("检查未通过：1 个错误，"), run::toString);
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        Path site = TestSites.copy("lint", temp);
        assertEquals(0, TestSites.run("check", "--source", site.toString()).exitCode());
        TestSites.Run strict = TestSites.run("check", "--strict", "--source", site.toString());
        assertEquals(1, strict.exitCode(), strict::toString);
        assertTrue(strict.out().contains(": error: 疑似用占位符“x吨”代替了数字"), strict::toString);
        assertFalse(strict.out().contains(": warning: "), strict::toString);
    }

    @Test
    void jsonGivesOneObjectPerProblem() throws Exception {
        Path site = TestSites.copy("lint", temp);
        TestSites.Run run = TestSites.run("check", "--format", "json", "--source", site.toString());
        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.size() > 10, run::toString);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = null;
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertTrue(node.isObject(), line);
            for (String key : List.of("file", "line", "column", "severity", "code", "message", "hint")) {
                assertTrue(node.has(key), line);
            }
            if (first == null && node.get("code").asText().equals("lint.placeholder")) {
                first = node;
            }
        }
        assertEquals("content/reports/2024/a.md", first.get("file").asText());
        assertEquals(6, first.get("line").asInt());
        assertEquals(20, first.get("column").asInt());
        assertEquals("warning", first.get("severity").asText());
        assertEquals("疑似用占位符“*%”代替了数字", first.get("message").asText());
    }

    @Test
    void englishMessagesAndUsageErrors() {
        Path site = TestSites.copy("lint", temp);
        TestSites.Run en = TestSites.run("check", "--lang", "en", "--source", site.toString());
        assertTrue(en.out().contains("warning: the placeholder \"x吨\" seems to stand for a figure"), en::toString);
        assertTrue(en.out().contains("check passed: 0 errors"), en::toString);
        assertTrue(en.out().contains("warning: the text gives pm25 as 30 (\"上半年PM2.5平均浓度为30微克/立方米，空气优良率达到*%，"
                + "优良天数达190天\") but the front matter's indicators say 28 (line 8)"), en::toString);
        assertEquals(2, TestSites.run("check", "--source", temp.resolve("none").toString()).exitCode());
        assertEquals(2, TestSites.run("check", "--format", "xml", "--source", site.toString()).exitCode());
    }

    @Test
    void aBuildShowsTheFirstFewWarningsOfAKindAndCountsTheRest() {
        Path site = TestSites.copy("lint", temp);
        TestSites.Run run = TestSites.run("build", "--source", site.toString(), "--output",
                temp.resolve("out").toString());
        assertEquals(0, run.exitCode(), run::toString);
        long shown = run.err().lines().filter(l -> l.contains(": warning: 疑似用占位符") && !l.contains("Markdown"))
                .count();
        assertEquals(ProblemPrinter.SAME_KIND_SHOWN, shown, run::toString);
        assertTrue(run.err().contains("content/reports/2024/a.md: …… 同类问题另有 4 处，运行 ecosite check 可列出全部"),
                run::toString);
    }
}
