package org.ecosite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.ecosite.indicator.CatalogLoader;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer on small texts: outline, lists, escaping, artefacts, header and figures. */
class TextImporterTest {

    @TempDir
    Path temp;

    private static String imported(String text) {
        return TextImporter.run(text.getBytes(StandardCharsets.UTF_8), new TextImporter.Options("a.txt",
                CatalogLoader.builtIn(), Optional.of("青山县生态环境局"), LocalDate.of(2024, 7, 22))).orElseThrow()
                .markdown();
    }

    private static String body(String markdown) {
        return markdown.substring(markdown.indexOf("\n---\n") + 5).strip();
    }

    @Test
    void outlineNumberingBecomesHeadingsThatKeepIt() {
        String md = imported("青山县生态环境局\n2024年上半年工作总结\n一、主要工作成效\n"
                + "（一）大气环境质量稳中向好。1—6月，PM2.5平均浓度为28微克/立方米。\n"
                + "1.强化扬尘管控。开展工地检查。\n2.推进治理。完成任务。\n(二)水环境\n二、存在问题\n");
        assertEquals("## 一、主要工作成效\n\n### （一）大气环境质量稳中向好\n\n1—6月，PM2.5平均浓度为28微克/立方米。\n\n"
                + "#### 1.强化扬尘管控\n\n开展工地检查。\n\n#### 2.推进治理\n\n完成任务。\n\n### (二)水环境\n\n## 二、存在问题",
                body(md));
        assertTrue(md.contains("\ntitle: 2024年上半年工作总结 "), md);
        assertTrue(md.contains("\norganization: 青山县生态环境局 "), md);
        assertTrue(md.contains("\nperiod: 2024-H1 "), md);
        assertTrue(md.contains("  - id: pm25\n    value: 28\n"), md);
    }

    @Test
    void shortNumberedLinesAreAListAndParenthesisedNumbersAreItems() {
        String md = imported("下一步工作：\n1.加强监管\n2.完善设施\n3.做好宣传\n主要措施：\n（1）开展巡查\n（2）建立台账\n");
        assertEquals("下一步工作：\n\n1. 加强监管\n2. 完善设施\n3. 做好宣传\n\n主要措施：\n\n1. 开展巡查\n2. 建立台账", body(md));
    }

    @Test
    void markdownMarksAreEscapedSoTheTextShowsAsWritten() {
        String md = imported("空气优良率达到*%，共**件，见附件_1 与 [表2] <说明>\n# 不是标题\n- 不是列表\n");
        assertEquals("空气优良率达到\\*%，共\\*\\*件，见附件\\_1 与 \\[表2\\] \\<说明\\>\n\n\\# 不是标题\n\n\\- 不是列表",
                body(md));
        assertTrue(md.contains("# 原文有 2 处占位符（隐去的数字），如第1行“*%”、第1行“**件”"), md);
    }

    @Test
    void wordArtefactsAreDroppedAndSaid() {
        String md = imported("\u00A0\u00A0第一段。\n[bookmark: _GoBack]第二段\u200B。\n[image: 图1]\n\u3000\n");
        assertEquals("第一段。\n\n第二段。", body(md));
        assertTrue(md.contains("# 已删去原文第2行的“[bookmark: _GoBack]”（Word 书签或域代码）。"), md);
        assertTrue(md.contains("# 已删去原文第3行的“[image: 图1]”（图片占位"), md);
        assertTrue(md.contains("# 已删去原文第2行的不可见字符 U+200B。"), md);
        assertTrue(md.contains("# 已删去原文第1、4行的行首或行尾的排版空格"), md);
    }

    @Test
    void aSignatureGivesOrganisationAndDate() {
        String md = imported("2023年度工作总结\n全年工作稳步推进。\n青山县生态环境局\n2024年1月15日\n");
        assertTrue(md.contains("\ndate: 2024-01-15 "), md);
        assertTrue(md.contains("\norganization: 青山县生态环境局 "), md);
        assertTrue(md.contains("\nperiod: '2023' "), md);
        assertEquals("全年工作稳步推进。", body(md));
    }

    @Test
    void theCommandWritesToStandardOutputRefusesToOverwriteAndRefusesBinaryFiles() throws Exception {
        Path text = temp.resolve("a.txt");
        Files.writeString(text, "一、总体情况\n全年工作稳步推进。\n");
        TestSites.Run stdout = TestSites.run("import", text.toString());
        assertEquals(0, stdout.exitCode(), stdout::toString);
        assertTrue(stdout.out().startsWith("---\n"), stdout.out());
        assertTrue(stdout.out().endsWith("## 一、总体情况\n\n全年工作稳步推进。\n"), stdout.out());

        Path site = TestSites.copy("valid/basic", temp);
        assertEquals(2, TestSites.run("import", text.toString(), "--source", site.toString(), "--output",
                "reports/2024/h1.md").exitCode(), "an existing report is never overwritten");
        assertEquals(2, TestSites.run("import", text.toString(), "--source", site.toString(), "--output",
                "../../x.md").exitCode());
        Path binary = temp.resolve("b.doc");
        Files.write(binary, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 1});
        TestSites.Run doc = TestSites.run("import", binary.toString());
        assertEquals(2, doc.exitCode(), "a file import cannot read is a usage mistake: " + doc);
        assertTrue(doc.err().contains("另存为”纯文本"), doc::toString);
        assertEquals(2, TestSites.run("import", temp.resolve("missing.txt").toString()).exitCode());
    }
}
