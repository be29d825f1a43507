package org.ecosite.chart;

import java.awt.Font;
import java.util.List;

/**
 * The font chart text is measured and drawn with. Its identity is part of every chart's cache
 * key: a different font lays text out differently.
 *
 * @param base     the font at size 1, derived to each size needed
 * @param identity what tells this font apart (its name and the checksum of its file), for cache keys
 */
public record ChartFont(Font base, String identity) {

    /**
     * Font families a reader's browser may have, best first, ending in the generic family.
     * Unquoted: JFreeSVG puts this inside a single-quoted XML attribute.
     */
    static final String CSS_FAMILIES = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, "
            + "Microsoft YaHei, WenQuanYi Micro Hei, sans-serif";

    /** A chart's title. */
    public Font title() {
        return base.deriveFont(Font.BOLD, 18f);
    }

    /** Every other text: subtitle, axes, legend, the standards' lines. */
    public Font text() {
        return base.deriveFont(Font.PLAIN, 15f);
    }

    /** The figures written on bars and points. */
    public Font figure() {
        return base.deriveFont(Font.BOLD, 15f);
    }

    /**
     * Every face a chart is drawn in: the three above, and only they, so that {@link ChartRenderer} can
     * measure each before charts are drawn in parallel ({@link PngEncoder#measured}).
     */
    List<Font> faces() {
        return List.of(title(), text(), figure());
    }
}
