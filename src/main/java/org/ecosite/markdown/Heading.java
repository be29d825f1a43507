package org.ecosite.markdown;

import org.ecosite.check.Position;

/**
 * A heading of a report body, as it will be rendered.
 *
 * @param level the HTML level after normalising (the body's top level becomes 2, no level skipped)
 * @param id    the anchor id: the heading text without punctuation, Chinese kept ({@code 一上半年工作完成情况})
 */
public record Heading(int level, String text, String id, Position position) {
}
