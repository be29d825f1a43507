package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ecosite.check.Position;
import org.ecosite.check.Problem;
import org.ecosite.check.Severity;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps no text between its checks and its pages: each report is read again to be published.
 * A report saved in between is refused, and the site built before stays as it was.
 */
class ChangedFileTest {

    @TempDir
    Path temp;

    @Test
    void aReportSavedWhileTheSiteIsBuiltFailsTheBuildAndLeavesTheSiteBefore() {
        Path site = TestSites.copy("valid/basic", temp);
        Path out = temp.resolve("out");
        BuildOptions options = BuildOptions.of(site).withOutput(out).withToday(TestSites.TODAY);
        assertFalse(Build.run(options).failed());
        Map<String, byte[]> before = TestSites.snapshot(out);

        Path report = site.resolve("content/reports/2024/h1.md");
        String text = TestSites.read(report);
        AtomicBoolean saved = new AtomicBoolean();
        // The first page is written after every file was checked and before any report is read again.
        BuildResult result = Build.run(options.withForce(true).withProgress((stage, done, total) -> {
            if (stage == BuildProgress.Stage.PAGES && saved.compareAndSet(false, true)) {
                TestSites.write(report, text.replace("。", "。新的一句。"));
            }
        }));

        assertTrue(saved.get());
        assertTrue(result.failed());
        List<Problem> errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(List.of(new Problem("content/reports/2024/h1.md", Position.START, Severity.ERROR,
                "build.file_changed", List.of())), errors);
        Map<String, byte[]> after = TestSites.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));

        // Saved and built again, the site shows the new text.
        assertFalse(Build.run(options.withForce(true)).failed());
        assertTrue(TestSites.read(out.resolve("reports/2024/h1/index.html")).contains("新的一句"));
    }
}
