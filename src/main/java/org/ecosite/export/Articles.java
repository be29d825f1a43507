package org.ecosite.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an item back from its built page: the only jsoup code of the program. The page is the
 * contract: what a citizen reads there (the article, its metadata in the government meta tags and the
 * schema.org data) is what the portal gets, whatever the theme, and never something the page does not
 * say. An item is a page with the {@code ArticleTitle} meta tag, which the government website rules
 * ask of every article page and of no list.
 */
final class Articles {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What belongs to the site around an article, not to the article. */
    private static final String CHROME = "script, noscript, style, form, nav.breadcrumbs, .print-only, [hidden], "
            + "template, .skip-link, .care-control";

    private Articles() {
    }

    /**
     * The item a built page is, if it is one.
     *
     * @param site the built site
     * @param base the site's base URL (its {@code base_url})
     * @param page an HTML file of the built site
     */
    static Optional<PortalItem> read(Path site, URI base, Path page) {
        String route = site.relativize(page.getParent()).toString().replace(page.getFileSystem().getSeparator(), "/");
        URI url = base.resolve(org.ecosite.model.Urls.encode(route.isEmpty() ? "" : route + "/"));
        Document doc;
        try {
            doc = Jsoup.parse(page.toFile(), "UTF-8", url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> title = meta(doc, "name", "ArticleTitle");
        if (title.isEmpty() || !page.getFileName().toString().equals("index.html")) {
            return Optional.empty();
        }
        JsonNode ld = jsonLd(doc);
        Element article = Optional.ofNullable(doc.selectFirst("main article")).orElse(doc.selectFirst("main"));
        if (article == null) {
            return Optional.empty();
        }
        article = article.clone();
        article.select(CHROME).remove();
        // The title and the disclosure block are the portal's to show, from the metadata.
        article.select("> header, h1").remove();
        List<PortalItem.Attachment> attachments = absolutise(article, site, base);
        // Written as the page has it: re-indenting would change the text of <pre> blocks and tables.
        Document fragment = Document.createShell(url.toString());
        fragment.outputSettings().prettyPrint(false);
        fragment.body().appendChild(article);
        return Optional.of(new PortalItem(route, url.toString(), title.get(), text(ld, "identifier"),
                meta(doc, "name", "ContentSource").orElse(""), meta(doc, "name", "PubDate").orElse(""),
                text(ld, "dateModified"), text(ld, "keywords"), text(ld, "reportNumber"),
                meta(doc, "name", "ColumnName"), text(ld.path("spatialCoverage"), "name"),
                meta(doc, "name", "description"), attachments, article.outerHtml()));
    }

    /**
     * Makes every address in the article absolute under the base URL (a link within the article,
     * {@code #id}, stays as it is) and lists the files it offers: links to files of the site that are not
     * pages (data, charts, documents), each once, with its size.
     */
    private static List<PortalItem.Attachment> absolutise(Element article, Path site, URI base) {
        Map<String, PortalItem.Attachment> files = new LinkedHashMap<>();
        for (Element e : article.select("[href], [src]")) {
            String attribute = e.hasAttr("href") ? "href" : "src";
            String value = e.attr(attribute);
            if (value.startsWith("#") || value.isEmpty()) {
                continue;
            }
            String absolute = e.absUrl(attribute);
            e.attr(attribute, absolute);
            String baseText = base.toString();
            if (!e.tagName().equals("a") || !absolute.startsWith(baseText)) {
                continue;
            }
            String path = URI.create(absolute).getPath().substring(base.getPath().length());
            Path file = site.resolve(path).normalize();
            if (!path.isEmpty() && !path.endsWith("/") && !path.endsWith(".html") && file.startsWith(site)
                    && Files.isRegularFile(file)) {
                String name = attachmentName(e, file);
                try {
                    files.putIfAbsent(absolute, new PortalItem.Attachment(name, absolute, Files.size(file)));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        return new ArrayList<>(files.values());
    }

    /**
     * What a portal lists an attachment as: a chart's download by the chart's title and format
     * ("空气质量与国家标准 (PNG)"), since its link says only "下载 PNG 图片"; other files by their link text.
     */
    private static String attachmentName(Element link, Path file) {
        String fileName = file.getFileName().toString();
        String format = fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
        Element figure = link.closest("figure");
        Element title = figure == null ? null : figure.selectFirst("figcaption .chart-title, figcaption");
        if (title != null && !title.ownText().isBlank()) {
            return title.ownText().strip() + " (" + format + ")";
        }
        return link.text().isBlank() ? fileName : link.text().strip();
    }

    private static Optional<String> meta(Document doc, String attribute, String name) {
        Element e = doc.selectFirst("head meta[" + attribute + "=" + name + "]");
        return e == null || e.attr("content").isBlank() ? Optional.empty() : Optional.of(e.attr("content"));
    }

    private static JsonNode jsonLd(Document doc) {
        Element script = doc.selectFirst("script[type=application/ld+json]");
        if (script == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(script.data());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("、", parts));
        }
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
