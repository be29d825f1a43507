package org.ecosite.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Finds the known words nearest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to {@code max} candidates within an edit distance that grows with the word's length. */
    public static List<String> nearest(String word, Collection<String> candidates, int max) {
        int limit = Math.max(2, word.length() / 3);
        return candidates.stream()
                .map(c -> new Scored(c, distance(word.toLowerCase(), c.toLowerCase())))
                .filter(s -> s.distance <= limit || s.word.startsWith(word) || word.startsWith(s.word))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::word))
                .limit(max)
                .map(Scored::word)
                .toList();
    }

    private record Scored(String word, int distance) {
    }

    /** Levenshtein distance over code points, with two rows of memory. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
