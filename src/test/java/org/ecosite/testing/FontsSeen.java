package org.ecosite.testing;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;

/**
 * Prints, one a line, the font families Java finds on this machine that can show Chinese, or what
 * went wrong starting its font system: run in a JVM of its own to see which fonts a build there
 * could fall back on.
 */
public final class FontsSeen {

    /** Java's own names, standing for whichever fonts the machine has. */
    private static final List<String> LOGICAL = List.of("Dialog", "DialogInput", "Monospaced", "SansSerif", "Serif");

    private FontsSeen() {
    }

    public static void main(String[] args) {
        try {
            for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ROOT)) {
                Font font = new Font(family, Font.PLAIN, 12);
                if (!LOGICAL.contains(family) && font.canDisplayUpTo("优良天数") == -1) {
                    System.out.println(family);
                }
            }
        } catch (RuntimeException | Error e) {
            System.out.println("no font system: " + e);
        }
    }
}
