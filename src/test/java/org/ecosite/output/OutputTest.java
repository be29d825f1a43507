package org.ecosite.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Assumptions;
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
    void theSiteHasThePermissionsOfAnyFolderTheUserMakesAndNothingIsLeftBesideIt() throws Exception {
        Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        // What the umask gives a folder and a file made the ordinary way: a web server reads what the user can share.
        Path plainFolder = Files.createDirectory(temp.resolve("plain"));
        Path plainFile = Files.createFile(temp.resolve("plain.txt"));
        Path privateSource = Files.writeString(temp.resolve("private.png"), "png");
        Files.setPosixFilePermissions(privateSource, PosixFilePermissions.fromString("rw-------"));
        Path site = temp.resolve("out/site");
        for (int build = 0; build < 2; build++) {
            Output output = Output.begin(site);
            output.write("reports/a/index.html", "page".getBytes(StandardCharsets.UTF_8));
            output.write("data/a.csv", out -> out.write('1'));
            output.copy(privateSource, "img/a.png");
            output.commit();
        }
        for (Path p : List.of(site, site.resolve("reports"), site.resolve("reports/a"), site.resolve("img"))) {
            assertEquals(Files.getPosixFilePermissions(plainFolder), Files.getPosixFilePermissions(p), p.toString());
        }
        for (String file : List.of("reports/a/index.html", "data/a.csv", "img/a.png", Output.MARKER)) {
            assertEquals(Files.getPosixFilePermissions(plainFile), Files.getPosixFilePermissions(site.resolve(file)),
                    file);
        }
        try (var beside = Files.list(site.getParent())) {
            assertEquals(List.of(site), beside.toList(), "no old site and no staging folder beside the output");
        }
    }

    @Test
    void theStagingFolderOfAKilledBuildIsSweptAndThatOfARunningOneIsNot() throws Exception {
        Path site = temp.resolve("site");
        Process killed = holder(site);
        Process running = holder(site);
        try (Output ours = Output.begin(site)) {
            ours.write("index.html", new byte[] {1});
            killed.destroyForcibly().waitFor();
            try (var beside = Files.list(temp)) {
                assertEquals(3, beside.count(), "three builds are writing");
            }
            List<Path> leftovers = Output.leftovers(site);
            assertEquals(1, leftovers.size(), leftovers::toString);
            Output.deleteTree(leftovers.get(0));
            assertEquals(List.of(), Output.leftovers(site), "neither our build nor the other running one is swept");
            ours.commit();
            assertArrayEquals(new byte[] {1}, Files.readAllBytes(site.resolve("index.html")));
        } finally {
            running.destroyForcibly().waitFor();
        }
        assertEquals(1, Output.leftovers(site).size(), "once killed, the other build's folder is swept too");
    }

    /** Starts a build in another process that writes and never ends; returns once its staging folder exists. */
    private static Process holder(Path site) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StagingHolder.class.getName(), site.toString()).redirectErrorStream(true).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
        assertEquals("writing", line);
        return p;
    }

    @Test
    void aBuildThatFailsWhileOtherThreadsStillWriteLeavesNoStagingFolder() throws Exception {
        Path site = temp.resolve("site");
        Output output = Output.begin(site);
        byte[] page = "page".getBytes(StandardCharsets.UTF_8);
        // A parallel stream rethrows the first failure while its other tasks go on writing, as pages do.
        assertThrows(IllegalStateException.class, () -> IntStream.range(0, 4000).parallel().forEach(i -> {
            if (i == 2000) {
                throw new IllegalStateException("a page failed");
            }
            output.write("reports/" + i + "/index.html", page);
        }));
        output.abort();
        ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.MINUTES);
        try (var left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "writers still running after the abort made nothing anew");
        }
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
