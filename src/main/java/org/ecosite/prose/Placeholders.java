package org.ecosite.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what redaction or an unfinished draft leaves instead of a figure: {@code *}, {@code **},
 * {@code x}, {@code X}, {@code XX} or {@code 某某}, standing next to a unit or a number
 * ({@code 达到*%}, {@code **件}, {@code x吨}, {@code *个}, {@code 1-*月}, {@code 某某万元}).
 *
 * <p>A star or an x alone is not enough: {@code *县} is a redacted name, {@code index} is a word,
 * so only a placeholder that a unit or a number marks as a figure is reported. A redacted name
 * that happens to be followed by a unit word ({@code **天行化工}) is reported too; it is rare
 * and still something to look at before publishing.
 */
public final class Placeholders {

    /** The unit words of Chinese bulletins, longest first so the whole unit is taken. */
    static final String UNITS = "微克/立方米|微克每立方米|毫克/立方米|μg/m³|μg/m3|ug/m³|ug/m3|mg/m³|mg/m3|mg/L|"
            + "平方公里|平方千米|平方米|立方米|千米|公里|公顷|万元|亿元|千元|元|万吨|吨|千克|公斤|kg|km|t(?![A-Za-z])|"
            + "人次|家次|户次|车次|%|％|‰|件|个|起|次|人|家|座|辆|台|户|处|项|条|所|名|批|宗|份|轮|期|部|篇|只|头|"
            + "棵|株|亩|米|天|日|月|年|倍|分|位|类|万|千|百|亿";

    /** Stars (half or full width), one to three x or X not inside a Latin word, or 某某. */
    private static final String MARK = "(?:[*＊]+|(?<![A-Za-z])[xX]{1,3}(?![A-Za-z])|某某+)";

    private static final Pattern BEFORE_UNIT = Pattern.compile(
            "(?<mark>" + MARK + ")\\s?(?:余|多)?(?:" + UNITS + ")");
    /** A range or sum whose second figure is hidden: 1-*月 is caught by the unit, 1-* alone by this. */
    private static final Pattern AFTER_NUMBER = Pattern.compile(
            "(?<=\\d)\\s?[-—–~～至到]\\s?(?<mark>" + MARK + ")|(?<=\\d)(?<mark2>[*＊]+)");
    private static final Pattern BEFORE_NUMBER = Pattern.compile("(?<mark>[*＊]+)(?=\\d)");
    /**
     * A masked number of a person, as personal data must be published: 110***********1234, 138****0000.
     * Its stars hide what must stay hidden, not a missing figure.
     */
    private static final Pattern MASKED = Pattern.compile("(?<![\\d*＊])\\d{1,14}[*＊]{4,}[\\dXx]{0,4}(?![\\d*＊])");

    private Placeholders() {
    }

    /** Every placeholder of a text, in order, none overlapping. */
    public static List<Placeholder> find(CharSequence chars) {
        // A String's own charAt, which the quick compiler inlines, not an interface call per character.
        String text = chars.toString();
        if (!mayHold(text)) {
            return List.of();
        }
        List<Placeholder> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher masked = MASKED.matcher(text);
        while (masked.find()) {
            if (masked.end() - masked.start() >= 11) {
                java.util.Arrays.fill(taken, masked.start(), masked.end(), true);
            }
        }
        collect(BEFORE_UNIT.matcher(text), "mark", text, found, taken);
        collect(AFTER_NUMBER.matcher(text), "mark", text, found, taken);
        collect(AFTER_NUMBER.matcher(text), "mark2", text, found, taken);
        collect(BEFORE_NUMBER.matcher(text), "mark", text, found, taken);
        found.sort(java.util.Comparator.comparingInt(Placeholder::start));
        return found;
    }

    /** Most paragraphs hold no star, x or 某 at all: those need no pattern run over them. */
    private static boolean mayHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMarkChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A character a placeholder's mark is made of: a star (half or full width), x, X or 某. */
    static boolean isMarkChar(char c) {
        return c == '*' || c == '＊' || c == 'x' || c == 'X' || c == '某';
    }

    /**
     * The placeholder the text starts with, when a unit follows it: for stars that Markdown took as an
     * emphasis marker ({@code **件}). A marker before a plain number is not one: {@code **100%**} is bold.
     */
    public static java.util.Optional<Placeholder> leading(CharSequence text) {
        Matcher m = BEFORE_UNIT.matcher(text);
        if (m.lookingAt() && m.start("mark") == 0) {
            return java.util.Optional.of(new Placeholder(0, m.end(), text.subSequence(0, m.end()).toString()));
        }
        return java.util.Optional.empty();
    }

    /** True when the text is nothing but a placeholder and its unit, e.g. a figure field holding {@code *%}. */
    public static boolean isOnlyPlaceholder(CharSequence text) {
        List<Placeholder> all = find(text);
        return all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == text.length();
    }

    private static void collect(Matcher m, String group, CharSequence text, List<Placeholder> found,
                                boolean[] taken) {
        while (m.find()) {
            int start = m.start(group);
            if (start < 0 || taken[start]) {
                continue;
            }
            int end = Math.max(m.end(), m.end(group));
            for (int i = start; i < end; i++) {
                taken[i] = true;
            }
            found.add(new Placeholder(start, end, text.subSequence(start, end).toString()));
        }
    }
}
