package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Footnotes as Word writes them, [^1] in the text and [^1]: … below it: numbered notes at the end of
 * the report, never links to nowhere; the notes are searchable and a note without its text is named.
 */
class FootnoteSiteTest {

    private static final String REPORT = """
            ---
            title: 脚注测试
            date: 2024-07-15
            region: 测试县
            period: 2024-H1
            ---

            ## 一、总体情况

            PM2.5 平均浓度为 28 微克/立方米[^1]，优良天数达标[^说明]，另见[^缺]。

            [^1]: 数据来自龙潭河监测站的自动监测，见[地图](/img/map.png)。
            [^说明]: 按国家二级标准评价。
            """;

    @TempDir
    Path temp;

    @Test
    void footnotesAreNotesAtTheEndAndTheirTextIsSearchable() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        TestSites.write(site.resolve("content/reports/2024/notes.md"), REPORT);
        Path out = temp.resolve("out");
        TestSites.Run run = TestSites.build(site, out);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("content/reports/2024/notes.md:10:41: warning: 脚注“[^缺]”没有对应的注释"),
                run::toString);

        Document page = TestSites.html(out.resolve("reports/2024/notes/index.html"));
        Element body = page.selectFirst("main");
        assertNotNull(body);
        assertEquals(List.of("#fn-1", "#fn-2"), body.select("sup a.footnote-ref").eachAttr("href"));
        assertEquals(List.of("1", "2"), body.select("sup a.footnote-ref").eachText());
        Element first = body.selectFirst(".footnotes li#fn-1");
        assertNotNull(first, body::html);
        assertTrue(first.text().startsWith("数据来自龙潭河监测站的自动监测，见地图。"), first::text);
        assertEquals("/sthjj/xxgk/img/map.png", first.selectFirst("a:not(.footnote-backref)").attr("href"));
        assertEquals("#fnref-1", first.selectFirst("a.footnote-backref").attr("href"));
        assertNotNull(body.selectFirst("sup#fnref-1"), "the way back from the note");
        assertFalse(body.text().contains("[^1]") || body.text().contains("[^说明]"), body::text);

        ObjectMapper json = new ObjectMapper();
        JsonNode docs = json.readTree(out.resolve("search/index.json").toFile()).get("docs");
        int index = -1;
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).get(1).asText().equals("reports/2024/notes/")) {
                index = i;
            }
        }
        String text = TestSites.read(out.resolve("search/text/" + index + ".txt"));
        assertTrue(text.contains("数据来自龙潭河监测站的自动监测，见地图。\n按国家二级标准评价。"), text);
        assertTrue(text.contains("PM2.5 平均浓度为 28 微克/立方米，优良天数达标，"), "labels are no text: " + text);
    }
}
