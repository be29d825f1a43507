package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs out of heap says so in the site's language, with how to raise the limit: no
 * stack trace, exit code 2 (the system refused, as with a full disk), the previous site untouched.
 */
class OutOfMemoryTest {

    @TempDir
    Path temp;

    @Test
    void aBuildOutOfMemorySaysHowToRaiseTheLimitAndLeavesTheSite() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("content/reports"));
        Files.writeString(site.resolve("site.yaml"), "title: 测试站点\nbase_url: https://example.gov.cn/\n"
                + "charts:\n  enabled: false\n");
        // Enough reports that what a build keeps of them cannot fit a 16 MB heap.
        for (int i = 0; i < 4000; i++) {
            Files.writeString(site.resolve("content/reports/r" + i + ".md"), "---\ntitle: 第" + i
                    + "号报告\ndate: 2024-07-01\nregion: 甲区\nperiod: 2024-H1\nindex_no: \"EX/2024-" + i
                    + "\"\nindicators:\n  - id: pm25\n    value: " + (20 + i % 30) + "\n---\n\n## 一、概况\n\n正文。\n");
        }
        Path out = temp.resolve("public");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "old");
        Files.writeString(out.resolve(org.ecosite.output.Output.MARKER), "");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx16m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "build", "--source", site.toString(),
                "--output", out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.startsWith("ecosite: 内存不足：这次构建的内存上限"), err);
        assertTrue(err.contains("ECOSITE_JAVA_OPTS=-Xmx4g"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertEquals("old", read(out.resolve("index.html")));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
