package org.ecosite.markdown;

import org.ecosite.check.Position;

/**
 * A fenced code block whose info word names an ecosite feature, e.g. {@code ```chart}.
 *
 * @param index    its number among the page's blocks of the same kind, from 0
 * @param position the file position of its first content line
 */
public record FencedBlock(String info, String content, int index, Position position) {
}
