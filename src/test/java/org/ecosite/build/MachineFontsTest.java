package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.ecosite.testing.FontsSeen;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts do not depend on the machine's fonts: the demo builds byte for byte the same in a JVM that
 * sees the machine's Chinese fonts and in one that sees no font at all, and where Java cannot start
 * its font system the build says so in one message. Fonts are hidden from a JVM the way a machine
 * without fonts hides them: fontconfig, which Java asks on Linux, is given a configuration naming no
 * folder of fonts, and the JVM a home folder of its own, where Java keeps what it learnt of the
 * machine's fonts in earlier runs.
 */
class MachineFontsTest {

    @TempDir
    Path temp;

    @Test
    void theDemoIsTheSameWithTheMachinesChineseFontsAndWithNoFontAtAll() {
        if (fontsSeen(Map.of(), "visible").isBlank()) {
            String message = "no Chinese font installed (apt-get install fonts-noto-cjk): the test that hides "
                    + "the machine's fonts from a build has none to hide";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; required on CI");
            }
            Assumptions.abort(message);
        }
        String hiddenFonts = fontsSeen(noFonts(), "hidden");
        assertTrue(hiddenFonts.isBlank() || hiddenFonts.startsWith("no font system"),
                "the JVM still sees fonts: " + hiddenFonts);
        Path visible = build(demoCopy("visible"), Map.of());
        Path hidden = build(demoCopy("hidden"), noFonts());

        Map<String, byte[]> a = TestSites.snapshot(visible);
        Map<String, byte[]> b = TestSites.snapshot(hidden);
        assertTrue(a.keySet().stream().filter(f -> f.endsWith(".png")).count() > 5, a.keySet().toString());
        assertTrue(a.keySet().stream().anyMatch(f -> f.endsWith(".svg")), a.keySet().toString());
        assertEquals(a.keySet(), b.keySet());
        List<String> differing = a.keySet().stream().filter(f -> !Arrays.equals(a.get(f), b.get(f)))
                .map(f -> difference(f, a.get(f), b.get(f))).toList();
        assertTrue(differing.isEmpty(), "differs between the machine's fonts and none:\n" + String.join("\n", differing));
    }

    /**
     * How a file differs, for a failure that is hard to reproduce: both versions are kept in
     * target/machine-fonts/, and for an image, how many pixels differ and where.
     */
    private static String difference(String file, byte[] visible, byte[] hidden) {
        Path kept = Path.of("target", "machine-fonts", file.replace('/', '_'));
        TestSites.write(kept.resolveSibling(kept.getFileName() + ".visible"), visible);
        TestSites.write(kept.resolveSibling(kept.getFileName() + ".hidden"), hidden);
        String sizes = file + ": " + visible.length + " bytes with the machine's fonts, " + hidden.length
                + " without; both kept as " + kept.toAbsolutePath() + ".{visible,hidden}";
        if (!file.endsWith(".png")) {
            return sizes;
        }
        try {
            BufferedImage x = ImageIO.read(new ByteArrayInputStream(visible));
            BufferedImage y = ImageIO.read(new ByteArrayInputStream(hidden));
            if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
                return sizes + "; " + x.getWidth() + "x" + x.getHeight() + " against " + y.getWidth() + "x"
                        + y.getHeight() + " pixels";
            }
            int count = 0;
            Rectangle where = null;
            for (int row = 0; row < x.getHeight(); row++) {
                for (int column = 0; column < x.getWidth(); column++) {
                    if (x.getRGB(column, row) != y.getRGB(column, row)) {
                        count++;
                        where = where == null ? new Rectangle(column, row, 1, 1) : where.union(
                                new Rectangle(column, row, 1, 1));
                    }
                }
            }
            return sizes + "; " + count + " pixels differ" + (where == null ? "" : ", within " + where);
        } catch (IOException e) {
            return sizes + "; unreadable as PNG: " + e.getMessage();
        }
    }

    @Test
    void whereJavaCannotStartItsFontSystemTheBuildSaysWhatToDo() throws Exception {
        // The user's own font configuration for Java, naming a file that is not there: the font system
        // cannot start, and the build must not try to outguess the user.
        Path site = TestSites.copy("valid/basic", temp);
        TestSites.Run run = TestSites.inNewJvm(temp.resolve("logs"), noFonts(), List.of(home("broken"),
                "-Dsun.awt.fontconfig=" + temp.resolve("no-such-fontconfig.properties")), "build", "--source",
                site.toString(), "--output", temp.resolve("out").toString(), "--lang", "zh-CN");
        assertEquals(1, run.exitCode(), run::toString);
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, errors.size(), run::toString);
        assertTrue(errors.get(0).startsWith("site.yaml:1:1: error: Java 无法启动字体系统，无法绘制图表（Java 报告："),
                run::toString);
        assertFalse(errors.get(0).contains("Problem reading font data"), "the reason Java gave: " + errors.get(0));
        assertTrue(run.err().contains("apt-get install fontconfig"), run::toString);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run);
        assertFalse(Files.exists(temp.resolve("out")), "nothing is written");
    }

    /** Builds a site in a JVM of its own, with the given environment and a home folder named after the site. */
    private Path build(Path site, Map<String, String> env) {
        String name = site.getFileName().toString();
        Path output = temp.resolve(name + "-site");
        TestSites.Run built = TestSites.inNewJvm(temp.resolve("logs"), env, List.of(home(name)), "build", "--source",
                site.toString(), "--output", output.toString());
        assertEquals(0, built.exitCode(), built::toString);
        return output;
    }

    /** The families that can show Chinese a JVM with this environment sees, one a line, or why it sees none. */
    private String fontsSeen(Map<String, String> env, String name) {
        TestSites.Run fonts = TestSites.inNewJvm(temp.resolve("logs"), env, List.of(home(name)), FontsSeen.class);
        assertEquals(0, fonts.exitCode(), fonts::toString);
        return fonts.out();
    }

    /** A copy of the demo of its own for each build: the chart cache of one must not serve the other. */
    private Path demoCopy(String name) {
        Path copy = temp.resolve(name);
        Path project = Path.of("").toAbsolutePath();
        TestSites.copyTree(project.resolve("content"), copy.resolve("content"));
        TestSites.copyTree(project.resolve("themes"), copy.resolve("themes"));
        TestSites.write(copy.resolve("site.yaml"), TestSites.read(project.resolve("site.yaml")));
        return copy;
    }

    /** The environment of a machine without fonts: fontconfig knows no folder of fonts. */
    private Map<String, String> noFonts() {
        Path config = temp.resolve("no-fonts.conf");
        if (!Files.exists(config)) {
            TestSites.write(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                    + "<fontconfig>\n  <cachedir>" + temp.resolve("fontconfig-cache") + "</cachedir>\n</fontconfig>\n");
        }
        return Map.of("FONTCONFIG_FILE", config.toString());
    }

    /** A home folder of the JVM's own: Java keeps there what it learnt of the machine's fonts. */
    private String home(String name) {
        return "-Duser.home=" + temp.resolve("home-" + name);
    }
}
