package org.ecosite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.ecosite.check.Position;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown(Set.of("chart"));

    @Test
    void headingIdsKeepChineseAndDropPunctuation() {
        ParsedMarkdown parsed = markdown.parse("## 一、上半年工作完成情况\n\n### （一）大气\n\n#### 1.精准治气\n", 5);
        List<Heading> h = parsed.headings();
        assertEquals("一上半年工作完成情况", h.get(0).id());
        assertEquals("一大气", h.get(1).id());
        assertEquals("1精准治气", h.get(2).id());
        assertEquals(new Position(5, 1), h.get(0).position());
        assertEquals(Markdown.anchorId("一、上半年工作完成情况"), h.get(0).id());
    }

    @Test
    void levelsStartAtTwoAndNeverSkip() {
        ParsedMarkdown parsed = markdown.parse("# 一、总体\n\n#### 1.细项\n\n## 二、问题\n", 1);
        assertEquals(List.of(2, 3, 3), parsed.headings().stream().map(Heading::level).toList());
        String html = markdown.render(parsed, s -> s, b -> "");
        assertTrue(html.contains("<h2 id=\"一总体\">"), html);
        assertTrue(html.contains("<h3 id=\"1细项\">"), html);
    }

    @Test
    void plainTextKeepsEachBlockOnItsOwnLineWithoutMarkup() {
        String text = markdown.text(markdown.parse("## 一、总体\n\n空气优良率达到\\*%，见[报告](a.md)。\n\n- 甲\n- 乙\n", 1));
        assertEquals("一、总体\n空气优良率达到*%，见报告。\n甲\n乙\n", text);
    }

    @Test
    void rawHtmlIsEscaped() {
        String html = markdown.render(markdown.parse("a <script>x()</script>\n\n<div onclick=\"y\">z</div>\n", 1),
                s -> s, b -> "");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<div"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void linksAreCollectedWithPositionsAndRewritten() {
        ParsedMarkdown parsed = markdown.parse("见[报告](../2023/a.md#一、总体)和![图](/img/x.png)\n", 10);
        assertEquals(2, parsed.links().size());
        assertEquals("../2023/a.md#一、总体", parsed.links().get(0).destination());
        assertEquals(new Position(10, 7), parsed.links().get(0).position());
        assertTrue(parsed.links().get(1).image());
        String html = markdown.render(parsed, s -> s.startsWith("..") ? "/r/a/" : "/img/x.png", b -> "");
        assertTrue(html.contains("href=\"/r/a/\""), html);
    }

    @Test
    void aLineBreakBetweenChineseCharactersAddsNoSpace() {
        String html = markdown.render(markdown.parse("生态环境\n质量改善\nand English\nwords\n", 1), s -> s, b -> "");
        assertTrue(html.contains("生态环境质量改善"), html);
        assertTrue(html.contains("English\nwords"), html);
    }

    @Test
    void fencedBlocksOfEcositeAreHandedToTheBuild() {
        ParsedMarkdown parsed = markdown.parse("text\n\n```chart\ntype: bar\n```\n\n```java\nx\n```\n", 3);
        assertEquals(1, parsed.blocks().size());
        assertEquals("type: bar\n", parsed.blocks().get(0).content());
        assertEquals(new Position(6, 1), parsed.blocks().get(0).position());
        String html = markdown.render(parsed, s -> s, b -> "<figure>chart</figure>");
        assertTrue(html.contains("<figure>chart</figure>"), html);
        assertTrue(html.contains("<code class=\"language-java\">"), html);
    }

    @Test
    void undefinedReferencesStayTextAndAnchorsMayHoldSpaces() {
        ParsedMarkdown parsed = markdown.parse("见[附件一]和[bookmark: _GoBack]。[上文](#1. 扬尘管控)\n", 1);
        assertEquals(List.of("#1. 扬尘管控"), parsed.links().stream().map(LinkUse::destination).toList());
        String html = markdown.render(parsed, s -> s.startsWith("#") ? "#1-扬尘管控" : null, b -> "");
        assertTrue(html.contains("见[附件一]和[bookmark: _GoBack]"), html);
        assertTrue(html.contains("<a href=\"#1-扬尘管控\">上文</a>"), html);
    }

    @Test
    void footnotesAreNumberedNotesAtTheEndAndTheirTextIsText() {
        ParsedMarkdown parsed = markdown.parse("PM2.5 平均浓度 15 微克/立方米[^1]，优良天数达标[^说明]。\n\n"
                + "[^1]: 数据来自县监测站，见[监测报告](/files/a.pdf)。\n\n[^说明]: 按国家二级标准评价。\n", 5);
        assertEquals(List.of("/files/a.pdf"), parsed.links().stream().map(LinkUse::destination).toList());
        assertEquals(new Position(7, 24), parsed.links().get(0).position());
        String html = markdown.render(parsed, s -> "/x" + s, b -> "");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parseBodyFragment(html);
        assertEquals(List.of("#fn-1", "#fn-2"), page.select("p sup a.footnote-ref").eachAttr("href"));
        assertEquals(List.of("1", "2"), page.select("p sup a.footnote-ref").eachText());
        assertEquals(List.of("fn-1", "fn-2"), page.select(".footnotes li").eachAttr("id"));
        assertEquals("按国家二级标准评价。", page.select(".footnotes li").get(1).selectFirst("p").text());
        assertEquals("/x/files/a.pdf", page.selectFirst(".footnotes li a:not(.footnote-backref)").attr("href"));
        assertFalse(html.contains("[^"), html);
        assertEquals("PM2.5 平均浓度 15 微克/立方米，优良天数达标。\n数据来自县监测站，见监测报告。\n按国家二级标准评价。\n",
                markdown.text(parsed), "the notes are searchable, their labels are not text");
    }
}
