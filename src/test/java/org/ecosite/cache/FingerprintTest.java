package org.ecosite.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program's fingerprint, part of every chart's cache key, is of what its jar holds: a jar made again
 * from the same sources at another time keeps it, so a cache kept between CI runs serves; a
 * jar in which one class changed, or which holds one file more, has another.
 */
class FingerprintTest {

    @TempDir
    Path temp;

    private Path jar(String name, long time, Map<String, String> entries) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(time));
        return jar;
    }

    @Test
    void isOfWhatTheJarHoldsNotOfWhenItWasMade() throws IOException {
        String a = Fingerprint.ofJar(jar("a.jar", 1_000_000_000_000L, Map.of("org/x/A.class", "one", "font/f.otf",
                "glyphs")));
        String again = Fingerprint.ofJar(jar("again.jar", 1_700_000_000_000L, Map.of("org/x/A.class", "one",
                "font/f.otf", "glyphs")));
        assertEquals(a, again, "made again later");

        String changed = Fingerprint.ofJar(jar("changed.jar", 1_000_000_000_000L,
                Map.of("org/x/A.class", "two", "font/f.otf", "glyphs")));
        assertNotEquals(a, changed, "a class changed, same size");
        String more = Fingerprint.ofJar(jar("more.jar", 1_000_000_000_000L,
                Map.of("org/x/A.class", "one", "font/f.otf", "glyphs", "org/x/B.class", "")));
        assertNotEquals(a, more, "one file more, empty");
        String renamed = Fingerprint.ofJar(jar("renamed.jar", 1_000_000_000_000L,
                Map.of("org/x/C.class", "one", "font/f.otf", "glyphs")));
        assertNotEquals(a, renamed, "a file renamed");
    }
}
