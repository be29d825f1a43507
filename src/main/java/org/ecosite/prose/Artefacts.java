package org.ecosite.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what Word and text conversion leave behind: bookmark and image markers, field codes,
 * invisible and control characters, private-use symbols, replacement characters, and the
 * non-breaking or full-width spaces Word uses for indentation.
 */
public final class Artefacts {

    private static final Pattern MARKER = Pattern.compile(
            "\\[(?<kind>bookmark|image|picture|footnote|endnote|comment|page ?break|section ?break)"
                    + "(?:[:：][^\\]\\n]{0,200})?\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:MERGEFORMAT|PAGEREF|HYPERLINK|_GoBack|_Toc\\d+|_Hlk\\d+|_Ref\\d+)(?![A-Za-z0-9_])");
    /** Spaces Word uses for layout: no-break, en/em and thin spaces, the ideographic space. */
    private static final String LAYOUT = "\\u00A0\\u2002-\\u200A\\u202F\\u3000";
    private static final Pattern LAYOUT_SPACE = Pattern.compile(
            "(?m)^[ \\t" + LAYOUT + "]*[" + LAYOUT + "][ \\t" + LAYOUT + "]*"
                    + "|[ \\t]*[" + LAYOUT + "][ \\t" + LAYOUT + "]*$");

    private Artefacts() {
    }

    /** Every artefact of a text, in order. */
    public static List<Artefact> find(CharSequence chars) {
        // A String's own charAt, which the quick compiler inlines, not an interface call per character.
        String text = chars.toString();
        List<Artefact> found = new ArrayList<>();
        Clues clues = Clues.of(text);
        if (!clues.any()) {
            return found;
        }
        boolean[] taken = new boolean[text.length() + 1];
        Matcher m = MARKER.matcher(clues.bracket ? text : "");
        while (m.find()) {
            String kind = m.group("kind").toLowerCase(Locale.ROOT);
            boolean image = kind.equals("image") || kind.equals("picture");
            add(found, taken, m.start(), m.end(), image ? Artefact.Kind.IMAGE_MARKER : Artefact.Kind.WORD_MARKER,
                    m.group());
        }
        m = FIELD.matcher(clues.field ? text : "");
        while (m.find()) {
            add(found, taken, m.start(), m.end(), Artefact.Kind.WORD_MARKER, m.group());
        }
        m = LAYOUT_SPACE.matcher(clues.layout ? text : "");
        while (m.find()) {
            if (m.end() > m.start()) {
                add(found, taken, m.start(), m.end(), Artefact.Kind.LAYOUT_SPACE, codes(m.group()));
            }
        }
        for (int i = 0; clues.stray && i < text.length(); i++) {
            char c = text.charAt(i);
            Artefact.Kind kind = kindOf(c, i);
            if (kind != null && !taken[i]) {
                add(found, taken, i, i + 1, kind, codes(String.valueOf(c)));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Artefact::start));
        return found;
    }

    /**
     * Which patterns could match, from one pass over the text: a marker needs '[', a field code the start
     * of its name (_GoBack, _Toc, _Hlk, _Ref, MERGEFORMAT, PAGEREF, HYPERLINK; not any '_': every front
     * matter holds indicator ids such as good_air_days), layout spaces and stray characters
     * are known by their character. Chinese prose has none of these in most paragraphs, and its
     * quotation marks and dashes start none.
     */
    private record Clues(boolean bracket, boolean field, boolean layout, boolean stray) {

        static Clues of(String text) {
            boolean bracket = false;
            boolean field = false;
            boolean layout = false;
            boolean stray = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // Chinese characters and most printable ASCII start nothing: one or two comparisons, the common
                // case of every report's text. The ideographic space U+3000 and CJK punctuation lie below U+3400.
                if (c >= '\u3400' && c < '\uE000'
                        || c > ' ' && c < 0x7F && c != '[' && c != '_' && c != 'M' && c != 'P' && c != 'H') {
                    continue;
                }
                if (c == '[') {
                    bracket = true;
                } else if (c == '_' && (text.startsWith("_GoBack", i) || text.startsWith("_Toc", i)
                        || text.startsWith("_Hlk", i) || text.startsWith("_Ref", i))
                        || c == 'M' && text.startsWith("MERGEFORMAT", i) || c == 'P' && text.startsWith("PAGEREF", i)
                        || c == 'H' && text.startsWith("HYPERLINK", i)) {
                    field = true;
                } else if (c == '\u00A0' || c >= '\u2002' && c <= '\u200A' || c == '\u202F' || c == '\u3000') {
                    layout = true;
                } else if (kindOf(c, i) != null) {
                    stray = true;
                }
            }
            return new Clues(bracket, field, layout, stray);
        }

        boolean any() {
            return bracket || field || layout || stray;
        }
    }

    /** The kind of a single stray character, or null when the character is fine. */
    static Artefact.Kind kindOf(char c, int index) {
        if (c == '\n' || c == '\t') {
            return null;
        }
        if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) {
            return Artefact.Kind.CONTROL;
        }
        if (c == '\u00AD' || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2060' && c <= '\u2064' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            return Artefact.Kind.INVISIBLE;
        }
        if (c >= '\uE000' && c <= '\uF8FF') {
            return Artefact.Kind.PRIVATE_USE;
        }
        if (c == '\uFFFD') {
            return Artefact.Kind.REPLACEMENT;
        }
        return null;
    }

    /** True for a character {@link #find} would report on its own. */
    public static boolean isStray(char c) {
        return kindOf(c, 0) != null;
    }

    /** Invisible characters by name, so a message can show them: "U+00A0 U+00A0". */
    static String codes(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ' || cp == '\t') {
                return;
            }
            out.append(out.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "U+%04X", cp));
        });
        return out.toString();
    }

    private static void add(List<Artefact> found, boolean[] taken, int start, int end, Artefact.Kind kind,
                            String text) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        found.add(new Artefact(start, end, kind, text));
    }
}
