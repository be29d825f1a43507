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
 * parser gives each scalar's start and end; nothing is constructed.
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
        int[] codePoints = text.codePoints().toArray();
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
                        spans.add(span(codePoints, event.getStartMark(), event.getEndMark(), firstLine));
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

    private static ScalarSpan span(int[] codePoints, Mark start, Mark end, int firstLine) {
        int from = Math.min(start.getIndex(), codePoints.length);
        int to = Math.min(Math.max(end.getIndex(), from), codePoints.length);
        String raw = new String(codePoints, from, to - from);
        return new ScalarSpan(raw, new Position(start.getLine() + firstLine, start.getColumn() + 1));
    }
}
