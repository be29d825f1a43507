package org.ecosite.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ecosite.check.Position;
import org.ecosite.check.Problem;
import org.ecosite.check.Problems;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private static List<Problem> problems(String yaml) {
        Problems problems = new Problems();
        YamlLoader.load(yaml, "f.md", 2, problems);
        return problems.sorted();
    }

    @Test
    void keepsTheTextAsWrittenAndWherePlainValuesStood() {
        Problems problems = new Problems();
        YamlNode.Mapping map = (YamlNode.Mapping) YamlLoader.load(
                "index_no: \"0012\"\nperiod: 2024\nvalue: \"15\"\n", "f.md", 2, problems).orElseThrow();
        YamlNode.Scalar index = (YamlNode.Scalar) map.get("index_no").orElseThrow();
        assertEquals("0012", index.text());
        assertEquals(new Position(2, 11), index.position());
        assertEquals(new Position(3, 9), map.get("period").orElseThrow().position());
        assertTrue(((YamlNode.Scalar) map.get("period").orElseThrow()).plain());
        assertTrue(!((YamlNode.Scalar) map.get("value").orElseThrow()).plain());
        assertTrue(problems.sorted().isEmpty());
    }

    /**
     * The values a load finds as it makes the tree are the values a parse of the text on its own finds:
     * quoted, block, in lists and nested mappings, after characters outside the Basic Multilingual Plane,
     * and a scalar an alias repeats (written once, so once), also when its anchor is a key.
     */
    @Test
    void findsTheValuesAsWrittenAsAParseOfTheTextAloneDoes() throws Exception {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "title: \"2024年 **工作\\\"总结\"\nregion: 青山县  # 待确认\nsummary: |\n  第一行\n  第二行 x 天\n",
                "indicators:\n  - id: pm25\n    value: '**'\n    unit: μg/m³\n  - {id: aqi, value: 8x.5}\ntags: [a, \"b\", 𠀋c]\n",
                "note: 𠀋𠀋 Ⅲ类\nwhere: &place 南河\nagain: *place\n&k key: value\nother: *k\n",
                "just a scalar\n",
                "a:\n  b:\n    c: [1, [2, 3], {d: 4}]\n  e: >\n    folded\n    text\n"));
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("content"))) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
                String text = java.nio.file.Files.readString(file);
                if (text.startsWith("---\n")) {
                    texts.add(text.substring(4, text.indexOf("\n---", 4) + 1));
                }
            }
        }
        assertTrue(texts.size() > 10, texts.toString());
        for (String text : texts) {
            YamlLoader.Loaded loaded = YamlLoader.read(text, "f.md", 3, new Problems()).orElseThrow();
            assertEquals(ScalarSpans.values(text, 3), loaded.values(), text);
            assertTrue(!loaded.values().isEmpty(), text);
        }
    }

    @Test
    void reportsDuplicateKeysWithBothLines() {
        List<Problem> found = problems("title: a\ndate: 2024-01-01\ntitle: b\n");
        assertEquals(1, found.size());
        assertEquals("yaml.duplicate_key", found.get(0).key());
        assertEquals(new Position(4, 1), found.get(0).position());
        assertEquals(List.of("title", "2"), found.get(0).args());
    }

    @Test
    void refusesTypeTagsOfAnyKind() {
        assertEquals("yaml.tag", problems("x: !!javax.script.ScriptEngineManager [a]\n").get(0).key());
        assertEquals("yaml.tag", problems("x: !custom 1\n").get(0).key());
        assertEquals("yaml.tag", problems("x: !!binary aGVsbG8=\n").get(0).key());
    }

    @Test
    void limitsAliasesAndRefusesMergeKeys() {
        StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'h'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8))
                    .append("*").append(prev).append("]\n");
        }
        assertEquals("yaml.aliases", problems(bomb.toString()).get(0).key());
        assertEquals("yaml.merge", problems("base: &b {x: 1}\nother:\n  <<: *b\n").get(0).key());
    }

    @Test
    void syntaxErrorsCarryTheirLine() {
        List<Problem> found = problems("title: a\n\tdate: b\n");
        assertEquals("yaml.slip.tab", found.get(0).key());
        assertEquals(3, found.get(0).position().line());
    }
}
