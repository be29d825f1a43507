package org.ecosite.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates fonts from file bytes, on a machine without any font too. On Linux, Java starts its font
 * system from the machine's fontconfig; where that lists no font at all (a container, a bare
 * server), the start fails ("Fontconfig head is null") and no font can be created, not even one
 * from a file. Java then reads, if told to, a font configuration of its own instead
 * ({@code sun.awt.fontconfig}); one that names no font is enough, since charts only ever use the
 * font they were given. That setting is made only after the first start failed, and never over one
 * the user made.
 */
final class FontSystem {

    /** The system property with which Java reads a font configuration file instead of asking fontconfig. */
    static final String CONFIGURATION = "sun.awt.fontconfig";

    private FontSystem() {
    }

    /** Where a font comes from: a file's bytes, or the file itself. */
    interface Source {
        Font[] open() throws FontFormatException, IOException;
    }

    static Font[] create(Source source) throws FontFormatException, ChartFonts.Unavailable {
        try {
            return source.open();
        } catch (IOException | RuntimeException | InternalError | LinkageError first) {
            // Java reports a font system that did not start as "Problem reading font data."
            if (System.getProperty(CONFIGURATION) != null) {
                throw new ChartFonts.Unavailable(reason(first), first);
            }
            System.setProperty(CONFIGURATION, emptyConfiguration().toString());
            try {
                return source.open();
            } catch (IOException | RuntimeException | InternalError | LinkageError second) {
                throw new ChartFonts.Unavailable(reason(second), second);
            }
        }
    }

    /**
     * Why the font system did not start. Java hides it behind "Problem reading font data."; asking
     * the font system for the machine's fonts fails again with the reason, often deep in its causes.
     */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        } catch (RuntimeException | InternalError | LinkageError e) {
            cause = e;
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** A font configuration naming no font: its version and one search sequence are all Java requires. */
    private static Path emptyConfiguration() {
        try {
            Path file = Files.createTempFile("ecosite-fontconfig", ".properties");
            file.toFile().deleteOnExit();
            Files.writeString(file, "version=1\nsequence.allfonts=default\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
