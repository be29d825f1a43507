package org.ecosite.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing rhythm is a note on the site's health with a threshold in site.yaml, never what alone fails
 * a strict build: a bureau that publishes twice a year can publish.
 */
class SiteHealthTest {

    private static final Map<String, String> ENV = Map.of("LANG", "C.UTF-8");
    private static final String NEWEST = "content/reports/2024/h1.md";
    /** Seven months after the fixture's newest report (updated 2024-07-20). */
    private static final LocalDate MONTHS_LATER = LocalDate.of(2025, 2, 20);

    @TempDir
    Path temp;

    @Test
    void aStrictBuildOfASiteWhoseNewestReportIsMonthsOldPassesWithTheNoteShown() {
        Path site = TestSites.copy("valid/basic", temp);
        Path out = temp.resolve("out");
        TestSites.Run run = TestSites.runOn(MONTHS_LATER, ENV, "build", "--strict", "--source", site.toString(),
                "--output", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "the site is published");
        assertTrue(run.err().contains(NEWEST + ":4:10: note: 网站已经 215 天没有更新：最新一篇报告的日期是 2024-07-20"
                + "（site.yaml 的 health.stale_after_days 为 14 天）"), run::toString);
        assertTrue(run.err().lines().anyMatch(l -> l.matches("\\s+" + NEWEST + "\\s+stale_site（网站更新节奏）\\s+·\\s+·\\s+1")),
                run::toString);
        assertTrue(run.out().contains("；另有 1 个提示"), run::toString);
        assertFalse(run.err().contains("error"), run::toString);
    }

    @Test
    void aRealWarningStillFailsTheStrictBuild() throws IOException {
        Path site = TestSites.copy("valid/basic", temp);
        Path report = site.resolve(NEWEST);
        Files.writeString(report, Files.readString(report) + "\n共受理投诉**件。\n");
        Path out = temp.resolve("out");
        TestSites.Run run = TestSites.runOn(MONTHS_LATER, ENV, "build", "--strict", "--source", site.toString(),
                "--output", out.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains(": error: 疑似用占位符“**件”代替了数字"), run::toString);
        assertTrue(run.err().contains(NEWEST + ":4:10: note: 网站已经 215 天没有更新"), "the note stays a note: "
                + run);
        assertTrue(run.err().contains("构建失败：1 个错误，0 个警告"), run::toString);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void theThresholdComesFromSiteYamlForTheSiteAndForEachColumn() throws IOException {
        Path site = TestSites.copy("valid/basic", temp);
        Path config = site.resolve("site.yaml");
        Files.writeString(config, Files.readString(config)
                + "health:\n  stale_after_days: 250\n  sections:\n    reports/2024: 200\n");
        TestSites.Run check = TestSites.runOn(MONTHS_LATER, ENV, "check", "--source", site.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertFalse(check.out().contains("没有更新"), "215 days are within the site's 250: " + check);
        assertTrue(check.out().contains(NEWEST + ":4:10: note: 栏目 reports/2024 已经 215 天没有新报告：最新一篇的日期是 "
                + "2024-07-20（site.yaml 为该栏目设定的是 200 天）"), check::toString);
        assertTrue(check.out().contains("检查完成：0 个错误，0 个警告；另有 1 个提示"), check::toString);

        TestSites.Run strict = TestSites.runOn(MONTHS_LATER, ENV, "check", "--strict", "--source", site.toString());
        assertEquals(0, strict.exitCode(), strict::toString);
    }

    @Test
    void aThresholdThatIsNoNumberOfDaysIsAnErrorAtItsPlace() throws IOException {
        Path site = TestSites.copy("valid/basic", temp);
        Path config = site.resolve("site.yaml");
        Files.writeString(config, Files.readString(config) + "health:\n  stale_after_days: 两周\n");
        TestSites.Run check = TestSites.run("check", "--source", site.toString());
        assertEquals(1, check.exitCode(), check::toString);
        int line = (int) Files.readString(config).lines().count();
        assertTrue(check.out().contains("site.yaml:" + line + ":21: error: health 中“stale_after_days”的天数应是正整数，"
                + "而这里是“两周”"), check::toString);
    }
}
