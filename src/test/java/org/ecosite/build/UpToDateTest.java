package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Building the same site again into the same folder: skipped when nothing changed, a full build otherwise. */
class UpToDateTest {

    @TempDir
    Path temp;
    Path site;
    Path out;

    @BeforeEach
    void firstBuild() {
        site = TestSites.copy("valid/basic", temp);
        out = temp.resolve("out");
        TestSites.Run first = build();
        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(first.out().contains("已生成"), first::toString);
    }

    private TestSites.Run build(String... more) {
        String[] all = new String[5 + more.length];
        all[0] = "build";
        all[1] = "--source";
        all[2] = site.toString();
        all[3] = "--output";
        all[4] = out.toString();
        System.arraycopy(more, 0, all, 5, more.length);
        return TestSites.run(all);
    }

    @Test
    void aSecondBuildWithNothingChangedLeavesTheOutputAsItIs() throws Exception {
        Map<String, byte[]> before = TestSites.snapshot(out);
        FileTime stamp = Files.getLastModifiedTime(out.resolve("index.html"));
        TestSites.Run again = build();
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("已是最新"), again::toString);
        assertEquals(stamp, Files.getLastModifiedTime(out.resolve("index.html")), "not even rewritten");
        Map<String, byte[]> after = TestSites.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    }

    @Test
    void anEditedReportIsBuiltAgain() throws Exception {
        Path report = site.resolve("content/reports/2023/annual.md");
        TestSites.write(report, TestSites.read(report).replace("全年环境质量稳中向好。", "全年环境质量持续改善。"));
        TestSites.Run again = build();
        assertTrue(again.out().contains("已生成"), again::toString);
        assertTrue(TestSites.read(out.resolve("reports/2023/annual/index.html")).contains("全年环境质量持续改善。"));
    }

    @Test
    void anOutputFolderSomeoneChangedIsBuiltAgain() throws Exception {
        Files.delete(out.resolve("404.html"));
        TestSites.Run again = build();
        assertTrue(again.out().contains("已生成"), again::toString);
        assertTrue(Files.isRegularFile(out.resolve("404.html")));
        TestSites.write(out.resolve("extra.html"), "added by hand");
        assertTrue(build().out().contains("已生成"));
        assertFalse(Files.exists(out.resolve("extra.html")));
        // Deeper in the tree, where the folders are read on other threads: a file grown, a file added.
        Path page = out.resolve("reports/2023/annual/index.html");
        TestSites.write(page, TestSites.read(page) + "<!-- edited by hand -->");
        assertTrue(build().out().contains("已生成"));
        assertFalse(TestSites.read(page).contains("edited by hand"));
        TestSites.write(out.resolve("reports/2023/annual/extra/note.txt"), "added by hand");
        assertTrue(build().out().contains("已生成"));
        assertFalse(Files.exists(out.resolve("reports/2023/annual/extra")));
        assertTrue(build().out().contains("已是最新"), "built again, then unchanged");
    }

    @Test
    void aManifestThatIsNotOneBuildsAgain() throws Exception {
        Path builds = site.resolve(".ecosite-cache/builds");
        try (var manifests = Files.list(builds)) {
            for (Path manifest : manifests.toList()) {
                String json = TestSites.read(manifest);
                assertTrue(json.contains("\"files\":{") && json.contains("\"index.html\":"), json);
                TestSites.write(manifest, json.substring(0, json.length() / 2));
            }
        }
        TestSites.Run again = build();
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("已生成"), again::toString);
        assertTrue(build().out().contains("已是最新"), "the manifest is whole again");
    }

    @Test
    void forceBuildsAnywayAndWarningsAreToldAgain() throws Exception {
        Path report = site.resolve("content/reports/2023/annual.md");
        TestSites.write(report, TestSites.read(report).replace("全年环境质量稳中向好。", "全年办结信访\\*件。"));
        TestSites.Run warned = build();
        assertTrue(warned.err().contains("warning"), warned::toString);
        TestSites.Run again = build();
        assertTrue(again.out().contains("已是最新"), again::toString);
        assertEquals(warned.err(), again.err(), "the same warnings, told again");
        assertTrue(build("--force").out().contains("已生成"));
    }

    /** The font a site names for its charts is an input like any other, in fonts/ or wherever site.yaml puts it. */
    @ParameterizedTest
    @ValueSource(strings = {"fonts/chart.ttc", "chart.ttc"})
    void replacingTheChartFontBuildsAgain(String font) throws Exception {
        Path fonts = Path.of("/usr/share/fonts/opentype/noto");
        Files.createDirectories(site.resolve(font).getParent());
        Files.copy(fonts.resolve("NotoSansCJK-Regular.ttc"), site.resolve(font));
        TestSites.write(site.resolve("site.yaml"), TestSites.read(site.resolve("site.yaml"))
                + "charts:\n  font: " + font + "\n");
        assertTrue(build().out().contains("已生成"));
        Map<String, byte[]> before = charts();
        assertFalse(before.isEmpty(), "the site has charts");
        assertTrue(build().out().contains("已是最新"));

        Files.copy(fonts.resolve("NotoSerifCJK-Bold.ttc"), site.resolve(font), StandardCopyOption.REPLACE_EXISTING);
        TestSites.Run again = build();
        assertTrue(again.out().contains("已生成"), again::toString);
        Map<String, byte[]> after = charts();
        assertEquals(before.keySet(), after.keySet());
        assertTrue(before.keySet().stream().anyMatch(f -> !java.util.Arrays.equals(before.get(f), after.get(f))),
                "the charts are drawn with the new font");
    }

    private Map<String, byte[]> charts() {
        Map<String, byte[]> charts = new TreeMap<>(TestSites.snapshot(out));
        charts.keySet().removeIf(f -> !f.endsWith(".svg"));
        return charts;
    }
}
