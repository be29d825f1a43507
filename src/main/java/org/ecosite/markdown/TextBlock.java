package org.ecosite.markdown;

import org.ecosite.check.Position;

/**
 * The text a reader sees in one paragraph, heading or table cell of a body: Markdown escapes
 * removed ({@code \*} reads {@code *}), emphasis markers gone, inline code left out. Each
 * character remembers where it was written, so a finding in the text can be told as a line and
 * column of the file.
 */
public final class TextBlock {

    private final String text;
    private final int[] offsets;
    private final Markdown.Lines lines;

    TextBlock(String text, int[] offsets, Markdown.Lines lines) {
        this.text = text;
        this.offsets = offsets;
        this.lines = lines;
    }

    public String text() {
        return text;
    }

    /** Where the character at {@code index} of {@link #text()} was written; an escaped one points at its backslash. */
    public Position position(int index) {
        return lines.at(offsets[Math.min(index, offsets.length - 1)]);
    }
}
