package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charts.font} in site.yaml replaces the built-in chart font, and its file is part of each chart's cache key. */
class ChartFontOptionTest {

    /** Where Debian, Ubuntu and Fedora put a Chinese font file. */
    private static final List<String> CJK_FONT_FILES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @TempDir
    Path temp;

    @Test
    void aFontNamedInSiteYamlDrawsTheChartsAndNoChartOfTheBuiltInFontIsReused() throws Exception {
        Optional<Path> font = CJK_FONT_FILES.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
        Assumptions.assumeTrue(font.isPresent(), "no Chinese font file of the machine to name in charts.font");
        Path site = TestSites.copy("valid/basic", temp);
        Path builtIn = temp.resolve("built-in");
        TestSites.build(site, builtIn);

        Files.createDirectories(site.resolve("fonts"));
        Files.copy(font.get(), site.resolve("fonts/cjk.ttc"));
        Files.writeString(site.resolve("site.yaml"), "charts:\n  font: fonts/cjk.ttc\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path named = temp.resolve("named");
        TestSites.Run run = TestSites.build(site, named);
        assertTrue(run.out().contains("复用 0") || run.err().contains("复用 0"), run::toString);

        Map<String, byte[]> a = TestSites.snapshot(builtIn);
        Map<String, byte[]> b = TestSites.snapshot(named);
        assertEquals(a.keySet(), b.keySet());
        // A chart is an SVG and a PNG of the same name; other PNGs are the site's own images.
        List<String> pngs = a.keySet().stream().filter(f -> f.endsWith(".svg"))
                .map(f -> f.substring(0, f.length() - ".svg".length()) + ".png").filter(a::containsKey).toList();
        assertTrue(!pngs.isEmpty(), a.keySet().toString());
        for (String png : pngs) {
            assertTrue(!Arrays.equals(a.get(png), b.get(png)), png + " is drawn in the named font");
        }
    }

    @Test
    void aFontFileThatCannotBeReadIsAnErrorOfSiteYaml() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        Files.writeString(site.resolve("site.yaml"), "charts:\n  font: fonts/missing.ttf\n",
                java.nio.file.StandardOpenOption.APPEND);
        TestSites.Run run = TestSites.run("build", "--source", site.toString(), "--output",
                temp.resolve("out").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("site.yaml:1:1: error: site.yaml 中 charts.font 指定的字体“fonts/missing.ttf”"
                + "无法读取或不含中文"), run::toString);
    }
}
