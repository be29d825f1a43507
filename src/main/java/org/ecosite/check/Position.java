package org.ecosite.check;

/** A place in a text file, both counted from 1. */
public record Position(int line, int column) implements Comparable<Position> {

    /** The start of a file: used for problems that concern a whole file. */
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
        }
    }

    /**
     * The position of {@code text.charAt(index)} when {@code text} starts at this position: lines
     * end at '\n', columns count code points, as everywhere in messages.
     */
    public Position advance(CharSequence text, int index) {
        int l = line;
        int c = column;
        for (int i = 0; i < index && i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                l++;
                c = 1;
            } else if (!Character.isLowSurrogate(ch)) {
                c++;
            }
        }
        return new Position(l, c);
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
