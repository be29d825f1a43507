package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ecosite.testing.Nginx;
import org.ecosite.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Serves a built site under its sub-path with nginx, configured as the README says, and follows
 * every link, image, script, stylesheet and anchor from the home page, as a crawler would: none is broken, none leaves the base path,
 * every page is reached, and only the footer's filing and error-report links go to another host.
 */
class LinkCheckTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<byte[]> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"demo, /sthjj/xxgk/, https://www.qingshan.gov.cn/sthjj/xxgk/",
            "valid/english, /greenfield/open/, https://www.example.gov.cn/greenfield/open/",
            "valid/basic, /sthjj/xxgk/, https://www.example.gov.cn/sthjj/xxgk/"})
    void everyLinkImageAndAnchorWorksUnderTheSubPath(String site, String basePath, String baseUrl) throws Exception {
        Path source = site.equals("demo") ? Path.of("").toAbsolutePath() : TestSites.copy(site, temp);
        Path out = Nginx.publicFolder(temp).resolve("out");
        TestSites.build(source, out);
        List<String> problems = new ArrayList<>();
        try (Nginx server = Nginx.start(out, basePath)) {
            URI base = server.base();
            Deque<URI> queue = new ArrayDeque<>(List.of(base));
            Set<URI> seen = new LinkedHashSet<>(queue);
            Map<URI, Document> pages = new HashMap<>();
            Map<URI, Set<String>> anchors = new HashMap<>();
            while (!queue.isEmpty()) {
                URI uri = queue.removeFirst();
                HttpResponse<byte[]> response = get(uri);
                if (response.statusCode() != 200) {
                    problems.add(uri + ": HTTP " + response.statusCode() + (response.statusCode() == 403
                            ? " (nginx: " + server.errorLog().lines().reduce((a, b) -> b).orElse("") + ")" : ""));
                    continue;
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("text/html")) {
                    continue;
                }
                Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString());
                pages.put(uri, doc);
                for (Element e : doc.select("a[href], link[href], img[src], script[src], form[action]")) {
                    String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
                    String raw = e.attr(attr);
                    String rel = e.attr("rel");
                    URI target = uri.resolve(raw.replace(" ", "%20"));
                    if (e.tagName().equals("link") && rel.equals("canonical")) {
                        String expected = baseUrl + base.relativize(uri).toString();
                        if (!raw.equals(expected)) {
                            problems.add(uri + ": canonical " + raw + " is not " + expected);
                        }
                        continue;
                    }
                    if (!"127.0.0.1".equals(target.getHost()) || target.getPort() != base.getPort()) {
                        boolean footerLink = e.tagName().equals("a") && !e.parents().select("footer").isEmpty();
                        if (!footerLink) {
                            problems.add(uri + ": " + e.tagName() + " to another host: " + raw);
                        }
                        continue;
                    }
                    if (!target.getRawPath().startsWith(basePath)) {
                        problems.add(uri + ": " + raw + " leaves the base path " + basePath);
                        continue;
                    }
                    URI page = new URI(target.getScheme(), target.getRawAuthority(), target.getPath(), null, null);
                    page = URI.create(page.toASCIIString());
                    if (target.getRawFragment() != null && !target.getRawFragment().isEmpty()) {
                        anchors.computeIfAbsent(page, p -> new TreeSet<>()).add(URLDecoder.decode(
                                target.getRawFragment(), StandardCharsets.UTF_8) + " (from " + uri + ")");
                    }
                    if (seen.add(page)) {
                        queue.addLast(page);
                    }
                }
            }
            for (Map.Entry<URI, Set<String>> e : anchors.entrySet()) {
                Document doc = pages.get(e.getKey());
                for (String anchor : e.getValue()) {
                    String id = anchor.substring(0, anchor.indexOf(" (from "));
                    if (doc == null || doc.getElementById(id) == null) {
                        problems.add(e.getKey() + "#" + anchor + ": no such anchor");
                    }
                }
            }
            // Every page the build wrote is reachable by following links (404.html excepted).
            Set<String> reached = new TreeSet<>();
            pages.keySet().forEach(u -> reached.add(URLDecoder.decode(base.relativize(u).getRawPath(),
                    StandardCharsets.UTF_8)));
            try (Stream<Path> walk = Files.walk(out)) {
                walk.filter(p -> p.getFileName().toString().equals("index.html"))
                        .map(p -> out.relativize(p.getParent()).toString().replace('\\', '/'))
                        .map(r -> r.isEmpty() ? "" : r + "/")
                        .filter(r -> !reached.contains(r))
                        .forEach(r -> problems.add("no link leads to " + r));
            }
            // The sitemap's addresses all answer.
            Document sitemap = Jsoup.parse(TestSites.read(out.resolve("sitemap.xml")), "", Parser.xmlParser());
            for (String loc : sitemap.select("loc").eachText()) {
                assertTrue(loc.startsWith(baseUrl), loc);
                URI local = URI.create(base + loc.substring(baseUrl.length()));
                if (get(local).statusCode() != 200) {
                    problems.add("sitemap: " + loc + " does not answer");
                }
            }
            // A missing page answers with the site's own 404 page, links intact.
            HttpResponse<byte[]> missing = get(base.resolve("no/such/page/"));
            assertEquals(404, missing.statusCode());
            Document notFound = Jsoup.parse(new String(missing.body(), StandardCharsets.UTF_8));
            assertTrue(notFound.selectFirst("a[href=" + basePath + "]") != null, "the 404 page links home");
            assertTrue(pages.size() > 10, "pages crawled: " + pages.size());
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
