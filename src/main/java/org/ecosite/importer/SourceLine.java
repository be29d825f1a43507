package org.ecosite.importer;

import java.util.Optional;

/**
 * A line of the source document, cleaned, with its number (from 1). A Word paragraph whose kind its
 * source already says (a heading style, automatic numbering, a table, a picture) carries that block;
 * its text is then what the header reader may see of it.
 */
record SourceLine(int number, String text, Optional<Block> block) {

    SourceLine(int number, String text) {
        this(number, text, Optional.empty());
    }

    boolean isBlank() {
        return text.isBlank() && block.isEmpty();
    }
}
