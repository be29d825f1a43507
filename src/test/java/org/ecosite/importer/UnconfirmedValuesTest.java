package org.ecosite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What import and new could not know stays marked "# 待确认" until the editor confirms it: a draft
 * builds with the marks, a report that is to be published does not, and every mark is named at its
 * line and column. Neither command suggests a number that could pass for a real 索引号 or 文号.
 */
class UnconfirmedValuesTest {

    @TempDir
    Path temp;

    @Test
    void anImportedReportPublishesOnlyOnceEveryGuessIsConfirmed() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        Path text = temp.resolve("a.txt");
        Files.writeString(text, "一、总体情况\n2024年上半年，PM2.5平均浓度为28微克/立方米。\n");
        assertEquals(0, TestSites.run("import", text.toString(), "--source", site.toString(), "--output",
                "reports/2024/imported.md").exitCode());
        Path report = site.resolve("content/reports/2024/imported.md");
        String draft = TestSites.read(report);
        assertFalse(draft.matches("(?s).*(index_no|doc_no):[^#\\n]*\\d.*"), "no number is suggested\n" + draft);
        assertFalse(draft.contains("MB0000"), draft);
        TestSites.Run asDraft = TestSites.run("check", "--drafts", "--source", site.toString());
        assertFalse(asDraft.out().contains("待确认："), "a draft may keep its marks\n" + asDraft);

        Files.writeString(report, draft.replace("draft: true", "draft: false"));
        TestSites.Run check = TestSites.run("check", "--source", site.toString());
        assertEquals(1, check.exitCode(), check::toString);
        assertEquals(List.of(
                "content/reports/2024/imported.md:4:8: error: 字段“title”的值待确认：导入时未能确定，请填写或删除",
                "content/reports/2024/imported.md:5:7: error: 字段“date”的值待确认：导入时未能确定，请填写或删除",
                "content/reports/2024/imported.md:7:9: error: 字段“region”的值待确认：导入时未能确定，请填写或删除",
                "content/reports/2024/imported.md:17:12: error: 字段“value（pm25）”的值待确认：导入时未能确定，请填写或删除"),
                check.out().lines().filter(l -> l.contains(": error: ")).toList(), check::toString);

        // Confirming is deleting the mark: then the report publishes.
        Files.writeString(report, TestSites.read(report).replaceAll("  +# 待确认[^\\n]*", ""));
        TestSites.Run confirmed = TestSites.run("check", "--source", site.toString());
        assertFalse(confirmed.out().contains(": error: "), confirmed::toString);
    }

    @Test
    void aNewReportWithoutItsTitleCannotBePublished() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        assertEquals(0, TestSites.run("new", "report", "reports/2024/new.md", "--source", site.toString()).exitCode());
        Path report = site.resolve("content/reports/2024/new.md");
        String text = TestSites.read(report);
        assertFalse(text.matches("(?s).*(index_no|doc_no):[^#\\n]*\\d.*"), "no number is suggested\n" + text);
        Files.writeString(report, text.replace("draft: true", "draft: false")
                .replace("# index_no: \"待填写\"", "index_no: \"待填写\""));
        TestSites.Run check = TestSites.run("check", "--source", site.toString());
        assertEquals(List.of(
                "content/reports/2024/new.md:4:8: error: 字段“title”的值待确认：导入时未能确定，请填写或删除",
                "content/reports/2024/new.md:10:11: error: 字段“index_no”的值待确认：导入时未能确定，请填写或删除"),
                check.out().lines().filter(l -> l.contains(": error: ")).toList(), check::toString);
    }
}
