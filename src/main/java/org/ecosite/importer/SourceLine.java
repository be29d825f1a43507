package org.ecosite.importer;

/** A line of the source document, cleaned, with its number (from 1). */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }
}
