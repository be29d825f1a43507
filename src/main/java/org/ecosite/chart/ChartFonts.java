package org.ecosite.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a font that can show Chinese, to measure and draw chart text. A site may name a font
 * file in site.yaml ({@code charts.font}); otherwise the installed fonts are searched for a
 * well-known CJK family. Without one, labels would be measured as empty boxes, so the build
 * stops and says what to install.
 */
public final class ChartFonts {

    /** Families tried in order: Noto/Source Han first (free, in Debian as fonts-noto-cjk), then common ones. */
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
            "Microsoft YaHei", "PingFang SC", "SimHei", "AR PL UMing CN", "Noto Serif CJK SC");
    /** Text a chart font must be able to draw. */
    private static final String SAMPLE = "优良天数中文图表μg/m³Ⅲ劣Ⅴ0123456789%";

    private ChartFonts() {
    }

    /** A font file named by the site; empty when it cannot be read or cannot show Chinese. */
    public static Optional<ChartFont> fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            Optional<Font> chosen = Arrays.stream(fonts).filter(f -> f.getFamily().contains("SC"))
                    .filter(ChartFonts::showsChinese).findFirst()
                    .or(() -> Arrays.stream(fonts).filter(ChartFonts::showsChinese).findFirst());
            return chosen.map(f -> new ChartFont(f.deriveFont(1f), f.getFontName() + "|" + size(file)));
        } catch (FontFormatException | IOException e) {
            return Optional.empty();
        }
    }

    /** The first installed font of the preferred families that shows Chinese. */
    public static Optional<ChartFont> installed() {
        Set<String> families = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ROOT)).collect(Collectors.toSet());
        for (String family : PREFERRED) {
            if (families.contains(family)) {
                Font font = new Font(family, Font.PLAIN, 1);
                if (showsChinese(font)) {
                    return Optional.of(new ChartFont(font, font.getFontName()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean showsChinese(Font font) {
        return font.canDisplayUpTo(SAMPLE) == -1;
    }

    private static String size(Path file) {
        try {
            return String.valueOf(Files.size(file));
        } catch (IOException e) {
            return "?";
        }
    }
}
