package org.ecosite.markdown;

import org.ecosite.check.Position;

/**
 * A link or image destination written in a body, with where it stands, to be checked and resolved.
 *
 * @param destination the destination as written (escapes removed)
 */
public record LinkUse(String destination, boolean image, Position position) {
}
