package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview builds into a temporary folder; stopping it (Ctrl+C) or failing to start it leaves
 * nothing there. Runs {@code ecosite serve} as a process of its own, with a temporary folder of the
 * test's, and stops it with the signal Ctrl+C sends.
 */
class ServeCleanupTest {

    @TempDir
    Path temp;

    private Process serve(Path tmp, String... more) throws IOException {
        Path site = TestSites.copy("valid/basic", temp.resolve("site"));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--source", site.toString()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<Path> previews(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ecosite-preview-")).toList();
        }
    }

    @Test
    void ctrlCRemovesThePreviewsFolder() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Process process = serve(tmp, "--port", "0");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("http://127.0.0.1:")) {
                // The first build's lines; the address comes once the preview serves.
            }
            assertTrue(line != null, "the preview started");
            assertEquals(1, previews(tmp).size(), "it builds into a folder of its own");
            assertTrue(Files.isRegularFile(previews(tmp).get(0).resolve("1/site/index.html")));
            Process interrupt = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start();
            assertEquals(0, interrupt.waitFor());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "Ctrl+C stops it");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(List.of(), previews(tmp));
    }

    @Test
    void aTakenPortLeavesNoFolderBehind() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = serve(tmp, "--port", String.valueOf(taken.getLocalPort()));
            try {
                assertTrue(process.waitFor(60, TimeUnit.SECONDS));
                assertEquals(2, process.exitValue());
            } finally {
                process.destroyForcibly();
            }
        }
        assertEquals(List.of(), previews(tmp));
    }
}
