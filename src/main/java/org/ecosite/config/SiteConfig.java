package org.ecosite.config;

import java.net.URI;
import java.util.Optional;

/**
 * Everything site.yaml says, validated and with defaults applied.
 *
 * @param baseUrl      absolute URL of the site root, always ending in '/'
 * @param organization default 发布机构 of every report
 * @param charts       whether and how charts are drawn
 * @param pageSize     how many reports one page of a list shows
 * @param cacheDir     where rendered charts are kept between builds (relative to the site folder), when not
 *                     in {@code .ecosite-cache/}; a CI job keeps it between runs
 * @param health       how often the site and its columns are expected to publish
 */
public record SiteConfig(String title, URI baseUrl, Language language, String theme, Optional<String> organization,
                         Optional<String> description, Footer footer, ChartOptions charts, int pageSize,
                         Optional<String> cacheDir, Health health) {

    /** Twenty reports a page: a year of a county's reports, short enough to scroll on a phone. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    /** The path part of the base URL, e.g. {@code /sthjj/xxgk/}: every link the site makes starts with it. */
    public String basePath() {
        return baseUrl.getRawPath();
    }

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, url, language, theme, organization, description, footer, charts, pageSize,
                cacheDir, health);
    }
}
