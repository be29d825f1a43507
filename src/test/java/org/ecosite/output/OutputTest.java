package org.ecosite.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {

    @TempDir
    Path temp;

    @Test
    void nothingChangesUntilCommitAndAbortLeavesTheOldSite() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "old");
        Output first = Output.begin(site);
        first.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("old", Files.readString(site.resolve("index.html")));
        first.abort();
        assertEquals("old", Files.readString(site.resolve("index.html")));
        try (var list = Files.list(temp)) {
            assertEquals(1, list.count(), "the staging folder is gone");
        }
        Output second = Output.begin(site);
        second.write("a/b/index.html", "new".getBytes(StandardCharsets.UTF_8));
        second.commit();
        assertEquals("new", Files.readString(site.resolve("a/b/index.html")));
        assertFalse(Files.exists(site.resolve("index.html")));
    }

    @Test
    void noPathLeavesTheSiteAndNoneIsWrittenTwice() {
        try (Output out = Output.begin(temp.resolve("site"))) {
            byte[] x = {1};
            assertThrows(IllegalArgumentException.class, () -> out.write("../escape.html", x));
            assertThrows(IllegalArgumentException.class, () -> out.write("/etc/passwd", x));
            assertThrows(IllegalArgumentException.class, () -> out.write("a/../../b", x));
            out.write("a.html", x);
            assertThrows(IllegalArgumentException.class, () -> out.write("a.html", x));
            assertTrue(out.has("a.html"));
        }
        assertFalse(Files.exists(temp.resolve("escape.html")));
    }
}
