package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecosite new report}: a complete skeleton that builds as it is, and never overwrites. */
class NewReportTest {

    @TempDir
    Path temp;

    @Test
    void writesADraftWithEveryFieldTodayAndTheSitesOrganisation() {
        Path site = TestSites.copy("valid/basic", temp);
        TestSites.Run run = TestSites.run("new", "report", "reports/2024/h2.md", "--source", site.toString(),
                "--title", "2024年下半年工作总结: 初稿 \"二\"", "--region", "测试县", "--period", "2024-H2");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("已创建 content/reports/2024/h2.md（草稿）"), run::toString);
        String text = TestSites.read(site.resolve("content/reports/2024/h2.md"));
        assertTrue(text.contains("\ndate: " + TestSites.TODAY + " "), text);
        assertTrue(text.contains("\norganization: 测试县生态环境局 "), text);
        assertTrue(text.contains("\nperiod: 2024-H2 "), text);
        assertTrue(text.contains("\ndraft: true "), text);
        for (String key : List.of("title", "date", "updated", "organization", "region", "period", "index_no",
                "doc_no", "topics", "summary", "draft", "slug", "indicators", "corrections", "id", "value", "status",
                "note", "location", "source", "target")) {
            assertTrue(text.matches("(?s).*\\n(# )?\\s*(- )?" + key + ":.*"), () -> key + " missing in\n" + text);
        }

        // It builds as it is, shows in preview marked as a draft, and is not published.
        Path preview = temp.resolve("preview");
        TestSites.Run build = TestSites.run("build", "--drafts", "--source", site.toString(), "--output",
                preview.toString());
        assertEquals(0, build.exitCode(), build::toString);
        Document page = TestSites.html(preview.resolve("reports/2024/h2/index.html"));
        assertEquals("2024年下半年工作总结: 初稿 \"二\"", page.selectFirst("h1").text(), "YAML quoting kept the title");
        assertNotNull(page.selectFirst(".draft-note"));
        assertTrue(page.selectFirst(".draft-note").text().contains("草稿"));
        Path published = temp.resolve("published");
        assertEquals(0, TestSites.run("build", "--source", site.toString(), "--output", published.toString())
                .exitCode());
        assertFalse(Files.exists(published.resolve("reports/2024/h2")));
    }

    @Test
    void withoutOptionsTheTitleComesFromThePeriodAndTheRegionFromTheOrganisation() {
        Path site = TestSites.copy("valid/basic", temp);
        assertEquals(0, TestSites.run("new", "report", "content/reports/2024/q3", "--period", "2024-Q3", "--source",
                site.toString()).exitCode());
        String text = TestSites.read(site.resolve("content/reports/2024/q3.md"));
        assertTrue(text.contains("\ntitle: 2024年第三季度生态环境保护工作总结 "), text);
        assertTrue(text.contains("\nregion: 测试县 "), text);
        assertEquals(0, TestSites.run("check", "--drafts", "--source", site.toString()).exitCode());
    }

    @Test
    void refusesToOverwriteOrToWriteOutsideContent() {
        Path site = TestSites.copy("valid/basic", temp);
        Path existing = site.resolve("content/reports/2024/h1.md");
        String before = TestSites.read(existing);
        TestSites.Run again = TestSites.run("new", "report", "content/reports/2024/h1.md", "--source",
                site.toString());
        assertEquals(2, again.exitCode(), again::toString);
        assertTrue(again.err().contains("已经存在，不会覆盖"), again::toString);
        assertEquals(before, TestSites.read(existing));
        assertEquals(2, TestSites.run("new", "report", "../outside.md", "--source", site.toString()).exitCode());
        assertEquals(2, TestSites.run("new", "report", temp.resolve("x.md").toString(), "--source", site.toString())
                .exitCode());
        assertFalse(Files.exists(temp.resolve("x.md")));
        assertEquals(2, TestSites.run("new", "report", "reports/a.md", "--period", "2024-H3", "--source",
                site.toString()).exitCode());
        assertEquals(2, TestSites.run("new", "--source", site.toString()).exitCode(), "new needs a kind");
    }
}
