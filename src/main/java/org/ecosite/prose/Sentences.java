package org.ecosite.prose;

import java.util.regex.Pattern;

/** Sentences of Chinese prose: what to quote around a figure. */
public final class Sentences {

    /** Quotes longer than this are cut to the clauses around the figure. */
    static final int LONGEST_QUOTE = 90;

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern CJK_BREAK = Pattern.compile("(?<=[\\p{IsHan}\\p{IsPunctuation}])\\s+(?=[\\p{IsHan}“‘（《])");

    private Sentences() {
    }

    /** The sentence around {@code [start, end)}; in a long sentence, the clauses around it, marked with …… */
    public static String around(String text, int start, int end) {
        int from = boundaryBefore(text, start, "。；！？!?;\n");
        int to = boundaryAfter(text, end, "。；！？!?;\n");
        if (to - from > LONGEST_QUOTE) {
            int clauseFrom = Math.max(from, boundaryBefore(text, start, "，,：:"));
            int clauseTo = Math.min(to, boundaryAfter(text, end, "，,"));
            String clause = text.substring(clauseFrom, clauseTo).strip();
            return (clauseFrom > from ? "……" : "") + clause + (clauseTo < to ? "……" : "");
        }
        return text.substring(from, to).strip();
    }

    /** The first sentence of a paragraph, with its full stop. */
    public static String first(String text) {
        int end = boundaryAfter(text, 0, "。！？!?\n");
        boolean stop = end < text.length() && text.charAt(end) != '\n';
        return text.substring(0, Math.min(text.length(), end + (stop ? 1 : 0)))
                .strip();
    }

    /**
     * The opening of a text as a page's description: its whole sentences that fit in {@code max}
     * characters; when these would be under a third of that, the first {@code max} characters (cut after a
     * word in a text without Chinese), marked with …. Lines are joined, runs of white space made one.
     */
    public static String lead(String text, int max) {
        // Chinese lines join without a space; other text's white space becomes one space.
        String flat = CJK_BREAK.matcher(text.strip()).replaceAll("").replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        int cut = flat.offsetByCodePoints(0, max);
        for (int i = cut - 1; i >= max / 3; i--) {
            if ("。！？!?".indexOf(flat.charAt(i)) >= 0 || flat.charAt(i) == '.' && flat.charAt(i + 1) == ' ') {
                return flat.substring(0, i + 1);
            }
        }
        int space = flat.lastIndexOf(' ', cut);
        if (space > cut / 2 && !HAN.matcher(flat).find()) {
            cut = space;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }

    private static int boundaryBefore(String text, int index, String stops) {
        for (int i = index - 1; i >= 0; i--) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int boundaryAfter(String text, int index, String stops) {
        for (int i = index; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
