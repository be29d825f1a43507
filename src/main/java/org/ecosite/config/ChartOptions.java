package org.ecosite.config;

import java.util.Optional;

/**
 * The {@code charts} part of site.yaml.
 *
 * @param enabled false to publish no charts at all (the figures still have their tables)
 * @param png     false to publish SVG charts only, without the PNG copies for sharing and print
 * @param font    a font file (relative to the site folder) for chart text, overriding discovery
 */
public record ChartOptions(boolean enabled, boolean png, Optional<String> font) {

    public static final ChartOptions DEFAULT = new ChartOptions(true, true, Optional.empty());
}
