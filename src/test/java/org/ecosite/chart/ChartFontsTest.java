package org.ecosite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font built into the program: pinned, licensed, and able to draw any Chinese an editor may write. */
class ChartFontsTest {

    @Test
    void theBuiltInFontIsNotoSansScNamedByTheChecksumOfItsFileAsPomXmlPinsIt() throws Exception {
        ChartFont font = ChartFonts.builtIn();
        assertEquals("Noto Sans SC", font.base().getFamily());
        byte[] file;
        try (InputStream in = ChartFonts.class.getResourceAsStream(ChartFonts.builtInFile())) {
            file = in.readAllBytes();
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertEquals(font.base().getFontName() + "|sha256:" + sha256, font.identity());
        assertTrue(font == ChartFonts.builtIn(), "read once per process");
        java.util.Properties pinned = new java.util.Properties();
        try (InputStream in = ChartFonts.class.getResourceAsStream("font/font.properties")) {
            pinned.load(in);
        }
        assertEquals(file.length, Long.parseLong(pinned.getProperty("size")), "the size pom.xml pins");
    }

    /**
     * The font is opened as a file where there is one of the pinned size: the resource itself in a folder of
     * classes, a copy beside the jar (the distribution's lib/) otherwise; a copy of another size is not used,
     * and without one the font is read from the jar.
     */
    @Test
    void theFontIsOpenedAsAFileBesideTheJarWhenThereIsOneOfThePinnedSize(@TempDir Path temp) throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Path jar = lib.resolve("ecosite.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("org/ecosite/chart/font/F.ttf"));
            zip.write(new byte[] {1, 2, 3, 4});
            zip.closeEntry();
        }
        java.net.URL inJar = java.net.URI.create("jar:" + jar.toUri() + "!/org/ecosite/chart/font/F.ttf").toURL();
        assertEquals(java.util.Optional.empty(), ChartFonts.fileOf(inJar, 4), "no copy beside the jar");
        Files.write(lib.resolve("F.ttf"), new byte[] {1, 2, 3});
        assertEquals(java.util.Optional.empty(), ChartFonts.fileOf(inJar, 4), "a copy of another size");
        Files.write(lib.resolve("F.ttf"), new byte[] {1, 2, 3, 4});
        assertEquals(java.util.Optional.of(lib.resolve("F.ttf")), ChartFonts.fileOf(inJar, 4));

        Path classes = Files.createDirectories(temp.resolve("classes"));
        Files.write(classes.resolve("G.ttf"), new byte[] {5, 6});
        assertEquals(java.util.Optional.of(classes.resolve("G.ttf")), ChartFonts.fileOf(classes.resolve("G.ttf")
                .toUri().toURL(), 2), "a folder of classes: the resource is a file");
        assertEquals(java.util.Optional.empty(), ChartFonts.fileOf(null, 2));

        // The program as tests run it, from a folder of classes: the built-in font's own file.
        java.net.URL builtIn = ChartFonts.class.getResource(ChartFonts.builtInFile());
        assertTrue(ChartFonts.fileOf(builtIn, Files.size(Path.of(builtIn.toURI()))).isPresent(), builtIn.toString());
    }

    @Test
    void itCoversEveryCharacterOfGb2312() throws Exception {
        Font font = ChartFonts.builtIn().base();
        Charset gb2312 = Charset.forName("GB2312");
        List<String> missing = new ArrayList<>();
        int characters = 0;
        // Rows 16 to 87 hold the 6,763 Chinese characters; rows 1 to 9 punctuation, digits, Greek, Roman numerals.
        for (int row = 0xA1; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String text = gb2312.decode(ByteBuffer.wrap(new byte[] {(byte) row, (byte) cell})).toString();
                if (text.codePointAt(0) == 0xFFFD || Character.getType(text.codePointAt(0)) == Character.PRIVATE_USE) {
                    continue;
                }
                characters++;
                if (font.canDisplayUpTo(text) != -1) {
                    missing.add(text);
                }
            }
        }
        assertTrue(characters > 7000, "GB2312 decoded: " + characters);
        assertEquals(List.of(), missing);
    }

    @Test
    void itDrawsChineseAsGlyphsNotAsBoxes() throws Exception {
        Font font = ChartFonts.builtIn().text();
        String text = "优良天数比例 PM2.5 μg/m³ 劣Ⅴ类 鄱阳湖";
        GlyphVector glyphs = font.createGlyphVector(new FontRenderContext(null, true, true), text);
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            assertNotEquals(font.getMissingGlyphCode(), glyphs.getGlyphCode(i), "glyph " + i + " of " + text);
        }
        assertTrue(glyphs.getVisualBounds().getWidth() > 200, "the text takes room: " + glyphs.getVisualBounds());
    }

    @Test
    void itsLicenceTravelsWithIt() throws IOException {
        try (InputStream in = ChartFonts.class.getResourceAsStream(ChartFonts.BUILT_IN_LICENCE)) {
            assertNotNull(in, ChartFonts.BUILT_IN_LICENCE);
            String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(licence.contains("SIL OPEN FONT LICENSE Version 1.1"), licence);
        }
    }

    @Test
    void aSiteFontIsNamedByItsChecksumToo(@TempDir Path temp) throws Exception {
        Path copy = temp.resolve("site-font.ttf");
        try (InputStream in = ChartFonts.class.getResourceAsStream(ChartFonts.builtInFile())) {
            Files.copy(in, copy);
        }
        ChartFont font = ChartFonts.fromFile(copy).orElseThrow();
        assertEquals(ChartFonts.builtIn().identity(), font.identity(), "the same file is the same font");
        Files.write(temp.resolve("not-a-font.ttf"), new byte[] {1, 2, 3});
        assertTrue(ChartFonts.fromFile(temp.resolve("not-a-font.ttf")).isEmpty());
        assertTrue(ChartFonts.fromFile(temp.resolve("missing.ttf")).isEmpty());
    }
}
