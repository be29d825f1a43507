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
        assertTrue(run.err().contains("content/reports/2024/a.md: …… 同类问题另有 4 处，运行 bin/ecosite check --source "
                + site + " --only placeholder 可列出全部"), run::toString);
    }

    @Test
    void theOutputEndsWithASummaryPerFileAndKindAndOnlyListsOneKind() {
        Path site = TestSites.copy("lint", temp);
        TestSites.Run run = TestSites.run("check", "--source", site.toString());
        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.out().strip().lines().toList();
        int title = lines.indexOf(lines.stream().filter(l -> l.startsWith("问题汇总（0 个错误，")).findFirst().orElseThrow());
        assertTrue(lines.get(title + 1).matches("\\s+文件\\s+类别\\s+错误\\s+警告\\s+提示"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+content/reports/2024/a.md\\s+placeholder（占位符）\\s+·\\s+7\\s+·")),
                run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+合计\\s+0\\s+\\d+\\s+0")), run::toString);
        assertEquals("只看某一类的全部：bin/ecosite check --source " + site + " --only placeholder",
                lines.get(lines.size() - 2), run::toString);

        TestSites.Run only = TestSites.run("check", "--only", "placeholder", "--source", site.toString());
        assertEquals(0, only.exitCode(), only::toString);
        List<String> shown = only.out().lines().filter(l -> l.startsWith("content/")).toList();
        assertTrue(shown.size() >= 7, only::toString);
        assertTrue(shown.stream().allMatch(l -> l.contains("占位符")), only::toString);
        assertTrue(only.out().contains("检查完成：0 个错误，" + shown.size() + " 个警告"), only::toString);

        TestSites.Run none = TestSites.run("check", "--only", "placeholdr", "--source", site.toString());
        assertTrue(none.err().contains("--only“placeholdr”不是本次检查出现过的问题类别；出现过的类别：")
                && none.err().contains("placeholder,") , none::toString);
    }
}
