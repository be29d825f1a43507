package org.ecosite.prose;

import java.util.Optional;

/**
 * A figure a sentence states, matched to an indicator of the built-in catalog.
 *
 * @param indicator the catalog id, e.g. {@code pm25}
 * @param location  the monitoring section or place the sentence names, for figures told apart by place
 * @param value     the figure in the form front matter takes ({@code 15}, {@code Ⅲ}, {@code 10/12});
 *                  empty when the text hides it behind a placeholder
 * @param written   the words that state it, e.g. {@code PM2.5平均浓度为15微克/立方米}
 * @param start     offset of {@code written} in the text searched
 * @param valueStart offset of the figure itself (or of the placeholder hiding it) in the text searched
 * @param sentence  the sentence (or, in a long sentence, the clause) that states it, to quote
 */
public record StatedFigure(String indicator, Optional<String> location, Optional<String> value, String written,
                           int start, int valueStart, String sentence) {

    public boolean isHidden() {
        return value.isEmpty();
    }
}
