package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip that {@code mvn package} makes, as a web team uses it: unzipped into one
 * folder, its launcher builds a site that lies in another, from a third as working folder. Runs in
 * {@code mvn verify}, after the zip is made.
 */
class DistributionIT {

    @TempDir
    Path temp;

    @Test
    void unzippedAnywhereItsLauncherBuildsASiteElsewhere() throws Exception {
        Path app = unzip(zip(), temp.resolve("programs"));
        Path home = app.resolve("ecosite-" + Version.number());
        for (String file : List.of("bin/ecosite", "bin/ecosite.cmd", "lib/ecosite.jar", "lib/NotoSansSC-OFL-1.1.txt",
                "lib/NotoSansSC_400Regular.ttf", "docs/editor-guide.md")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        try (JarFile jar = new JarFile(home.resolve("lib/ecosite.jar").toFile())) {
            assertTrue(jar.getEntry("org/ecosite/chart/font/NotoSansSC_400Regular.ttf") != null, "the font");
            assertTrue(jar.getEntry("org/ecosite/chart/font/LICENSE_FONT") != null, "its licence");
        }
        assertTrue(Files.readString(home.resolve("lib/NotoSansSC-OFL-1.1.txt")).contains("SIL OPEN FONT LICENSE"));
        String cmd = Files.readString(home.resolve("bin/ecosite.cmd"), StandardCharsets.UTF_8);
        assertTrue(cmd.contains("\\lib\\ecosite.jar") && cmd.lines().count() > 5, cmd);
        assertFalse(cmd.replace("\r\n", "").contains("\n"), "Windows line endings throughout");

        Path site = TestSites.copy("valid/basic", temp.resolve("sites"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        ProcessBuilder launcher = new ProcessBuilder("sh", home.resolve("bin/ecosite").toString(), "build",
                "--source", site.toString()).directory(elsewhere.toFile()).redirectErrorStream(true);
        Map<String, String> env = launcher.environment();
        env.remove("ECOSITE_JAR");
        // The launcher runs the java on PATH: this test's own.
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = launcher.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);

        Path built = site.resolve("site");
        assertTrue(Files.isRegularFile(built.resolve("index.html")), output);
        try (Stream<Path> files = Files.walk(built)) {
            List<String> charts = files.map(Path::toString).filter(f -> f.endsWith(".png") || f.endsWith(".svg"))
                    .toList();
            assertTrue(charts.stream().anyMatch(f -> f.endsWith(".png")), charts.toString());
            assertTrue(charts.stream().anyMatch(f -> f.endsWith(".svg")), charts.toString());
        }
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertEquals(List.of(), left.toList(), "nothing is written into the working folder");
        }
    }

    private static Path zip() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("ecosite-.*-dist\\.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/ecosite-*-dist.zip: run mvn verify"));
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
        return into;
    }
}
