package org.ecosite.content;

import org.ecosite.check.Position;

/**
 * An editor's note on words of the text kept as the source wrote them, from the front matter's
 * {@code editor_notes}: a figure the checks find impossible or contradicted (179 good-air days in a
 * 152-day period) stays in the text as published, out of the structured figures, and the note says why.
 * A note acknowledges the checks of the figures inside its words, and only those.
 *
 * @param text     the words of the text the note is about, as written there (e.g. 优良天数达179天)
 * @param note     what the editor found
 * @param position where the entry was written, for a note whose words the text no longer holds
 */
public record EditorNote(String text, String note, Position position) {
}
