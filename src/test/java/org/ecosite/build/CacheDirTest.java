package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart cache in a folder of one's choosing, as a CI job keeps it between runs: each run starts
 * from a fresh clone (no cache in the site folder) and a fresh output folder, and draws nothing anew.
 */
class CacheDirTest {

    private static final Pattern DRAWN = Pattern.compile("新绘 (\\d+)，复用 (\\d+)");

    @TempDir
    Path temp;
    Path site;

    @BeforeEach
    void copy() {
        site = TestSites.copy("valid/basic", temp.resolve("clone-1"));
    }

    private TestSites.Run build(Path source, String output, String... more) {
        String[] all = new String[5 + more.length];
        all[0] = "build";
        all[1] = "--source";
        all[2] = source.toString();
        all[3] = "--output";
        all[4] = temp.resolve(output).toString();
        System.arraycopy(more, 0, all, 5, more.length);
        return TestSites.run(all);
    }

    /** Charts drawn anew and reused, as the build says. */
    private static int[] drawn(TestSites.Run run) {
        Matcher m = DRAWN.matcher(run.out());
        assertTrue(m.find(), run::toString);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @Test
    void aCacheKeptOutsideTheSiteServesTheNextCleanCheckout() {
        Path cache = temp.resolve("ci-cache");
        TestSites.Run first = build(site, "out-1", "--cache-dir", cache.toString());
        assertEquals(0, first.exitCode(), first::toString);
        int charts = drawn(first)[0];
        assertTrue(charts > 0, first::toString);
        assertTrue(Files.isDirectory(cache.resolve("charts")));
        assertFalse(Files.exists(site.resolve(".ecosite-cache")), "nothing cached in the site folder");

        Path clone = TestSites.copy("valid/basic", temp.resolve("clone-2"));
        TestSites.Run second = build(clone, "out-2", "--cache-dir", cache.toString());
        assertEquals(0, second.exitCode(), second::toString);
        assertArrayEquals(new int[] {0, charts}, drawn(second), "every chart from the cache");
        Map<String, byte[]> one = TestSites.snapshot(temp.resolve("out-1"));
        Map<String, byte[]> two = TestSites.snapshot(temp.resolve("out-2"));
        assertEquals(one.keySet(), two.keySet());
        one.forEach((file, bytes) -> assertArrayEquals(bytes, two.get(file), file));
    }

    @Test
    void siteYamlNamesTheCacheFolderAndTheCommandLineWins() throws Exception {
        TestSites.write(site.resolve("site.yaml"), TestSites.read(site.resolve("site.yaml"))
                + "cache_dir: ../shared-cache\n");
        TestSites.Run first = build(site, "out-1");
        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(Files.isDirectory(site.resolveSibling("shared-cache").resolve("charts")));
        assertFalse(Files.exists(site.resolve(".ecosite-cache")));
        assertEquals(0, drawn(build(site, "out-2"))[0], "drawn from site.yaml's cache");

        Path other = temp.resolve("other-cache");
        assertTrue(drawn(build(site, "out-3", "--cache-dir", other.toString()))[0] > 0);
        assertTrue(Files.isDirectory(other.resolve("charts")));
    }

    @Test
    void aCacheInsideWhatTheSiteReadsIsRefused() throws Exception {
        TestSites.Run option = build(site, "out-1", "--cache-dir", site.resolve("content/cache").toString());
        assertEquals(2, option.exitCode(), option::toString);
        assertTrue(option.err().contains("content/cache"), option::toString);

        TestSites.write(site.resolve("site.yaml"), TestSites.read(site.resolve("site.yaml"))
                + "cache_dir: static/cache\n");
        TestSites.Run config = build(site, "out-1");
        assertEquals(1, config.exitCode(), config::toString);
        assertTrue(config.err().contains("site.yaml:15:12: error: cache_dir“static/cache”"), config::toString);
    }
}
