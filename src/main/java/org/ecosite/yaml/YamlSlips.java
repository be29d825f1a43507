package org.ecosite.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;

/**
 * Finds the slips editors make in YAML on a Chinese keyboard before SnakeYAML reads the text: a
 * full-width colon or space, a tab in the indentation, full-width quotes round a value, a value
 * starting with {@code *}, a code with leading zeros left unquoted, a list item written without
 * {@code "- "}. The parser would either accept them silently (a full-width space becomes part of a
 * key) or report them on a later line in its own words; each slip is told here at its own line and
 * column instead.
 *
 * <p>The scan reads the text line by line, the way an editor sees it: the lines of a block text
 * ({@code |}, {@code >}), of a quoted or bracketed value that goes on over lines, and the further
 * lines of a long plain value are text, not structure, and are left alone.
 */
final class YamlSlips {

    /** A key as ecosite's files write them: {@code title}, {@code base_url}, {@code site_id_code}. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][+-]?[0-9]?[+-]?\\s*(#.*)?");
    private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]+");
    private static final Pattern ANCHOR = Pattern.compile("(?:^|[\\s\\[{,])&([^\\s,\\[\\]{}]+)");
    private static final String OPENING_QUOTES = "“‘＂＇「『";
    private static final String CLOSING_QUOTES = "”’＂＇」』";
    private static final char FULL_WIDTH_SPACE = '\u3000';
    private static final char NO_BREAK_SPACE = '\u00a0';
    /** What looks like a space to an editor but is none to YAML where it separates or indents. */
    private static final String WIDE_SPACES = "\t" + FULL_WIDTH_SPACE + NO_BREAK_SPACE;

    /** One line of structure: where its content starts and what it is. */
    private record Line(int number, int indent, boolean item, boolean key) {
    }

    private YamlSlips() {
    }

    /**
     * Reports every slip of {@code text}.
     *
     * @param firstLine the file line on which the text starts
     * @return true when there was any: the text is then not handed to the parser, whose messages
     *         would only repeat the slip in other words, often on the wrong line
     */
    static boolean report(String text, String file, int firstLine, Problems problems) {
        return new Scan(text, file, firstLine, problems).run();
    }

    private static final class Scan {
        private final String[] lines;
        private final String file;
        private final int firstLine;
        private final Problems problems;
        private final Set<String> anchors = new HashSet<>();
        private final List<Line> structure = new ArrayList<>();
        private final Set<Integer> slipped = new HashSet<>();

        /** Lines more indented than this are the text of the line above (a block, or a long plain value). */
        private int textAbove = Integer.MAX_VALUE;
        /** Inside a quoted value that goes on over lines: its quote; or 0. */
        private char openQuote;
        /** Inside a bracketed value that goes on over lines: how many brackets are open. */
        private int openBrackets;

        Scan(String text, String file, int firstLine, Problems problems) {
            this.lines = text.split("\n", -1);
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
            Matcher anchor = ANCHOR.matcher(text);
            while (anchor.find()) {
                anchors.add(anchor.group(1));
            }
        }

        boolean run() {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
                scanLine(i, line);
            }
            missingDashes();
            return !slipped.isEmpty();
        }

