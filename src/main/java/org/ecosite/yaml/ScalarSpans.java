package org.ecosite.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.ecosite.check.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * The values of a YAML text as written, for checks that read what an editor typed (placeholders,
 * stray characters) and must point at the exact column. Keys and comments are left out. SnakeYAML's
 * parser gives each scalar's start and end; nothing is constructed. A text {@link YamlLoader#read}
 * loads has its values already, found while its tree was made: this reads them from a text that did not
 * load (a file whose front matter failed) by parsing it on its own.
 */
public final class ScalarSpans {

    private ScalarSpans() {
    }

    /**
     * @param firstLine the file line on which {@code text} starts
     * @return every value scalar, in order; empty when the text is not valid YAML (loading reports that)
     */
    public static List<ScalarSpan> values(String text, int firstLine) {
        if (YamlLoader.tooLong(text)) {
            return List.of();
        }
        LoaderOptions options = YamlLoader.options();
        int[] codePoints = codePoints(text);
        List<ScalarSpan> spans = new ArrayList<>();
        // For each open collection: true for a mapping whose next node is a key.
        Deque<boolean[]> open = new ArrayDeque<>();
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (event instanceof ScalarEvent || event instanceof AliasEvent
                        || event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
                    boolean isKey = !open.isEmpty() && open.peek().length == 1 && open.peek()[0];
                    if (!open.isEmpty() && open.peek().length == 1) {
                        open.peek()[0] = !open.peek()[0];
                    }
                    if (event instanceof ScalarEvent && !isKey) {
                        spans.add(span(text, codePoints, event.getStartMark(), event.getEndMark(), firstLine));
                    } else if (event instanceof MappingStartEvent) {
                        open.push(new boolean[] {true});
                    } else if (event instanceof SequenceStartEvent) {
                        open.push(new boolean[0]);
                    }
                } else if (event instanceof CollectionEndEvent) {
                    open.pop();
                }
            }
        } catch (YAMLException | java.util.NoSuchElementException e) {
            return List.of();
        }
        return spans;
    }

    /**
     * The text as code points, which SnakeYAML's marks count, or null when every character is one code
     * point (the usual case), so that a mark's index is a character index.
     */
    static int[] codePoints(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return text.codePoints().toArray();
            }
        }
        return null;
    }

    /** The scalar between two marks of {@code text}; {@code codePoints} as {@link #codePoints} gives them. */
    static ScalarSpan span(String text, int[] codePoints, Mark start, Mark end, int firstLine) {
        int length = codePoints == null ? text.length() : codePoints.length;
        int from = Math.min(start.getIndex(), length);
        int to = Math.min(Math.max(end.getIndex(), from), length);
        String raw = codePoints == null ? text.substring(from, to) : new String(codePoints, from, to - from);
        return new ScalarSpan(raw, new Position(start.getLine() + firstLine, start.getColumn() + 1));
    }
}
