package org.ecosite.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of what a report says, through {@code ecosite check} on the fixture site "lint": every
 * placeholder form at its exact line and column, Word artefacts, figures the text contradicts, dates.
 */
class TextChecksTest {

    private static final String FILE = "content/reports/2024/a.md";

    @TempDir
    Path temp;

    private List<String> problemLines(TestSites.Run run) {
        return run.out().lines().filter(l -> l.startsWith(FILE + ":")).toList();
    }

    @Test
    void everyPlaceholderFormIsFoundAtItsLineAndColumn() {
        Path site = TestSites.copy("lint", temp);
        TestSites.Run run = TestSites.run("check", "--source", site.toString());
        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = problemLines(run);
        for (String expected : List.of(
                FILE + ":6:20: warning: 疑似用占位符“*%”代替了数字",           // in the front matter's summary
                FILE + ":14:30: warning: 疑似用占位符“*%”代替了数字",          // 达到*%
                FILE + ":15:6: warning: 疑似用占位符“**件”代替了数字，而且其中的星号被 Markdown 当成了粗体或斜体标记，页面上看不到",
                FILE + ":15:14: warning: 疑似用占位符“x吨”代替了数字",
                FILE + ":15:24: warning: 疑似用占位符“*个”代替了数字",
                FILE + ":16:8: warning: 疑似用占位符“*月”代替了数字，而且其中的星号被 Markdown 当成了粗体或斜体标记，页面上看不到",
                FILE + ":16:12: warning: 疑似用占位符“XX万元”代替了数字",
                FILE + ":16:19: warning: 疑似用占位符“某某人”代替了数字",
                FILE + ":16:28: warning: 疑似用占位符“*位”代替了数字，而且其中的星号被 Markdown 当成了粗体或斜体标记，页面上看不到",
                FILE + ":17:8: warning: 疑似用占位符“*%”代替了数字")) {          // \*% points at the backslash
            assertTrue(lines.contains(expected), () -> expected + "\nnot in\n" + String.join("\n", lines));
        }
        // Line 18: code, a redacted county name (x县, **县) and an English word are not figures.
        assertTrue(lines.stream().noneMatch(l -> l.startsWith(FILE + ":18:")), lines::toString);
    }

    @Test
    void wordArtefactsAndInvisibleCharacters() {
        Path site = TestSites.copy("lint", temp);
        List<String> lines = problemLines(TestSites.run("check", "--source", site.toString()));
        assertTrue(lines.contains(FILE + ":19:1: warning: Word 转换残留“[bookmark: _GoBack]”"), lines::toString);
        assertTrue(lines.contains(FILE + ":19:24: warning: 不可见字符 U+200B"), lines::toString);
    }

    @Test
    void figuresTheTextContradictsAndImpossibleDayCounts() {
        Path site = TestSites.copy("lint", temp);
        List<String> lines = problemLines(TestSites.run("check", "--source", site.toString()));
        assertTrue(lines.contains(FILE + ":14:14: warning: 正文中 pm25 的数字是 30（“上半年PM2.5平均浓度为30微克/立方米，"
                + "空气优良率达到*%，优良天数达190天”），前置信息 indicators 中却是 28（第 8 行）"), lines::toString);
        assertTrue(lines.contains(FILE + ":14:38: warning: 正文中 good_air_days 为 190 天，超过了报告期 2024-H1 的总天数 182"),
                lines::toString);
    }

    @Test
    void aFigureTheTextConfirmsIsNotReported() throws Exception {
        Path site = TestSites.copy("lint", temp);
        Path report = site.resolve(FILE);
        Files.writeString(report, Files.readString(report).replace("value: 28", "value: 30"));
        List<String> lines = problemLines(TestSites.run("check", "--source", site.toString()));
        assertTrue(lines.stream().noneMatch(l -> l.contains("pm25 的数字")), lines::toString);
    }

    @Test
    void datesInTheFutureAndAStaleSite() {
        Path site = TestSites.copy("lint", temp);
        Map<String, String> env = Map.of("LANG", "C.UTF-8");
        List<String> before = problemLines(TestSites.runOn(LocalDate.of(2024, 7, 1), env, "check", "--source",
                site.toString()));
        assertTrue(before.contains(FILE + ":3:7: warning: 发布日期 2024-07-10 在今天（2024-07-01）之后"), before::toString);
        List<String> fresh = problemLines(TestSites.runOn(LocalDate.of(2024, 7, 24), env, "check", "--source",
                site.toString()));
        assertTrue(fresh.stream().noneMatch(l -> l.contains("没有更新") || l.contains("之后")), fresh::toString);
        List<String> stale = problemLines(TestSites.runOn(LocalDate.of(2024, 7, 25), env, "check", "--source",
                site.toString()));
        assertTrue(stale.contains(FILE + ":3:7: note: 网站已经 15 天没有更新：最新一篇报告的日期是 2024-07-10"
                        + "（site.yaml 的 health.stale_after_days 为 14 天）"),
                stale::toString);
    }

    @Test
    void aBuildWarnsTooAndAStrictBuildRefusesToWrite() {
        Path site = TestSites.copy("lint", temp);
        Path out = temp.resolve("out");
        TestSites.Run build = TestSites.run("build", "--source", site.toString(), "--output", out.toString());
        assertEquals(0, build.exitCode(), build::toString);
        assertTrue(build.err().contains(FILE + ":14:30: warning: 疑似用占位符“*%”代替了数字"), build::toString);
        assertTrue(Files.isRegularFile(out.resolve("index.html")));

        TestSites.write(out.resolve("marker.txt"), "the previous site");
        TestSites.Run strict = TestSites.run("build", "--strict", "--source", site.toString(), "--output",
                out.toString());
        assertEquals(1, strict.exitCode(), strict::toString);
        assertTrue(strict.err().contains(FILE + ":14:30: error: 疑似用占位符“*%”代替了数字"), strict::toString);
        assertTrue(Files.isRegularFile(out.resolve("marker.txt")), "a failed strict build leaves the site as it was");
        assertFalse(strict.out().contains("已生成"), strict::toString);
    }
}