        private void scanLine(int number, String line) {
            if (openQuote != 0) {
                if (closes(line, 0, openQuote)) {
                    openQuote = 0;
                }
                return;
            }
            if (openBrackets > 0) {
                openBrackets = brackets(line, 0, openBrackets);
                return;
            }
            if (line.isBlank() && line.indexOf('\t') < 0 && line.indexOf(FULL_WIDTH_SPACE) < 0) {
                // A blank line; one holding a tab or a full-width space is refused by YAML like any other.
                return;
            }
            // Indentation is spaces only; the text of the line above may go on after them with anything.
            int indent = skipSpaces(line, 0);
            if (indent > textAbove) {
                return;
            }
            textAbove = Integer.MAX_VALUE;
            if (WIDE_SPACES.indexOf(line.charAt(indent)) >= 0) {
                slip(number, indent, spaceKey(line.charAt(indent)));
                return;
            }
            String content = line.substring(indent);
            if (content.startsWith("#") || content.startsWith("---") || content.startsWith("...")
                    || content.startsWith("%")) {
                return;
            }
            // The dashes of list items, "- - x" included.
            int at = indent;
            boolean item = false;
            while (at < line.length() && line.charAt(at) == '-') {
                int next = at + 1;
                if (next == line.length() || line.charAt(next) == ' ') {
                    item = true;
                    at = skipSpaces(line, next);
                } else if (WIDE_SPACES.indexOf(line.charAt(next)) >= 0) {
                    slip(number, next, spaceKey(line.charAt(next)));
                    return;
                } else if (at == indent && !item && !Character.isDigit(line.charAt(next)) && line.charAt(next) != '-'
                        && line.charAt(next) != '.') {
                    // "-大气": a list item without its space, which YAML reads as a text starting with "-".
                    slip(number, at, "yaml.slip.dash_space");
                    return;
                } else {
                    break;
                }
            }
            String rest = line.substring(at);
            if (rest.isEmpty()) {
                structure.add(new Line(number, indent, item, false));
                return;
            }
            int valueAt = keyEnd(number, line, at, item);
            if (valueAt == -2) {
                return;
            }
            structure.add(new Line(number, indent, item, valueAt >= 0));
            int value = valueAt >= 0 ? skipSpaces(line, valueAt) : at;
            if (valueAt >= 0 && value < line.length() && WIDE_SPACES.indexOf(line.charAt(value)) >= 0) {
                slip(number, value, spaceKey(line.charAt(value)));
                return;
            }
            // A value goes on over the lines indented further than its key, or than its dash.
            value(number, line, value, valueAt >= 0 ? at : indent);
        }

        /**
         * Reads the key of a line, if it has one.
         *
         * @return where the value starts after "key:", -1 for a line with no key (a plain list item or
         *         text), -2 when a slip was reported
         */
        private int keyEnd(int number, String line, int at, boolean item) {
            char first = line.charAt(at);
            if (first == '"' || first == '\'' || first == '[' || first == '{' || first == '?') {
                return -1;
            }
            int colon = separator(line, at);
            int wide = line.indexOf('：', at);
            Matcher key = KEY.matcher(line).region(at, line.length());
            boolean asciiKey = key.lookingAt();
            int keyEnd = asciiKey ? skipSpaces(line, key.end()) : -1;
            if (wide >= 0 && (colon < 0 || wide < colon)) {
                // In a list item a full-width colon is ordinary text ("- 目标：完成"), unless what stands
                // before it is one of our keys; elsewhere a line must be "key: value".
                if (!item || asciiKey && keyEnd == wide) {
                    slip(number, wide, "yaml.slip.full_width_colon");
                    return -2;
                }
                return -1;
            }
            if (colon >= 0) {
                return colon + 1;
            }
            if (asciiKey && keyEnd < line.length() && line.charAt(keyEnd) == ':' && keyEnd + 1 < line.length()
                    && line.charAt(keyEnd + 1) != '/' && line.charAt(keyEnd + 1) != ':') {
                // "title:青山县": YAML needs a space after the colon, or it reads one text "title:青山县".
                slip(number, keyEnd, "yaml.slip.colon_space");
                return -2;
            }
            return -1;
        }

        private void value(int number, String line, int from, int indent) {
            if (from >= line.length()) {
                return;
            }
            char first = line.charAt(from);
            if (commentAt(line, from)) {
                // "indicators:   # 说明": a comment, no value; the lines below are its items, not its text.
                return;
            }
            String value = withoutComment(line, from).strip();
            if (first == '"' || first == '\'') {
                if (!closes(line, from + 1, first)) {
                    openQuote = first;
                }
                return;
            }
            if (first == '[' || first == '{') {
                openBrackets = brackets(line, from, 0);
                return;
            }
            if (BLOCK_SCALAR.matcher(line.substring(from)).matches()) {
                textAbove = indent;
                return;
            }
            // A plain value may go on over the lines below that are indented further.
            textAbove = indent;
            int quote = OPENING_QUOTES.indexOf(first);
            if (quote >= 0 && value.length() > 1 && value.charAt(value.length() - 1) == CLOSING_QUOTES.charAt(quote)
                    && firstOf(value, 1, value.length() - 1, OPENING_QUOTES + CLOSING_QUOTES) < 0) {
                slip(number, from, "yaml.slip.full_width_quotes", value);
            } else if (first == '*' && !anchors.contains(value.substring(1))) {
                slip(number, from, "yaml.slip.star", value);
            } else if (LEADING_ZERO.matcher(value).matches()) {
                slip(number, from, "yaml.slip.leading_zero", value);
            }
        }

