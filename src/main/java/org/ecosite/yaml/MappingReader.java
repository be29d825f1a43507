package org.ecosite.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.check.Suggestions;

/**
 * Reads typed fields out of one YAML mapping, reporting each wrong or missing value at its
 * own line. Reading never stops at a problem: a bad field reads as empty and the rest goes on.
 */
public final class MappingReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final YamlNode.Mapping mapping;
    private final String file;
    private final Problems problems;

    public MappingReader(YamlNode.Mapping mapping, String file, Problems problems) {
        this.mapping = mapping;
        this.file = file;
        this.problems = problems;
    }

    /** Reads a node that must be a mapping; reports and returns empty otherwise. */
    public static Optional<MappingReader> of(YamlNode node, String what, String file, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new MappingReader(m, file, problems));
        }
        problems.error(file, node.position(), "field.expected_mapping", what);
        return Optional.empty();
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public String file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    public Position position() {
        return mapping.position();
    }

    /** Where {@code key} was written, or where the mapping starts when it is missing. */
    public Position positionOf(String key) {
        return mapping.entry(key).map(e -> e.key().position()).orElse(mapping.position());
    }

    public Position valuePositionOf(String key) {
        return mapping.get(key).map(YamlNode::position).orElse(positionOf(key));
    }

    public boolean has(String key) {
        return mapping.get(key).filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull())).isPresent();
    }

    /** Warns about keys nobody reads, with the nearest known key: {@code titel} is probably {@code title}. */
    public void warnUnknownKeys(Collection<String> known) {
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (!known.contains(key)) {
                List<String> near = Suggestions.nearest(key, known, 3);
                if (near.isEmpty()) {
                    problems.warning(file, entry.key().position(), "field.unknown", key, String.join(", ", known));
                } else {
                    problems.warning(file, entry.key().position(), "field.unknown_near", key, String.join(", ", near));
                }
            }
        }
    }

    public Optional<YamlNode.Scalar> scalar(String key, boolean required) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            if (required) {
                problems.error(file, node.map(YamlNode::position).orElse(mapping.position()), "field.required", key);
            }
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar);
        }
        problems.error(file, node.get().position(), "field.expected_text", key);
        return Optional.empty();
    }

    /** Text; surrounding white space removed, an empty value counts as missing. */
    public Optional<String> text(String key, boolean required) {
        Optional<YamlNode.Scalar> scalar = scalar(key, required);
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String value = scalar.get().text().strip();
        if (value.isEmpty()) {
            if (required) {
                problems.error(file, scalar.get().position(), "field.required", key);
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<LocalDate> date(String key, boolean required) {
        return scalar(key, required).flatMap(s -> parseDate(s, key));
    }

    public Optional<LocalDate> parseDate(YamlNode.Scalar scalar, String key) {
        String text = scalar.text().strip();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // Falls through: 2024-02-30 has the right shape but is no date.
            }
        }
        problems.error(file, scalar.position(), "field.date", key, text);
        return Optional.empty();
    }

    public Optional<BigDecimal> number(String key, boolean required) {
        return scalar(key, required).flatMap(s -> parseNumber(s, key));
    }

    public Optional<BigDecimal> parseNumber(YamlNode.Scalar scalar, String key) {
        String text = scalar.text().strip();
        if (NUMBER.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text));
        }
        problems.error(file, scalar.position(), "field.number", key, text);
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        Optional<YamlNode.Scalar> scalar = scalar(key, false);
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String text = scalar.get().text().strip();
        if (text.equals("true") || text.equals("false")) {
            return Optional.of(Boolean.valueOf(text));
        }
        problems.error(file, scalar.get().position(), "field.bool", key, text);
        return Optional.empty();
    }

    /** A list of texts; a single value is accepted as a list of one, as editors often write it. */
    public List<String> texts(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node.get() instanceof YamlNode.Scalar single) {
            values.add(single.text().strip());
            return values;
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            problems.error(file, node.get().position(), "field.expected_list", key);
            return values;
        }
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                values.add(s.text().strip());
            } else {
                problems.error(file, item.position(), "field.expected_text_item", key);
            }
        }
        return values;
    }

    /** The items of a list of mappings (indicators, corrections), each checked to be a mapping. */
    public List<MappingReader> mappings(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            problems.error(file, node.get().position(), "field.expected_list", key);
            return List.of();
        }
        List<MappingReader> readers = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            of(item, key, file, problems).ifPresent(readers::add);
        }
        return readers;
    }

    public Optional<MappingReader> child(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        return of(node.get(), key, file, problems);
    }
}
