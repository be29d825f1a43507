package org.ecosite.importer;

import java.util.regex.Pattern;

/**
 * Bold, italic and footnote references of a Word paragraph, carried through the stages that read
 * plain text (header, outline, proposals) as Unicode noncharacters, which no document contains and
 * which Markdown escaping leaves alone; they become Markdown only when the body is written. A plain
 * text import never contains them.
 */
final class Inline {

    static final char BOLD = '\uFDD0';
    static final char ITALIC = '\uFDD1';
    private static final char NOTE_START = '\uFDD2';
    private static final char NOTE_END = '\uFDD3';
    private static final Pattern EMPHASIS = Pattern.compile("[\\uFDD0\\uFDD1]");
    private static final Pattern NOTE = Pattern.compile("\\uFDD2(\\d+)\\uFDD3");

    private Inline() {
    }

    /** The reference to footnote {@code number}. */
    static String note(int number) {
        return NOTE_START + String.valueOf(number) + NOTE_END;
    }

    /** The text a reader reads: no emphasis, no footnote references. */
    static String plain(String text) {
        return NOTE.matcher(withoutEmphasis(text)).replaceAll("");
    }

    static String withoutEmphasis(String text) {
        return EMPHASIS.matcher(text).replaceAll("");
    }

    /**
     * Text in bold or italic: the marks go around it, with spaces and punctuation at its edges left
     * outside, because CommonMark does not open emphasis before punctuation that follows a letter
     * ({@code 达到**“优”**级} would show its stars).
     */
    static String span(String text, char mark) {
        int from = 0;
        int to = text.length();
        while (from < to && isEdge(text.charAt(from))) {
            from++;
        }
        while (to > from && isEdge(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return text;
        }
        return text.substring(0, from) + mark + text.substring(from, to) + mark + text.substring(to);
    }

    private static boolean isEdge(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /**
     * Markdown of a text already escaped: each pair of marks becomes {@code **} or {@code *}, a mark
     * left without its pair (the outline split a sentence inside the emphasis) is dropped, a footnote
     * reference becomes {@code [^1]}.
     */
    static String markdown(String escaped) {
        return NOTE.matcher(pairs(pairs(escaped, BOLD, "**"), ITALIC, "*")).replaceAll("[^$1]");
    }

    /**
     * A numbered line's lead sentence (up to its first 。) without emphasis: the outline makes it a
     * heading, and a bold lead is how Word shows one. Emphasis after it stays.
     */
    static String leadPlain(String text) {
        int stop = text.indexOf('。');
        if (stop < 0) {
            return withoutEmphasis(text);
        }
        int end = stop + 1;
        while (end < text.length() && (text.charAt(end) == BOLD || text.charAt(end) == ITALIC)) {
            end++;
        }
        return withoutEmphasis(text.substring(0, end)) + text.substring(end);
    }

    /** A heading: emphasis is dropped (a heading is emphasis enough), footnote references kept. */
    static String heading(String escaped) {
        return markdown(withoutEmphasis(escaped));
    }

    private static String pairs(String text, char mark, String markdown) {
        long count = text.chars().filter(c -> c == mark).count();
        return text.replace(String.valueOf(mark), count % 2 == 0 ? markdown : "");
    }
}
