package org.ecosite.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word files made here with POI, as an editor's Word or WPS saves them, imported with the command and
 * published: headings by style, by outline level and by numbering, automatic numbering, a table with a merged cell and
 * its caption, a picture with its caption, bold and italic, a footnote, a tracked change, a comment,
 * hidden text, a field, a page header. Files that are no .docx are refused with how to save one.
 */
class WordImportTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path temp;

    @Test
    void aWordReportBecomesTheSameKindOfDraftAsATextOneAndPublishes() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        Path docx = temp.resolve("2024年上半年工作总结.docx");
        Files.write(docx, report());

        TestSites.Run run = TestSites.run("import", docx.toString(), "--source", site.toString(), "--output",
                "reports/2024/word.md");
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(run.err().contains("Exception"), run::toString);
        assertTrue(run.err().contains("注意：原文有修订（1 处插入、1 处删除）：已按“接受所有修订”导入"), run::toString);
        assertTrue(run.err().contains("有批注“请核实这一句”：批注没有导入"), run::toString);
        assertTrue(run.err().contains("已把 1 幅图片存入 static/images/word/"), run::toString);

        String md = TestSites.read(site.resolve("content/reports/2024/word.md"));
        String front = md.substring(0, md.indexOf("\n---\n") + 1);
        String body = md.substring(md.indexOf("\n---\n") + 5).stripLeading();
        assertTrue(front.contains("\ntitle: 2024年上半年生态环境保护工作总结 "), md);
        assertTrue(front.contains("\norganization: 测试县生态环境局 "), md);
        assertTrue(front.contains("\nregion: 测试县 "), md);
        assertTrue(front.contains("\nperiod: 2024-H1 "), md);
        assertTrue(front.contains("\ndate: 2024-07-15 "), md);
        assertTrue(front.contains("\ndraft: true "), md);
        assertTrue(front.contains("  - id: pm25\n    value: 28 "), "a figure from a sentence\n" + md);
        assertTrue(front.contains("  - id: good_air_days\n    value: 160 "), "a figure from a table cell\n" + md);
        assertTrue(front.contains("  - id: complaints_received\n    value: 42 "), "the accepted change\n" + md);

        assertEquals("""
                ## 一、主要工作成效

                ### （一）大气环境质量稳中向好

                1—6月，PM2.5平均浓度为28微克/立方米[^1]，空气质量**明显改善**。

                ## 大气污染防治

                1. 加强工地扬尘管控
                2. 推进散乱污企业整治

                全年受理信访投诉42件。

                这一句有批注。

                本报告数据为*初步统计*结果，见附件表1。

                表1 主要指标

                | 指标 | 2024年上半年 | 说明 |
                |---|---|---|
                | PM2.5平均浓度（微克/立方米） | 28 | 监测站数据 |
                | 优良天数（天） | 160 | 监测站数据 |
                | 以上为初步统计数据 | 以上为初步统计数据 | 以上为初步统计数据 |

                ![图1 PM2.5月均浓度](/images/word/image1.png)

                图1 PM2.5月均浓度

                ## 二、存在的问题

                全年工作稳步推进。

                ## 下一步工作打算

                继续做好大气污染防治。

                [^1]: 数据来源：县环境监测站。
                """, body);
        assertFalse(md.contains("35"), "deleted text is never imported");
        assertFalse(md.contains("隐藏的说明"), "hidden text is never imported");
        assertFalse(md.contains("页眉"), "page headers are left out");
        assertFalse(md.contains("REF"), "field codes are left out");
        assertTrue(front.contains("# 原文第9段“这一句有批注。”有批注“请核实这一句”：批注没有导入"), md);
        assertTrue(front.contains("# 原文第11段的表格有合并单元格"), md);
        assertArrayEquals(png(), Files.readAllBytes(site.resolve("static/images/word/image1.png")));

        Path out = temp.resolve("public");
        TestSites.build(site, out, "--drafts");
        Document page = TestSites.html(out.resolve("reports/2024/word/index.html"));
        Element article = page.selectFirst(".report-body");
        assertEquals("一、主要工作成效", article.select("h2").first().text());
        assertEquals("（一）大气环境质量稳中向好", article.select("h3").first().text());
        assertEquals("明显改善", article.select("strong").first().text());
        assertEquals("初步统计", article.select("em").first().text());
        assertEquals(List.of("加强工地扬尘管控", "推进散乱污企业整治"), article.select("> ol > li").eachText());
        assertTrue(article.select("sup a[href^=#fn]").size() == 1 && article.text().contains("数据来源：县环境监测站。"),
                "the footnote is a footnote\n" + article);
        Element table = article.selectFirst("table");
        assertEquals(List.of("指标", "2024年上半年", "说明"), table.select("th").eachText());
        assertEquals("表1 主要指标", table.previousElementSibling().text(), "the caption stays with its table");
        Element img = article.selectFirst("img[alt=图1 PM2.5月均浓度]");
        assertEquals("/sthjj/xxgk/images/word/image1.png", img.attr("src"));
        assertTrue(Files.isRegularFile(out.resolve("images/word/image1.png")));
        assertFalse(page.text().contains("请核实"), "a comment is never published");
        assertFalse(page.text().contains("35件"), "deleted text is never published");
    }

    @Test
    void wordRunsWithoutASiteLeavePicturesOutAndSaySo() throws Exception {
        Path docx = temp.resolve("a.docx");
        Files.write(docx, report());
        TestSites.Run run = TestSites.run("import", docx.toString(), "--source", temp.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("## 一、主要工作成效"), run::toString);
        assertFalse(run.out().contains("!["), run::toString);
        assertTrue(run.err().contains("有图片，没有导出"), run::toString);
    }

    @Test
    void filesThatAreNoDocxAreRefusedWithHowToSaveOne() throws Exception {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        check("report.doc", ole2, "是 Word 97-2003（.doc）或 WPS（.wps）格式");
        check("report.wps", ole2, "另存为”，保存类型选“Word 文档（*.docx）”");
        check("report.doc", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "是 PDF 文件");
        check("report.doc", "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>报告</body></html>"
                .getBytes(StandardCharsets.UTF_8), "其实是网页（HTML）文件");
        check("report.docx", zip("xl/workbook.xml"), "是压缩文件，但不是 Word 文档");
        check("report.docx", zip("word/document.xml"), "文件已损坏");
        check("report.docx", new byte[] {1, 2, 0, 3, 0, 0, 7}, "既不是 Word 文档（.docx）");
    }

    private void check(String name, byte[] bytes, String message) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        TestSites.Run run = TestSites.run("import", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(message), () -> "expected «" + message + "» in\n" + run);
        assertFalse(run.err().contains("Exception"), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    @Test
    void unicodeTextFromWordImportsLikeUtf8() throws Exception {
        String text = "一、总体情况\n全年工作稳步推进。\n";
        Path utf8 = temp.resolve("a.txt");
        Files.writeString(utf8, text);
        Path utf16 = temp.resolve("b.txt");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(utf16, bytes);
        TestSites.Run a = TestSites.run("import", utf8.toString());
        TestSites.Run b = TestSites.run("import", utf16.toString());
        assertEquals(0, b.exitCode(), b::toString);
        assertEquals(a.out().substring(a.out().indexOf("\n---\n")), b.out().substring(b.out().indexOf("\n---\n")));
        assertTrue(b.err().contains("原文为 UTF-16 编码"), b::toString);
    }

    // ---- the document

    /** A report as a county bureau writes it in Word, with one of each thing the importer reads. */
    static byte[] report() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Heading1", "标题 1");
            style(styles, "Heading2", "heading 2");
            style(styles, "a3", "标题 2");
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉：测试县生态环境局");
            BigInteger decimal = numbering(doc, STNumberFormat.DECIMAL, "%1.", 1);
            BigInteger chinese = numbering(doc, STNumberFormat.CHINESE_COUNTING, "%1、", 2);
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("数据来源：县环境监测站。");
            XWPFComment comment = doc.createComments().createComment(BigInteger.ZERO);
            comment.setAuthor("审核人");
            comment.createParagraph().createRun().setText("请核实这一句");

            text(doc, "测试县生态环境局");
            doc.createParagraph();
            XWPFParagraph title = text(doc, "2024年上半年生态环境保护工作总结");
            title.setStyle("Heading1");
            text(doc, "一、主要工作成效").setStyle("Heading2");
            XWPFParagraph lead = doc.createParagraph();
            run(lead, "\u3000\u3000（一）大气环境质量稳中向好。", true, false);
            run(lead, "1—6月，PM2.5平均浓度为28微克/立方米", false, false);
            lead.addFootnoteReference(footnote);
            run(lead, "，空气质量", false, false);
            run(lead, "明显改善", true, false);
            run(lead, "。", false, false);
            text(doc, "大气污染防治").setStyle("a3");
            text(doc, "加强工地扬尘管控").setNumID(decimal);
            text(doc, "推进散乱污企业整治").setNumID(decimal);
            xml(doc, "<w:r><w:t>全年受理信访投诉</w:t></w:r>"
                    + "<w:del w:id=\"1\" w:author=\"审核人\" w:date=\"2024-07-10T00:00:00Z\"><w:r><w:delText>35</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"审核人\" w:date=\"2024-07-10T00:00:00Z\"><w:r><w:t>42</w:t></w:r></w:ins>"
                    + "<w:r><w:t>件。</w:t></w:r>"
                    + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的说明</w:t></w:r>");
            xml(doc, "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>这一句有批注。</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                    + "<w:r><w:commentReference w:id=\"0\"/></w:r>");
            XWPFParagraph italic = doc.createParagraph();
            run(italic, "本报告数据为", false, false);
            run(italic, "初步统计", false, true);
            run(italic, "结果，见附件", false, false);
            xml(italic, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> REF _Ref1 \\h </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>表1</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>。</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            XWPFTable table = doc.createTable(4, 3);
            cell(table, 0, 0, "指标");
            cell(table, 0, 1, "2024年上半年");
            cell(table, 0, 2, "说明");
            cell(table, 1, 0, "PM2.5平均浓度（微克/立方米）");
            cell(table, 1, 1, "28");
            cell(table, 1, 2, "监测站数据");
            table.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            cell(table, 2, 0, "优良天数（天）");
            cell(table, 2, 1, "160");
            table.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            cell(table, 3, 0, "以上为初步统计数据");
            table.getRow(3).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
            table.getRow(3).removeCell(2);
            table.getRow(3).removeCell(1);
            text(doc, "表1 主要指标");
            XWPFParagraph picture = doc.createParagraph();
            picture.createRun().addPicture(new ByteArrayInputStream(png()), PictureType.PNG, "chart.png",
                    Units.toEMU(60), Units.toEMU(30));
            text(doc, "图1 PM2.5月均浓度");
            text(doc, "存在的问题").setNumID(chinese);
            text(doc, "\u3000\u3000全年工作稳步推进。");
            text(doc, "下一步工作打算").getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            text(doc, "继续做好大气污染防治。");
            doc.createParagraph();
            text(doc, "测试县生态环境局");
            text(doc, "2024年7月15日");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(6, 3, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 3, 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
    }

    private static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum format, String text, int start) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 10));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.valueOf(start));
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
    }

    private static XWPFParagraph text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
    }

    /** A paragraph written as Word writes it, for what POI has no method for (tracked changes, comments, fields). */
    private static void xml(XWPFDocument doc, String runs) throws XmlException {
        xml(doc.createParagraph(), runs);
    }

    private static void xml(XWPFParagraph p, String runs) throws XmlException {
        CTP parsed = CTP.Factory.parse("<w:p xmlns:w=\"" + W + "\">" + runs + "</w:p>");
        try (org.apache.xmlbeans.XmlCursor from = parsed.newCursor();
             org.apache.xmlbeans.XmlCursor to = p.getCTP().newCursor()) {
            to.toEndToken();
            // The parsed fragment holds the w:p element; its children are what is copied.
            if (from.toFirstChild() && from.getName().getLocalPart().equals("p") && from.toFirstChild()) {
                do {
                    from.copyXml(to);
                } while (from.toNextSibling());
            }
        }
    }

    private static void cell(XWPFTable table, int row, int column, String text) {
        table.getRow(row).getCell(column).setText(text);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
