package org.ecosite.importer;

/**
 * One piece of the imported body, with the line of the source file it came from.
 */
sealed interface Block permits Block.Heading, Block.Paragraph, Block.Item {

    int line();

    /** {@code ## 一、主要工作成效}: level 2 for 一、, 3 for （一）, 4 for 1. — the numbering kept as written. */
    record Heading(int level, String text, int line) implements Block {
    }

    record Paragraph(String text, int line) implements Block {
    }

    /** An item of a numbered list: 1. or （1）. */
    record Item(int number, String text, int line) implements Block {
    }
}