        /**
         * "水" written under "- 大气" at the same indentation: an item that lost its "- ". A key at the
         * items' indentation is one too, unless a key of the same indentation stands before the items
         * (the items then belong to it, written without indentation).
         */
        private void missingDashes() {
            for (int i = 0; i < structure.size(); i++) {
                Line line = structure.get(i);
                if (line.item() || slipped.contains(line.number())) {
                    continue;
                }
                Line before = sibling(i, -1);
                boolean itemBefore = before != null && before.item();
                if (line.key()) {
                    if (itemBefore && !keyBeforeItems(i)) {
                        slipAtContent(line);
                    }
                } else {
                    Line after = sibling(i, 1);
                    if (itemBefore || after != null && after.item()) {
                        slipAtContent(line);
                    }
                }
            }
        }

        private boolean keyBeforeItems(int index) {
            Line line = structure.get(index);
            for (int j = index - 1; j >= 0; j--) {
                Line other = structure.get(j);
                if (other.indent() < line.indent()) {
                    return false;
                }
                if (other.indent() == line.indent() && !other.item()) {
                    return true;
                }
            }
            return false;
        }

        /** The nearest line of the same indentation in {@code direction}, with no shallower line between. */
        private Line sibling(int index, int direction) {
            Line line = structure.get(index);
            for (int j = index + direction; j >= 0 && j < structure.size(); j += direction) {
                Line other = structure.get(j);
                if (other.indent() < line.indent()) {
                    return null;
                }
                if (other.indent() == line.indent()) {
                    return other;
                }
            }
            return null;
        }

        private void slipAtContent(Line line) {
            slip(line.number(), line.indent(), "yaml.slip.missing_dash");
        }

        private void slip(int number, int index, String key, Object... more) {
            String line = lines[number];
            int column = line.codePointCount(0, Math.min(index, line.length())) + 1;
            Object[] args = new Object[more.length + 1];
            args[0] = number + firstLine;
            System.arraycopy(more, 0, args, 1, more.length);
            problems.error(file, new Position(number + firstLine, column), key, args);
            slipped.add(number);
        }
    }

    private static String spaceKey(char c) {
        return c == '\t' ? "yaml.slip.tab" : c == FULL_WIDTH_SPACE ? "yaml.slip.full_width_space"
                : "yaml.slip.no_break_space";
    }

    /** The colon that ends a key: followed by white space (of any width) or the end of the line; or -1. */
    private static int separator(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' && i > from && Character.isWhitespace(line.charAt(i - 1))) {
                return -1;
            }
            if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' '
                    || WIDE_SPACES.indexOf(line.charAt(i + 1)) >= 0)) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int firstOf(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutComment(String line, int from) {
        for (int i = from + 1; i < line.length(); i++) {
            if (commentAt(line, i)) {
                return line.substring(from, i);
            }
        }
        return line.substring(from);
    }

    /** Whether a comment starts at {@code i}: a '#' after a space. */
    private static boolean commentAt(String line, int i) {
        return line.charAt(i) == '#' && i > 0
                && (line.charAt(i - 1) == ' ' || WIDE_SPACES.indexOf(line.charAt(i - 1)) >= 0);
    }

    /** Whether a quoted value opened before {@code from} closes on this line. */
    private static boolean closes(String line, int from, char quote) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many brackets are still open at the end of the line. */
    private static int brackets(String line, int from, int open) {
        int depth = open;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return Math.max(depth, 0);
    }
}
