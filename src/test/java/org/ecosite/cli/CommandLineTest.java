package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, version, exit codes and the language of messages. */
class CommandLineTest {

    @TempDir
    Path temp;

    @Test
    void helpAndVersionWork() {
        TestSites.Run help = TestSites.run("build", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--base-url"), help.out());
        assertTrue(help.out().contains("--drafts"));
        TestSites.Run version = TestSites.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("ecosite "), version.out());
        assertEquals(0, TestSites.run("--help").exitCode());
    }

    @Test
    void timingsListEveryStageWithItsWallCpuAndCollectorTime() {
        Path site = TestSites.copy("valid/basic", temp);
        TestSites.Run run = TestSites.run("build", "--source", site.toString(), "--output",
                temp.resolve("out").toString(), "--timings");
        assertEquals(0, run.exitCode(), run::toString);
        java.util.List<String> lines = run.err().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.matches("\\s*wall\\s+cpu\\s+gc\\s+stage"))
                .findFirst().orElseThrow(() -> new AssertionError(run.err())));
        java.util.regex.Pattern stage = java.util.regex.Pattern.compile("\\s*\\d+ ms\\s+(\\d+) ms\\s+\\d+ ms  (.+)");
        java.util.List<String> stages = lines.subList(header + 1, lines.size()).stream()
                .map(stage::matcher).filter(java.util.regex.Matcher::matches).map(m -> m.group(2)).toList();
        assertTrue(stages.containsAll(java.util.List.of("read", "markdown parse", "text checks", "charts", "pages",
                "data files", "search index", "swap in")), stages::toString);
        TestSites.Run quiet = TestSites.run("build", "--source", site.toString(), "--output",
                temp.resolve("out2").toString());
        assertFalse(quiet.err().contains(" ms  "), "no timings unless asked for: " + quiet.err());
    }

    @Test
    void usageMistakesExitWithTwo() {
        assertEquals(2, TestSites.run("build", "--no-such-option").exitCode());
        assertEquals(2, TestSites.run("frobnicate").exitCode());
        assertEquals(2, TestSites.run().exitCode());
        TestSites.Run missing = TestSites.run("build", "--source", temp.resolve("nothing").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("站点文件夹不存在"), missing.err());
        TestSites.Run notASite = TestSites.run("build", "--source", temp.toString());
        assertEquals(2, notASite.exitCode());
        assertTrue(notASite.err().contains("site.yaml"), notASite.err());
    }

    @Test
    void aBadBaseUrlOrADangerousOutputFolderIsAUsageError() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        TestSites.Run url = TestSites.run("build", "--source", site.toString(), "--base-url", "ftp://x/");
        assertEquals(2, url.exitCode(), url::toString);
        // The output folder is replaced by a build: it may not be the site, a part of it, or someone's folder.
        assertEquals(2, TestSites.run("build", "--source", site.toString(), "--output", site.toString()).exitCode());
        assertEquals(2, TestSites.run("build", "--source", site.toString(), "--output",
                site.resolve("content/out").toString()).exitCode());
        Path documents = temp.resolve("documents");
        TestSites.write(documents.resolve("letter.txt"), "not a site");
        TestSites.Run other = TestSites.run("build", "--source", site.toString(), "--output", documents.toString());
        assertEquals(2, other.exitCode(), other::toString);
        assertTrue(Files.exists(documents.resolve("letter.txt")));
    }

    @Test
    void aFolderEcositeDidNotBuildIsReplacedOnlyWithForceEvenWhenItHoldsAnIndexHtml() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        Path www = temp.resolve("www");
        TestSites.write(www.resolve("index.html"), "<p>the county portal</p>");
        TestSites.write(www.resolve("uploads/plan.pdf"), "a file someone keeps here");
        TestSites.Run refused = TestSites.run("build", "--source", site.toString(), "--output", www.toString());
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("不是 ecosite 生成的（没有 .ecosite 标记文件）"), refused::toString);
        assertTrue(refused.err().contains("--force"), refused::toString);
        assertEquals("<p>the county portal</p>", TestSites.read(www.resolve("index.html")));
        assertTrue(Files.exists(www.resolve("uploads/plan.pdf")));

        TestSites.Run forced = TestSites.run("build", "--force", "--source", site.toString(), "--output",
                www.toString());
        assertEquals(0, forced.exitCode(), forced::toString);
        assertTrue(forced.err().contains("因为加了 --force，构建会替换并删除其中的全部文件"), forced::toString);
        assertFalse(Files.exists(www.resolve("uploads/plan.pdf")));
        assertTrue(Files.isRegularFile(www.resolve(".ecosite")), "the site now carries ecosite's marker");

        TestSites.Run again = TestSites.run("build", "--force", "--source", site.toString(), "--output",
                www.toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertFalse(again.err().contains("--force"), "a folder ecosite built is replaced without a word");
    }

    @Test
    void messagesAreEnglishWithLangEnOrAnEnglishLocale() {
        Path site = TestSites.copy("invalid/_base", temp);
        TestSites.copyTree(TestSites.fixture("invalid/bad-date"), site);
        TestSites.Run flag = TestSites.run("build", "--source", site.toString(), "--lang", "en");
        assertEquals(1, flag.exitCode());
        assertTrue(flag.err().contains("content/reports/bad.md:3:7: error: \"2024-02-30\" in \"date\" is not a date"),
                flag::toString);
        assertTrue(flag.err().contains("hint: Write dates as year-month-day"), flag::toString);
        assertTrue(flag.err().contains("build failed: 1 errors"), flag::toString);
        TestSites.Run locale = TestSites.run(Map.of("LANG", "en_GB.UTF-8"), "build", "--source", site.toString());
        assertTrue(locale.err().contains("is not a date"), locale::toString);
        TestSites.Run chinese = TestSites.run(Map.of("LANG", "zh_CN.UTF-8"), "build", "--source", site.toString());
        assertTrue(chinese.err().contains("不是日期"), chinese::toString);
    }

    @Test
    void theProblemLineShowsTheSourceAndACaretUnderTheColumn() {
        Path site = TestSites.copy("invalid/_base", temp);
        TestSites.copyTree(TestSites.fixture("invalid/percent-range"), site);
        TestSites.Run run = TestSites.run("build", "--source", site.toString());
        String[] lines = run.err().split("\n");
        int at = 0;
        while (!lines[at].startsWith("content/reports/bad.md:8:12:")) {
            at++;
        }
        assertEquals("   8 |     value: 120", lines[at + 1]);
        assertEquals("     |            ^", lines[at + 2]);
    }

    @Test
    void buildDefaultsToTheSiteFolderOfTheSource() {
        Path site = TestSites.copy("valid/basic", temp);
        TestSites.Run run = TestSites.run("build", "--source", site.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.isRegularFile(site.resolve("site/index.html")));
        TestSites.Run again = TestSites.run("build", "--source", site.toString(), "--drafts");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(Files.isRegularFile(site.resolve("site/reports/2024/draft/index.html")), "drafts with --drafts");
        assertFalse(TestSites.read(site.resolve("site/reports/2024/draft/index.html")).isEmpty());
    }

    @Test
    void chooseLanguagePrefersFlagThenLocaleThenSite() {
        assertEquals(org.ecosite.config.Language.EN, MessageLanguage.choose(
                java.util.Optional.of(org.ecosite.config.Language.EN), Map.of("LANG", "zh_CN.UTF-8"),
                java.util.Optional.empty()));
        assertEquals(org.ecosite.config.Language.EN, MessageLanguage.choose(java.util.Optional.empty(),
                Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN"), java.util.Optional.of(org.ecosite.config.Language.ZH_CN)));
        assertEquals(org.ecosite.config.Language.EN, MessageLanguage.choose(java.util.Optional.empty(),
                Map.of("LANG", "C.UTF-8"), java.util.Optional.of(org.ecosite.config.Language.EN)));
        assertEquals(org.ecosite.config.Language.ZH_CN, MessageLanguage.choose(java.util.Optional.empty(),
                Map.of(), java.util.Optional.empty()));
    }
}
