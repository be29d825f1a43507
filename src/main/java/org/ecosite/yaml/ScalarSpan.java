package org.ecosite.yaml;

import org.ecosite.check.Position;

/**
 * A value as the editor wrote it in a YAML file: the source text of one scalar (quotes and
 * escapes included) and where it starts, so a finding inside it can be told as a line and column.
 *
 * @param raw   the scalar's source text
 * @param start where its first character stands in the file
 */
public record ScalarSpan(String raw, Position start) {

    /** The file position of the character at {@code index} of {@link #raw()}; columns count code points. */
    public Position positionOf(int index) {
        return start.advance(raw, index);
    }
}
