package org.ecosite.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

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
        String s = normalise(text);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isCjk(cp)) {
                int start = i;
                int previous = -1;
                int count = 0;
                while (i < s.length()) {
                    int c = s.codePointAt(i);
                    if (!isCjk(c)) {
                        break;
                    }
                    if (previous >= 0) {
                        // The two characters stand next to each other in s: one substring is the bigram.
                        terms.accept(s.substring(previous, i + Character.charCount(c)));
                    }
                    previous = i;
                    count++;
                    i += Character.charCount(c);
                }
                if (count == 1) {
                    terms.accept(s.substring(start, i));
                }
            } else if (isWordChar(cp)) {
                int start = i;
                while (i < s.length()) {
                    int c = s.codePointAt(i);
                    if (isWordChar(c) && !isCjk(c)) {
                        i += Character.charCount(c);
                    } else if (c == '.' && i > start && Character.isDigit(s.codePointBefore(i))
                            && i + 1 < s.length() && Character.isDigit(s.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                terms.accept(s.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
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
