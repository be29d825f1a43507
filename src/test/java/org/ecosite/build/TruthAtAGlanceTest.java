package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ecosite.chart.ChartFonts;
import org.ecosite.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "valid/indicators" with a home page text without a summary and a report whose water classes sit
 * on and below the class Ⅲ line, which keeps an impossible figure with an editor's note, and whose
 * editor titles a chart of a preliminary figure. What the reader sees: the home page's description,
 * the note, the charts' figures clear of the standard's line, the mark in the editor's title.
 */
class TruthAtAGlanceTest {

    @TempDir
    static Path temp;
    static Path out;
    static Path english;
    static TestSites.Run run;
    static TestSites.Run runEnglish;

    @BeforeAll
    static void build() throws Exception {
        Path site = TestSites.copy("valid/indicators", temp);
        Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml"))
                + "description: 示例市生态环境局的网站。\n");
        Files.writeString(site.resolve("content/_index.md"), """
                ---
                title: 首页
                ---

                本站公开示例市生态环境局发布的生态环境保护工作报告，以及报告中的空气、水和污染物减排等主要数据。
                每篇报告按原文刊出，并注明发布机构、发布日期、所涉地区和统计时段，报告中可以核对的数据另行摘出，
                注明统计时段，便于与国家标准和往年情况对照。正文中的“*”“x”是原文隐去的数字，并非本站遗漏。
                """);
        Files.writeString(site.resolve("content/reports/c-2024-h1.md"), """
                ---
                title: 丙县2024年上半年工作小结
                date: 2024-07-12
                region: 丙县
                period: 2024-H1
                index_no: "EX/2024-003"
                editor_notes:
                  - text: 优良天数达190天
                    note: 2024年上半年只有182天，优良天数不可能达190天；正文照原文保留，这一数字未录入数据。
                indicators:
                  - id: water_section_class
                    value: Ⅲ
                    location: 龙潭河
                  - id: water_section_class
                    value: Ⅱ
                    location: 丙县县城集中式饮用水水源地保护区出境断面
                  - id: water_section_class
                    value: Ⅳ
                    location: 清水河
                  - id: cod_reduction
                    value: 120.5
                    status: preliminary
                  - id: nh3n_reduction
                    value: 10.25
                ---

                上半年空气质量优良天数达190天。

                ```chart
                type: bar
                indicators: [cod_reduction, nh3n_reduction]
                title: 减排完成情况
                ```

                ```chart
                type: bar
                indicators: [cod_reduction, nh3n_reduction]
                title: 减排完成情况（含初步数据）
                ```
                """);
        out = temp.resolve("public");
        run = TestSites.runOn(IndicatorSiteTest.TODAY, Map.of("LANG", "C.UTF-8"), "build", "--source",
                site.toString(), "--output", out.toString());
        // The same site in English: the theme's words and the chart's mark in the site's language.
        Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml")) + "language: en\n");
        english = temp.resolve("public-en");
        runEnglish = TestSites.runOn(IndicatorSiteTest.TODAY, Map.of("LANG", "C.UTF-8"), "build", "--source",
                site.toString(), "--output", english.toString());
    }

    private static Document page(String route) {
        return TestSites.html(out.resolve(route).resolve("index.html"));
    }

    private static Document svg(String file) {
        return Jsoup.parse(TestSites.read(out.resolve(file)), "", Parser.xmlParser());
    }

    @Test
    void theHomePageIsDescribedByTheOpeningOfItsText() {
        assertEquals(0, run.exitCode(), run::toString);
        String description = page("").selectFirst("meta[name=description]").attr("content");
        // Whole sentences within 120 characters (not the third), the lines of the paragraph joined without a
        // space; the text comes before site.yaml's description.
        assertEquals("本站公开示例市生态环境局发布的生态环境保护工作报告，以及报告中的空气、水和污染物减排等主要数据。"
                + "每篇报告按原文刊出，并注明发布机构、发布日期、所涉地区和统计时段，报告中可以核对的数据另行摘出，"
                + "注明统计时段，便于与国家标准和往年情况对照。", description);
    }

    @Test
    void theEditorsNoteIsShownAfterTheFigures() {
        Document doc = page("reports/c-2024-h1");
        Element notes = doc.selectFirst("section.editor-notes");
        assertNotNull(notes, doc.select("article").html());
        Element heading = notes.selectFirst("h2");
        assertEquals("编者注", heading.text());
        assertEquals(heading.id(), notes.attr("aria-labelledby"));
        assertEquals("优良天数达190天", notes.selectFirst("li q").text());
        assertEquals("优良天数达190天：2024年上半年只有182天，优良天数不可能达190天；正文照原文保留，这一数字未录入数据。",
                notes.selectFirst("li").text());
        // After the figures, before the contents and the text.
        List<String> order = doc.select("article > section, article > nav").eachAttr("class");
        assertTrue(order.indexOf("figures") + 1 == order.indexOf("editor-notes"), order.toString());
        // A report without notes shows no block.
        assertTrue(page("reports/a-2024-h1").select(".editor-notes").isEmpty());
    }

    @Test
    void barFiguresKeepClearOfTheStandardsLine() throws Exception {
        Document chart = svg("reports/c-2024-h1/figures-1.svg");
        Element line = chart.select("line").stream().filter(l -> l.attr("style").contains("stroke-dasharray"))
                .findFirst().orElseThrow(() -> new AssertionError(chart.outerHtml()));
        double lineX = Double.parseDouble(line.attr("x1"));
        double half = 1;
        Font bold = ChartFonts.builtIn().figure();
        FontRenderContext context = new FontRenderContext(null, true, true);
        List<Element> labels = chart.select("text").stream()
                .filter(t -> t.attr("style").contains("bold") && t.attr("style").contains("font-size: 15px")).toList();
        List<String> texts = labels.stream().map(Element::text).toList();
        // Ⅲ sits exactly on the line and is still written; Ⅱ's bar is short of it, Ⅳ's past it.
        assertTrue(texts.containsAll(List.of("Ⅱ类", "Ⅲ类", "Ⅳ类")), texts.toString());
        for (Element label : labels) {
            double left = Double.parseDouble(label.attr("x"));
            double right = left + bold.getStringBounds(label.text(), context).getWidth();
            boolean clear = right < lineX - half - 3 || left > lineX + half + 3;
            assertTrue(clear, label.text() + " spans " + left + "–" + right + ", the line is at " + lineX);
        }
        // The chart's text alternative and table still say every figure.
        assertTrue(chart.selectFirst("desc").text().contains("龙潭河 Ⅲ类"), chart.selectFirst("desc").text());
    }

    @Test
    void anEditorsTitleKeepsThePreliminaryMark() {
        Document doc = page("reports/c-2024-h1");
        Element figure = doc.selectFirst("figure#es-chart-1");
        assertNotNull(figure, doc.select(".report-body").html());
        assertEquals("减排完成情况（含初步数据）", figure.selectFirst(".chart-title").text());
        Document chart = svg("reports/c-2024-h1/chart-1.svg");
        assertEquals("减排完成情况（含初步数据）", chart.selectFirst("title").text());
        assertTrue(chart.selectFirst("desc").text().startsWith("减排完成情况（含初步数据）"),
                chart.selectFirst("desc").text());
        assertTrue(figure.selectFirst("img").attr("alt").startsWith("减排完成情况（含初步数据）"));
        assertFalse(chart.select("text").eachText().contains("减排完成情况"), chart.select("text").eachText().toString());
        // A title that has the mark already keeps it once.
        assertEquals("减排完成情况（含初步数据）", svg("reports/c-2024-h1/chart-2.svg").selectFirst("title").text());
    }

    @Test
    void inEnglishTheNoteAndTheMarkAreInEnglish() {
        assertEquals(0, runEnglish.exitCode(), runEnglish::toString);
        Document doc = TestSites.html(english.resolve("reports/c-2024-h1/index.html"));
        assertEquals("Editor's notes", doc.selectFirst("section.editor-notes h2").text());
        assertTrue(doc.selectFirst("section.editor-notes li").text().startsWith("优良天数达190天: "),
                doc.selectFirst("section.editor-notes li").text());
        assertEquals("减排完成情况 (with preliminary figures)", doc.selectFirst("figure#es-chart-1 .chart-title").text());
    }
}
