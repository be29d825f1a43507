package org.ecosite.yaml;

import java.util.List;
import java.util.Optional;

import org.ecosite.check.Position;

/** A YAML value with the place it was written, so every later check can point at it. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Position position();

    /** A human word for the kind of node, used in "expected a list, found text" messages. */
    String kind();

    /**
     * A single value, kept as the text the editor wrote. Interpreting it (date, number)
     * is the reader's job, so YAML 1.1 surprises such as {@code 012} read as octal never happen.
     *
     * @param plain true when the value was not quoted: only then can it be null or a number
     */
    record Scalar(String text, Position position, boolean plain) implements YamlNode {
        public boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                    || text.equals("NULL"));
        }

        @Override
        public String kind() {
            return "scalar";
        }
    }

    record Entry(Scalar key, YamlNode value) {
    }

    record Mapping(List<Entry> entries, Position position) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().text().equals(key)).findFirst();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String kind() {
            return "mapping";
        }
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "sequence";
        }
    }
}
