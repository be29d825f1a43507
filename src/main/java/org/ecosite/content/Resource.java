package org.ecosite.content;

import java.nio.file.Path;

/**
 * A file that is copied as it is: an image or PDF beside the reports in content/, or anything in static/.
 *
 * @param route its path in the output, relative to the site root, with '/'
 */
public record Resource(Path path, String route) {
}
