package org.ecosite.importer;

import java.util.List;

/**
 * A Word file as the importer reads it: its paragraphs as numbered lines (tables, pictures, headings
 * by style and list items already decided), its footnotes in the order they are referred to, its
 * pictures, and what reading it decided (tracked changes, comments) for the editor.
 */
record WordDocument(List<SourceLine> lines, List<String> footnotes, List<ImageFile> images, List<String> notes) {

    WordDocument {
        lines = List.copyOf(lines);
        footnotes = List.copyOf(footnotes);
        images = List.copyOf(images);
        notes = List.copyOf(notes);
    }
}
