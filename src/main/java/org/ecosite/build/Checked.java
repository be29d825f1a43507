package org.ecosite.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.chart.ChartFont;
import org.ecosite.chart.ChartSpec;
import org.ecosite.config.SiteConfig;
import org.ecosite.content.Document;
import org.ecosite.content.Resource;
import org.ecosite.indicator.Catalog;
import org.ecosite.markdown.Markdown;
import org.ecosite.model.Figures;
import org.ecosite.model.Routes;
import org.ecosite.template.Theme;
import org.ecosite.template.ThemeStrings;

/**
 * A site that passed the checks: what {@link Check} read and found, and all that {@link Publish}
 * needs to write it. Nothing here is changed after the check. It holds no text and no parsed body:
 * {@code parsed} keeps each file's outline and digest, and publishing reads each file again.
 *
 * @param config  site.yaml, with the command line's base URL
 * @param links   each file's link destinations as URLs, by path inside content/
 * @param blocks  the charts editors placed in report texts, by path inside content/ and block index
 * @param font    the chart font; empty when the site draws no charts
 */
record Checked(SiteConfig config, Catalog catalog, Markdown markdown, Check.Read read, Check.Parsed parsed,
               Routes routes, Map<String, Map<String, String>> links, Figures figures,
               Map<String, Map<Integer, ChartSpec>> blocks, Optional<ChartFont> font, Theme theme,
               ThemeStrings strings, List<Resource> resources) {

    /**
     * The same site without what only publishing all of it needs (outlines, resolved links): what
     * the preview keeps to publish one edited report again.
     */
    Checked withoutBodies() {
        return new Checked(config, catalog, markdown, read, new Check.Parsed(Map.of()), routes, Map.of(),
                figures, blocks, font, theme, strings, resources);
    }

    /** The same site with {@code doc} in place of the published report from the same file. */
    Checked withReport(Document doc) {
        List<Document> published = new ArrayList<>(read.published());
        published.replaceAll(d -> d.source().route().equals(doc.source().route()) ? doc : d);
        return new Checked(config, catalog, markdown, new Check.Read(published, read.drafts(), read.draftDocuments(),
                read.indexes(), read.broken()), parsed, routes, links, figures, blocks, font, theme, strings,
                resources);
    }
}
