package org.ecosite.importer;

import java.util.regex.Pattern;

/**
 * Writes plain text so that Markdown shows it as it is: a redacted {@code *%} stays a star instead of
 * starting emphasis. CommonMark lets any ASCII punctuation be escaped with a backslash; only the marks
 * that could start markup are escaped, so the file stays readable.
 */
final class MarkdownEscape {

    /** Marks that start inline markup anywhere: emphasis, code, links, autolinks and HTML, tables, entities. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|&])");
    /** Marks that start a block at the beginning of a line: headings, quotes, lists, thematic breaks. */
    private static final Pattern LINE_START = Pattern.compile("^(#|>|[-+=](?=\\s|$))");
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private MarkdownEscape() {
    }

    /** Text of one paragraph, heading or list item, escaped. */
    static String text(String text) {
        String escaped = INLINE.matcher(text).replaceAll("\\\\$1");
        escaped = LINE_START.matcher(escaped).replaceAll("\\\\$1");
        return ORDERED.matcher(escaped).replaceAll("$1\\\\$2");
    }
}
