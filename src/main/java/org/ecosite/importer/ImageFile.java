package org.ecosite.importer;

/**
 * A picture taken out of a Word file, to be saved under the site's static/ folder.
 *
 * @param name  its file name, e.g. image1.png
 * @param bytes the picture as the document holds it
 */
public record ImageFile(String name, byte[] bytes) {
}
