package org.ecosite.prose;

import java.util.List;
import java.util.Optional;

/**
 * The figures a report's source withholds on purpose, as its front matter's {@code withheld} list
 * acknowledges them: the placeholders written as the text writes them and as the warning quotes them.
 *
 * <p>An entry is a placeholder with its unit ({@code *%}, {@code x家}, {@code *微克/立方米}), which covers
 * every placeholder of that mark and unit, or a mark alone ({@code *}, {@code x}, {@code 某某}), which
 * covers every placeholder written with that mark. Stars count as one mark however many there are and
 * whatever their width ({@code *}, {@code ***} and {@code ＊} are the same), x's whatever their case and
 * number, so the list says what the source did, not how many digits it hid. A placeholder the list does
 * not cover still warns: an editor's own forgotten figure is not taken for the source's redaction.
 *
 * @param entries the list as written, in order
 */
public record Withheld(List<Entry> entries) {

    public static final Withheld NONE = new Withheld(List.of());

    /**
     * One entry of the list.
     *
     * @param written the entry as written
     * @param mark    its mark in the form compared ({@code *}, {@code x} or {@code 某})
     * @param unit    its unit, when it names one
     */
    public record Entry(String written, String mark, Optional<String> unit) {
    }

    public Withheld {
        entries = List.copyOf(entries);
    }

    /** An entry as written, or empty when it is no placeholder: neither a mark alone nor a mark with a unit. */
    public static Optional<Entry> entry(String written) {
        String text = written.strip();
        if (!text.isEmpty() && text.chars().allMatch(c -> Placeholders.isMarkChar((char) c))) {
            Placeholder alone = new Placeholder(0, text.length(), text);
            return Optional.of(new Entry(written, kind(alone.mark()), Optional.empty()));
        }
        if (!Placeholders.isOnlyPlaceholder(text)) {
            return Optional.empty();
        }
        Placeholder p = Placeholders.find(text).get(0);
        return Optional.of(new Entry(written, kind(p.mark()), Optional.of(p.unit()).filter(u -> !u.isEmpty())));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** True when the list acknowledges the placeholder as the source's own redaction. */
    public boolean covers(Placeholder p) {
        String mark = kind(p.mark());
        String unit = p.unit();
        return entries.stream().anyMatch(e -> e.mark().equals(mark) && e.unit().map(unit::equals).orElse(true));
    }

    /** The mark in the form compared: stars as one star, x's as one x, 某某 as 某. */
    private static String kind(String mark) {
        char c = mark.isEmpty() ? ' ' : mark.charAt(0);
        return switch (c) {
            case '*', '＊' -> "*";
            case 'x', 'X' -> "x";
            default -> mark.isEmpty() ? "" : "某";
        };
    }
}
