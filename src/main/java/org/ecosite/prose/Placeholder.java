package org.ecosite.prose;

/**
 * A placeholder standing for a figure, e.g. {@code *%} in 达到*%.
 *
 * @param start offset of the placeholder's first character in the text searched
 * @param end   offset just after the unit or number that shows it stands for a figure
 * @param text  what was found, placeholder and unit: {@code *%}, {@code **件}, {@code x吨}
 */
public record Placeholder(int start, int end, String text) {

    /** How many characters of {@link #text} are the mark itself ({@code **} of {@code **件}), not its unit. */
    public int markLength() {
        int n = 0;
        while (n < text.length() && Placeholders.isMarkChar(text.charAt(n))) {
            n++;
        }
        return n;
    }

    /** The mark: {@code **} of {@code **件}. */
    public String mark() {
        return text.substring(0, markLength());
    }

    /** What follows the mark, white space left out: {@code 件} of {@code **件}, empty after a bare {@code 1-*}. */
    public String unit() {
        return text.substring(markLength()).replaceAll("\\s", "");
    }
}
