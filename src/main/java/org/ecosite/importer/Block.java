package org.ecosite.importer;

import java.util.List;

/**
 * One piece of the imported body, with the line (or, for a Word file, the paragraph) of the source
 * it came from.
 */
sealed interface Block permits Block.Heading, Block.Paragraph, Block.Item, Block.Bullet, Block.Table,
        Block.Picture {

    int line();

    /** {@code ## 一、主要工作成效}: level 2 for 一、, 3 for （一）, 4 for 1. — the numbering kept as written. */
    record Heading(int level, String text, int line) implements Block {
    }

    record Paragraph(String text, int line) implements Block {
    }

    /** An item of a numbered list: 1. or （1）, or Word's automatic numbering. */
    record Item(int number, String text, int line) implements Block {
    }

    /** An item of a Word bulleted list. */
    record Bullet(String text, int line) implements Block {
    }

    /**
     * A table of plain cell texts; the first row is its header row, every row has the same number of
     * cells (merged cells repeated).
     */
    record Table(List<List<String>> rows, int line) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A picture written into the site's static/ folder: its address and its text alternative. */
    record Picture(String url, String alt, int line) implements Block {
    }
}
