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

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
