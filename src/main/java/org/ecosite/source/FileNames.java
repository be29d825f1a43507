package org.ecosite.source;

import java.nio.charset.StandardCharsets;

/**
 * What a name must be to become a file or folder of the published site. File systems count a
 * name's length in bytes (255 on Linux ext4, macOS APFS and NTFS alike, and a Chinese character is
 * three bytes in UTF-8), so a long slug or region name would fail only when the build writes it.
 * Every name the content gives a page is checked here first, and a name too long is a content error.
 */
public final class FileNames {

    /**
     * The most bytes (UTF-8) a name from the content may have: below the file systems' 255, leaving room for
     * the suffix that tells apart two names made equal ({@code -2}) and for the files a page's folder holds.
     */
    public static final int MAX_BYTES = 200;

    private FileNames() {
    }

    /** The length of a name as file systems count it. */
    public static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    public static boolean fits(String name) {
        return bytes(name) <= MAX_BYTES;
    }
}
