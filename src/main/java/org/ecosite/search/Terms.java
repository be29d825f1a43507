package org.ecosite.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Splits text into the terms the search index holds. The search page's script
 * ({@code assets/search.js}) splits a query the same way, so the two must change together.
 *
 * <ul>
 *   <li>Text is NFKC-normalised and lower-cased: full-width ＰＭ２．５ and PM2.5 are one term.</li>
 *   <li>Chinese, Japanese and Korean have no spaces between words, so a run of such characters
 *       becomes every pair of neighbours (大气污染 → 大气, 气污, 污染): any two-character word
 *       finds the report. A single character standing alone is a term of its own.</li>
 *   <li>Other letters and digits form words; a dot between digits stays inside (2.5, pm2.5).</li>
 * </ul>
 */
public final class Terms {

    private Terms() {
    }

    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The terms of a text, in order, repeats included. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        each(text, terms::add);
        return terms;
    }

    /** Gives each term of a text to {@code terms}, in order, repeats included, without collecting them. */
    static void each(String text, Consumer<String> terms) {
        each(text, terms, pair -> terms.accept(pair(pair)));
    }

    /**
     * Gives each term of a text, in order, repeats included: two neighbouring characters of the Basic
     * Multilingual Plane (almost every term of a Chinese report) to {@code pairs} as one int, the first
     * in the high 16 bits ({@link #pair(int)} makes the term of it); every other term to {@code words}.
     * The search index keys most terms by that int, without making a string of each.
     */
    static void each(String text, Consumer<String> words, IntConsumer pairs) {
        // One array of the normalised text: the loop reads it without String's checks on every character.
        char[] s = normalise(text).toCharArray();
        int n = s.length;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            if (isCjk(cp)) {
                int start = i;
                int previous = -1;
                int count = 0;
                while (i < n) {
                    int c = Character.codePointAt(s, i);
                    if (!isCjk(c)) {
                        break;
                    }
                    int width = Character.charCount(c);
                    if (previous >= 0) {
                        if (i - previous == 1 && width == 1) {
                            pairs.accept(s[previous] << 16 | s[i]);
                        } else {
                            words.accept(new String(s, previous, i + width - previous));
                        }
                    }
                    previous = i;
                    count++;
                    i += width;
                }
                if (count == 1) {
                    words.accept(new String(s, start, i - start));
                }
            } else if (isWordChar(cp)) {
                int start = i;
                while (i < n) {
                    int c = Character.codePointAt(s, i);
                    if (isWordChar(c) && !isCjk(c)) {
                        i += Character.charCount(c);
                    } else if (c == '.' && i > start && Character.isDigit(Character.codePointBefore(s, i))
                            && i + 1 < n && Character.isDigit(Character.codePointAt(s, i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                words.accept(new String(s, start, i - start));
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** The term of two characters given as one int by {@link #each(String, Consumer, IntConsumer)}. */
    static String pair(int pair) {
        return new String(new char[] {(char) (pair >>> 16), (char) pair});
    }

    static boolean isCjk(int cp) {
        // The common cases first, without the script table's binary search: everything before Hangul Jamo
        // (U+1100, the first code point of these scripts), and the
        // CJK Unified Ideographs that make up almost all of a Chinese report.
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.isDigit(cp);
    }

    /** Which shard of the index holds a term: FNV-1a over the UTF-16 units, as the script computes it. */
    static int shard(String term, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shards);
    }
}
