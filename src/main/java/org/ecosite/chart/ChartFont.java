package org.ecosite.chart;

import java.awt.Font;

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

    public Font plain(float size) {
        return base.deriveFont(Font.PLAIN, size);
    }

    public Font bold(float size) {
        return base.deriveFont(Font.BOLD, size);
    }
}
