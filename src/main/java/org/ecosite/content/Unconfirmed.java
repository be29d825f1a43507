package org.ecosite.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.yaml.ScalarSpan;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;

/**
 * Values that {@code import} and {@code new} could not know and left for the editor carry a comment
 * starting with {@value #MARK} at the end of their line: {@code region: 青山县  # 待确认：…}. A
 * draft may keep them; a report that is published may not, so each one is an error at its value.
 * The editor confirms a value by deleting the comment (or the whole line). The mark is found after
 * each value's own end, as the YAML parser gives it, so the word inside a quoted value or on a
 * commented-out line never counts.
 */
public final class Unconfirmed {

    /** The word that marks a value to confirm; written by the importer and the report skeleton. */
    public static final String MARK = "待确认";
    private static final Pattern COMMENT = Pattern.compile("^[ \\t]+#[ \\t]*" + MARK);

    private Unconfirmed() {
    }

    /**
     * Reports every marked value of a report that is not a draft.
     *
     * @param yaml      the front matter's text
     * @param firstLine the file line it starts on
     * @param loaded    the front matter loaded from it
     */
    static void check(String yaml, int firstLine, YamlLoader.Loaded loaded, String file, Problems problems) {
        YamlNode tree = loaded.tree();
        if (!yaml.contains(MARK) || isDraft(tree)) {
            return;
        }
        Map<Position, String> keys = new HashMap<>();
        keys(tree, "", keys);
        List<String> lines = yaml.lines().toList();
        for (ScalarSpan span : loaded.values()) {
            Position end = span.positionOf(span.raw().length());
            int index = end.line() - firstLine;
            if (index < 0 || index >= lines.size()) {
                continue;
            }
            String line = lines.get(index);
            int column = Math.min(end.column() - 1, line.codePointCount(0, line.length()));
            if (COMMENT.matcher(line.substring(line.offsetByCodePoints(0, column))).find()) {
                problems.error(file, span.start(), "frontmatter.unconfirmed", keys.getOrDefault(span.start(), ""));
            }
        }
    }

    private static boolean isDraft(YamlNode tree) {
        return tree instanceof YamlNode.Mapping m && m.get("draft").orElse(null) instanceof YamlNode.Scalar s
                && s.text().strip().equals("true");
    }

    /**
     * The key each value stands under, by the value's position: region; value（pm25） for a value in an
     * entry with an id, as the indicators are written.
     */
    private static void keys(YamlNode node, String key, Map<Position, String> keys) {
        if (node instanceof YamlNode.Scalar) {
            keys.put(node.position(), key);
        } else if (node instanceof YamlNode.Mapping m) {
            String id = m.get("id").orElse(null) instanceof YamlNode.Scalar s ? "（" + s.text() + "）" : "";
            m.entries().forEach(e -> keys(e.value(), e.key().text() + (e.key().text().equals("id") ? "" : id), keys));
        } else if (node instanceof YamlNode.Sequence s) {
            s.items().forEach(item -> keys(item, key, keys));
        }
    }
}
