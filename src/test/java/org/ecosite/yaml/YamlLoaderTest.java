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
