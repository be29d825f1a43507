package org.ecosite.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The font chart text is measured and drawn with. By default it is the font built into the program
 * (Noto Sans SC Regular, pinned by version and checksum in pom.xml), never one of the machine's: the
 * same content then gives the same chart bytes on every machine, whatever fonts it has, and a
 * machine without any Chinese font draws Chinese charts. A site may name a font file instead in
 * site.yaml ({@code charts.font}). Either way the font's identity names the checksum of its file,
 * so a chart drawn with another font is never reused from the cache.
 */
public final class ChartFonts {

    /** The built-in font's licence; the font, its file name and checksum lie beside it (put there by the build). */
    static final String BUILT_IN_LICENCE = "font/LICENSE_FONT";
    private static final String PINNED = "font/font.properties";

    /** Text a chart font must be able to draw. */
    private static final String SAMPLE = "优良天数中文图表μg/m³Ⅲ劣Ⅴ0123456789%";

    /** Read and created once per process: ten megabytes a preview need not read on every save. */
    private static ChartFont builtIn;

    private ChartFonts() {
    }

    /** Java cannot start its font system on this machine; {@link #getMessage()} says what it reported. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The font built into the program. */
    public static synchronized ChartFont builtIn() throws Unavailable {
        if (builtIn == null) {
            Properties pinned = pinned();
            String name = builtInFile(pinned);
            try {
                Optional<Path> beside = fileOf(ChartFonts.class.getResource(name),
                        Long.parseLong(pinned.getProperty("size")));
                Font font;
                if (beside.isPresent()) {
                    font = FontSystem.create(() -> Font.createFonts(beside.get().toFile()))[0];
                } else {
                    byte[] data;
                    try (InputStream in = resource(name)) {
                        data = in.readAllBytes();
                    }
                    font = FontSystem.create(() -> fonts(data))[0];
                }
                // The checksum pom.xml pinned, which ChartFontsTest checks: hashing ten megabytes costs more
                // than some whole builds.
                builtIn = new ChartFont(font.deriveFont(1f), font.getFontName() + "|sha256:"
                        + pinned.getProperty("sha256"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the built-in chart font cannot be read", e);
            }
        }
        return builtIn;
    }

    /**
     * The built-in font as a file of its own, which Java opens and reads as it needs: the resource itself
     * when the program runs from a folder of classes, else a copy beside the program's jar (the
     * distribution's lib/, target/ in the source tree) of the pinned size. Empty when there is none: the
     * font is then read from the jar, inflating ten megabytes, 70 to 90 ms more for every build with charts,
     * and Java copies them to a temporary file.
     */
    static Optional<Path> fileOf(URL resource, long size) throws IOException {
        if (resource == null) {
            return Optional.empty();
        }
        Path file;
        try {
            if ("file".equals(resource.getProtocol())) {
                file = Path.of(resource.toURI());
            } else if (resource.openConnection() instanceof JarURLConnection jar
                    && "file".equals(jar.getJarFileURL().getProtocol())) {
                String name = resource.getPath().substring(resource.getPath().lastIndexOf('/') + 1);
                file = Path.of(jar.getJarFileURL().toURI()).resolveSibling(name);
            } else {
                return Optional.empty();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Files.isRegularFile(file) && Files.size(file) == size ? Optional.of(file) : Optional.empty();
    }

    /** The resource name of the built-in font file. */
    static String builtInFile() {
        return builtInFile(pinned());
    }

    private static String builtInFile(Properties pinned) {
        return "font/" + pinned.getProperty("file");
    }

    /** The built-in font's file name, sha256 and size, as pom.xml pins them. */
    private static Properties pinned() {
        Properties pinned = new Properties();
        try (InputStream in = resource(PINNED)) {
            pinned.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pinned;
    }

    private static InputStream resource(String name) {
        InputStream in = ChartFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the program lacks " + name + " beside its chart code; build it with mvn "
                    + "package");
        }
        return in;
    }

    /** A font file named by the site; empty when it cannot be read or cannot show Chinese. */
    public static Optional<ChartFont> fromFile(Path file) throws Unavailable {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] data = Files.readAllBytes(file);
            Font[] fonts = FontSystem.create(() -> fonts(data));
            Optional<Font> chosen = Arrays.stream(fonts).filter(f -> f.getFamily().contains("SC"))
                    .filter(ChartFonts::showsChinese).findFirst()
                    .or(() -> Arrays.stream(fonts).filter(ChartFonts::showsChinese).findFirst());
            return chosen.map(f -> new ChartFont(f.deriveFont(1f), identity(f, data)));
        } catch (FontFormatException | IOException e) {
            return Optional.empty();
        }
    }

    static boolean showsChinese(Font font) {
        return font.canDisplayUpTo(SAMPLE) == -1;
    }

    /** The font's name and the checksum of its file: a changed file is another font. */
    private static String identity(Font font, byte[] file) {
        try {
            return font.getFontName() + "|sha256:"
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** One or more fonts (a .ttc holds several) from a file's bytes. */
    static Font[] fonts(byte[] data) throws FontFormatException, IOException {
        return Font.createFonts(new ByteArrayInputStream(data));
    }
}
