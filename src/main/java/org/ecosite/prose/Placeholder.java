package org.ecosite.prose;

/**
 * A placeholder standing for a figure, e.g. {@code *%} in 达到*%.
 *
 * @param start offset of the placeholder's first character in the text searched
 * @param end   offset just after the unit or number that shows it stands for a figure
 * @param text  what was found, placeholder and unit: {@code *%}, {@code **件}, {@code x吨}
 */
public record Placeholder(int start, int end, String text) {
}
