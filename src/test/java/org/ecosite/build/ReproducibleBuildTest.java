package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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

    /**
     * Builds in separate JVMs: some of Java's own collections ({@code Map.of}, {@code Set.of}) iterate
     * in an order chosen at random when the JVM starts, so two builds in one JVM cannot show it.
     * Three runs catch an order that flips with even odds seven times in eight.
     */
    @Test
    void buildsInSeparateJvmsAreIdentical() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        Map<String, byte[]> first = null;
        for (int run = 0; run < 3; run++) {
            Path out = temp.resolve("jvm" + run);
            TestSites.Run built = TestSites.inNewJvm(temp.resolve("logs"), Map.of(), List.of(), "build",
                    "--source", site.toString(), "--output", out.toString());
            assertEquals(0, built.exitCode(), built::toString);
            Map<String, byte[]> files = TestSites.snapshot(out);
            assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("indicators/") && f.endsWith(".html")),
                    "the site has indicator pages, whose structured data once changed order between runs");
            if (first == null) {
                first = files;
                continue;
            }
            assertEquals(first.keySet(), files.keySet());
            for (String file : first.keySet()) {
                assertArrayEquals(first.get(file), files.get(file), file + " differs between JVM runs");
            }
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
