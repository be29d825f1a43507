package org.ecosite.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Loads YAML the safe way: SnakeYAML only composes a node tree (it never constructs Java
 * objects), explicit tags that ask for types are refused, aliases are limited, duplicate keys
 * are reported with both lines. Every problem lands in {@link Problems} with its position.
 */
public final class YamlLoader {

    /** Alias expansions are counted by SnakeYAML; this bounds what a "billion laughs" could do. */
    private static final int MAX_ALIASES = 20;
    /** Even with few aliases, the expanded tree is capped so a file cannot blow up memory. */
    private static final int MAX_NODES = 50_000;
    private static final int MAX_DEPTH = 40;
    private static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    /**
     * The longest YAML text read, in characters. SnakeYAML's scanner takes time growing with the square of a
     * value's length (a quoted value of 4 MB takes 20 s, 16 MB never ends), and its code-point limit is
     * checked only after a value is read: the bound must come before parsing. Front matter, site.yaml and a
     * catalog are a few kilobytes; at this size the worst value is read in well under a second.
     */
    public static final int MAX_TEXT = 256 * 1024;
    /** The longest value, in characters: a summary is a paragraph, a title a line. */
    public static final int MAX_VALUE = 16 * 1024;

    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    private YamlLoader() {
    }

    /**
     * A YAML text loaded.
     *
     * @param tree   its values, checked
     * @param values every value scalar as written, in order, as {@link ScalarSpans#values} finds them: found
     *               while the tree is made, so that the checks of what an editor typed need not parse the
     *               text again
     */
    public record Loaded(YamlNode tree, List<ScalarSpan> values) {
    }

    /**
     * Parses one YAML document.
     *
     * @param text      the YAML text
     * @param file      the file name used in problems
     * @param firstLine the line of the file on which {@code text} starts, counted from 1
     * @return the tree, or empty when the text is empty or could not be read (problems say why)
     */
    public static Optional<YamlNode> load(String text, String file, int firstLine, Problems problems) {
        return read(text, file, firstLine, problems).map(Loaded::tree);
    }

    /** As {@link #load}, with the values as written too. */
    public static Optional<Loaded> read(String text, String file, int firstLine, Problems problems) {
        if (tooLong(text)) {
            problems.error(file, new Position(firstLine, 1), "yaml.text_too_long", text.length(), MAX_TEXT);
            return Optional.empty();
        }
        if (YamlSlips.report(text, file, firstLine, problems)) {
            return Optional.empty();
        }
        Yaml yaml = new Yaml(options());
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            ParserErrors.report(e, text, file, firstLine, problems);
            return Optional.empty();
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("aliases")) {
                problems.error(file, new Position(firstLine, 1), "yaml.aliases", MAX_ALIASES);
            } else if (message.contains("exceeds the limit")) {
                problems.error(file, new Position(firstLine, 1), "yaml.too_long", MAX_CODE_POINTS);
            } else {
                problems.error(file, new Position(firstLine, 1), "yaml.parse.other", firstLine);
            }
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        Converter converter = new Converter(text, file, firstLine, problems);
        YamlNode tree = converter.convert(root, 0, false);
        return converter.failed || tree == null ? Optional.empty()
                : Optional.of(new Loaded(tree, List.copyOf(converter.values)));
    }

    /** True when a text is too long to give SnakeYAML at all: every reader of YAML asks this first. */
    static boolean tooLong(String text) {
        return text.length() > MAX_TEXT;
    }

    /** The limits every SnakeYAML reader of this package works within. */
    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    /** Turns SnakeYAML nodes into {@link YamlNode}s, guarding against tags, cycles and size. */
    private static final class Converter {
        private final String text;
        private final int[] codePoints;
        private final String file;
        private final int firstLine;
        private final Problems problems;
        private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The value scalars as written, not keys; a scalar an alias repeats is written once, so taken once. */
        private final List<ScalarSpan> values = new ArrayList<>();
        private final Set<Node> spanned = Collections.newSetFromMap(new IdentityHashMap<>());
        private int nodes;
        private boolean failed;

        Converter(String text, String file, int firstLine, Problems problems) {
            this.text = text;
            this.codePoints = ScalarSpans.codePoints(text);
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        YamlNode convert(Node node, int depth, boolean key) {
            if (failed) {
                return null;
            }
            Position at = ParserErrors.position(node.getStartMark(), firstLine);
            if (++nodes > MAX_NODES) {
                fail(at, "yaml.too_large", MAX_NODES);
                return null;
            }
            if (!ALLOWED_TAGS.contains(node.getTag())) {
                fail(at, "yaml.tag", node.getTag().getValue());
                return null;
            }
            if (!onPath.add(node)) {
                fail(at, "yaml.recursive");
                return null;
            }
            try {
                if (node instanceof ScalarNode scalar) {
                    if (scalar.getValue().length() > MAX_VALUE) {
                        fail(at, "yaml.value_too_long", scalar.getValue().length(), MAX_VALUE);
                        return null;
                    }
                    // Taken where it is written; an alias to it is not a value written.
                    if (spanned.add(scalar) && !key) {
                        values.add(ScalarSpans.span(text, codePoints, scalar.getStartMark(), scalar.getEndMark(),
                                firstLine));
                    }
                    boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                    return new YamlNode.Scalar(scalar.getValue(), at, plain);
                }
                if (node instanceof SequenceNode sequence) {
                    List<YamlNode> items = new ArrayList<>();
                    for (Node item : sequence.getValue()) {
                        items.add(convert(item, depth + 1, false));
                    }
                    return failed ? null : new YamlNode.Sequence(items, at);
                }
                return mapping((MappingNode) node, at, depth);
            } finally {
                onPath.remove(node);
            }
        }

        private YamlNode mapping(MappingNode mapping, Position at, int depth) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Position keyAt = ParserErrors.position(keyNode.getStartMark(), firstLine);
                if (keyNode.getTag() == Tag.MERGE) {
                    fail(keyAt, "yaml.merge");
                    return null;
                }
                if (!(keyNode instanceof ScalarNode)) {
                    fail(keyAt, "yaml.complex_key");
                    return null;
                }
                YamlNode key = convert(keyNode, depth + 1, true);
                YamlNode value = convert(tuple.getValueNode(), depth + 1, false);
                if (failed) {
                    return null;
                }
                YamlNode.Scalar keyScalar = (YamlNode.Scalar) key;
                Position first = seen.putIfAbsent(keyScalar.text(), keyAt);
                if (first != null) {
                    // Reported, but reading goes on: the editor should see every duplicate at once.
                    problems.error(file, keyAt, "yaml.duplicate_key", keyScalar.text(), first.line());
                    continue;
                }
                entries.add(new YamlNode.Entry(keyScalar, value));
            }
            return new YamlNode.Mapping(entries, at);
        }

        private void fail(Position at, String key, Object... args) {
            if (!failed) {
                problems.error(file, at, key, args);
            }
            failed = true;
        }
    }
}
