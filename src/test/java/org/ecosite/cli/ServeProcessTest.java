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
 * {@code ecosite serve} as a process of its own, with a temporary folder of the test's, stopped with the
 * signal Ctrl+C sends: it builds into a temporary folder, and stopping it or failing to start it leaves
 * nothing there; a YAML slip shows in the browser's error panel in the same words as in the terminal.
 */
class ServeProcessTest {

    @TempDir
    Path temp;

    private Path site;

    private Process serve(Path tmp, String... more) throws IOException {
        site = TestSites.copy("valid/basic", temp.resolve("site"));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--source", site.toString()));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        return builder.start();
    }

    /** Reads the first build's lines up to the one with the preview's address, and gives that address. */
    private static String address(BufferedReader out) throws IOException {
        java.util.regex.Pattern address = java.util.regex.Pattern.compile("http://127\\.0\\.0\\.1:\\d+/\\S*");
        String line;
        while ((line = out.readLine()) != null) {
            java.util.regex.Matcher found = address.matcher(line);
            if (found.find()) {
                return found.group();
            }
        }
        throw new AssertionError("the preview did not start");
    }

    private static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<Path> previews(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ecosite-preview-")).toList();
        }
    }

    /**
     * Ctrl+C's signal, SIGINT, unless this process ignores it: a shell without job control starts a job
     * run with {@code &} so (POSIX), every program it starts inherits that, and a JVM that starts with
     * SIGINT ignored never hears it. The JVM then stops on SIGTERM by the same shutdown, which is what
     * the test is about.
     */
    private static String interruptSignal() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
                    return (ignored & 1L << 1) != 0 ? "-TERM" : "-INT";
                }
            }
        }
        return "-INT";
    }

    @Test
    void ctrlCRemovesThePreviewsFolder() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Process process = serve(tmp, "--port", "0");
        try (BufferedReader out = output(process)) {
            address(out);
            assertEquals(1, previews(tmp).size(), "it builds into a folder of its own");
            assertTrue(Files.isRegularFile(previews(tmp).get(0).resolve("1/site/index.html")));
            Process interrupt = new ProcessBuilder("kill", interruptSignal(), String.valueOf(process.pid())).start();
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

    @Test
    void aYamlSlipShowsInTheBrowsersPanelInTheTerminalsWords() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Process process = serve(tmp, "--port", "0");
        try (BufferedReader out = output(process)) {
            String address = address(out);
            Path report = site.resolve("content/reports/2024/h1.md");
            Path saving = report.resolveSibling(".h1.md.saving");
            Files.writeString(saving, Files.readString(report).replace("title: 2024", "title：2024"));
            Files.move(saving, report, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String expected = "content/reports/2024/h1.md:2:6: error: 第 2 行用了全角冒号“：”，请改成半角冒号加空格“: ”";
            StringBuilder terminal = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.contains("构建失败")) {
                terminal.append(line).append('\n');
            }
            assertTrue(terminal.toString().contains(expected), terminal::toString);
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(address + "reports/2024/h1/"))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            org.jsoup.nodes.Element panel = org.jsoup.Jsoup.parse(page.body()).selectFirst("#ecosite-overlay pre");
            assertTrue(panel != null, page::body);
            assertTrue(panel.text().startsWith(expected), panel::text);
            assertTrue(panel.text().contains("英文输入法"), "with its hint: " + panel.text());
        } finally {
            process.destroyForcibly();
        }
    }
}
