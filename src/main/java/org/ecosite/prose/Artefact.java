package org.ecosite.prose;

/**
 * Something Word or a conversion left in a text that is no part of it.
 *
 * @param start offset of its first character
 * @param end   offset just after it
 * @param text  the artefact as written; invisible characters are named by their code, e.g. {@code U+200B}
 */
public record Artefact(int start, int end, Kind kind, String text) {

    public enum Kind {
        /** A Word marker or field code that conversion wrote out as text: {@code [bookmark: _GoBack]}. */
        WORD_MARKER,
        /** A missing picture: {@code [image: …]}. */
        IMAGE_MARKER,
        /** A character that shows nothing: zero-width space, joiner, soft hyphen, direction marks. */
        INVISIBLE,
        /** A control character: vertical tab (Word's manual line break), form feed (page break), others. */
        CONTROL,
        /** A character of a private font area, usually a Symbol or Wingdings bullet that shows as a box. */
        PRIVATE_USE,
        /** U+FFFD, what a failed conversion puts where it could not read a character. */
        REPLACEMENT,
        /** Non-breaking or full-width spaces used for indentation or left alone on a line. */
        LAYOUT_SPACE
    }
}
