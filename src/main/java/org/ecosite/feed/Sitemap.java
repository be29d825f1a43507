package org.ecosite.feed;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.ecosite.model.Report;
import org.ecosite.model.Site;
import org.ecosite.model.Urls;

/**
 * {@code sitemap.xml} lists every page a search engine should know, with the day a report last
 * changed; and {@code robots.txt} points at it.
 */
public final class Sitemap {

    public static final String FILE = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /**
     * @param pages the routes of the pages to list ({@code reports/2024/a/}, "" for the home page)
     */
    public static byte[] write(Site site, Set<String> pages) {
        String base = site.config().baseUrl().toString();
        Map<String, LocalDate> changed = new TreeMap<>();
        for (Report r : site.reports()) {
            changed.put(r.route(), AtomFeed.lastChange(r));
        }
        Optional<LocalDate> newest = changed.values().stream().max(LocalDate::compareTo);
        return Xml.document(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            xml.writeCharacters("\n");
            for (String route : new java.util.TreeSet<>(pages)) {
                xml.writeStartElement("url");
                Xml.element(xml, "loc", base + Urls.encode(route));
                Optional<LocalDate> day = route.isEmpty() ? newest : Optional.ofNullable(changed.get(route));
                if (day.isPresent()) {
                    Xml.element(xml, "lastmod", day.get().toString());
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
        });
    }

    /**
     * Crawlers read robots.txt only at the root of a host. A site under a sub-path of a portal
     * still gets one, for the portal's web team to merge into theirs.
     */
    public static byte[] robots(Site site) {
        String text = "User-agent: *\nAllow: " + site.config().basePath() + "\n\nSitemap: "
                + site.config().baseUrl() + FILE + "\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
