package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, charts included. */
class ReproducibleBuildTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheSameSiteAreIdentical() {
        Path site = TestSites.copy("valid/basic", temp);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertEquals(0, TestSites.run("build", "--source", site.toString(), "--output", first.toString()).exitCode());
        assertEquals(0, TestSites.run("build", "--source", site.toString(), "--output", second.toString()).exitCode());
        Map<String, byte[]> a = TestSites.snapshot(first);
        Map<String, byte[]> b = TestSites.snapshot(second);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().stream().anyMatch(f -> f.endsWith(".svg")), a.keySet().toString());
        assertTrue(a.keySet().stream().anyMatch(f -> f.endsWith(".png")), a.keySet().toString());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file);
        }
    }

    @Test
    void aSecondBuildIntoTheSameFolderReplacesItCompletely() {
        Path site = TestSites.copy("valid/basic", temp);
        Path out = temp.resolve("out");
        assertEquals(0, TestSites.run("build", "--source", site.toString(), "--output", out.toString()).exitCode());
        TestSites.write(out.resolve("stale.html"), "left over");
        assertEquals(0, TestSites.run("build", "--source", site.toString(), "--output", out.toString()).exitCode());
        assertTrue(!out.resolve("stale.html").toFile().exists(), "the new site replaces the old one whole");
    }
}
