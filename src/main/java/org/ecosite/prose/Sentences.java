package org.ecosite.prose;

/** Sentences of Chinese prose: what to quote around a figure. */
public final class Sentences {

    /** Quotes longer than this are cut to the clauses around the figure. */
    static final int LONGEST_QUOTE = 90;

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
