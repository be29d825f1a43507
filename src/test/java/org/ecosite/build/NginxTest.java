package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.ecosite.testing.Nginx;
import org.ecosite.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo site on nginx under its sub-path, configured exactly as the README shows: every page
 * readable by nginx's workers, the site's own 404 page, text compressed, pages revalidated and
 * charts and assets kept for an hour. The link walk and the browser tests run on the same server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxTest {

    private static final String BASE = "/sthjj/xxgk/";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Nginx nginx;
    private Path out;

    @BeforeAll
    void serve(@TempDir Path temp) {
        Nginx.assumeAvailable();
        out = Nginx.publicFolder(temp).resolve("site");
        TestSites.build(Path.of("").toAbsolutePath(), out);
        nginx = Nginx.start(out, BASE);
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(nginx.base().resolve(path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void theReadmeShowsTheConfigurationTheTestsUse() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String snippet = Files.readString(Nginx.SNIPPET, StandardCharsets.UTF_8);
        assertTrue(readme.contains("```nginx\n" + snippet + "```"), "README.md must show " + Nginx.SNIPPET + " word for word");
    }

    @Test
    void pagesAnswerWithTheirTypeAndAreRevalidated() {
        HttpResponse<byte[]> home = get("");
        assertEquals(200, home.statusCode(), nginx.errorLog());
        assertEquals("text/html; charset=utf-8", header(home, "Content-Type"));
        assertEquals("no-cache", header(home, "Cache-Control"));
        assertEquals("nosniff", header(home, "X-Content-Type-Options"));
        Document doc = Jsoup.parse(new String(home.body(), StandardCharsets.UTF_8));
        assertNotNull(doc.selectFirst("main h1"), "the home page has its heading");
        // Asked again with the validator it was given, an unchanged page costs a 304.
        String etag = header(home, "ETag");
        assertTrue(!etag.isEmpty(), "an ETag");
        assertEquals(304, get("", "If-None-Match", etag).statusCode());
    }

    @Test
    void chartsAndAssetsAreKeptForAnHourAndTextIsCompressed() throws IOException {
        String chart;
        try (var walk = Files.walk(out.resolve("reports"))) {
            chart = out.relativize(walk.filter(p -> p.toString().endsWith(".svg")).sorted().findFirst().orElseThrow())
                    .toString();
        }
        HttpResponse<byte[]> svg = get(chart, "Accept-Encoding", "gzip");
        assertEquals(200, svg.statusCode(), chart);
        assertEquals("public, max-age=3600", header(svg, "Cache-Control"));
        assertEquals("gzip", header(svg, "Content-Encoding"));
        String text = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(svg.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(Files.readString(out.resolve(chart), StandardCharsets.UTF_8), text);

        HttpResponse<byte[]> css = get("assets/site.css", "Accept-Encoding", "gzip");
        assertEquals(200, css.statusCode());
        assertTrue(header(css, "Content-Type").startsWith("text/css"), header(css, "Content-Type"));
        assertEquals("gzip", header(css, "Content-Encoding"));
        assertEquals("public, max-age=3600", header(css, "Cache-Control"));

        HttpResponse<byte[]> png = get(chart.replace(".svg", ".png"));
        if (Files.exists(out.resolve(chart.replace(".svg", ".png")))) {
            assertEquals(200, png.statusCode());
            assertEquals("image/png", header(png, "Content-Type"));
            assertEquals("", header(png, "Content-Encoding"), "PNG is not compressed twice");
        }
    }

    @Test
    void aMissingPageAnswers404WithTheSitesOwnPage() {
        for (String path : new String[] {"no/such/page/", "reports/2099/none.svg", "assets/none.css"}) {
            HttpResponse<byte[]> missing = get(path);
            assertEquals(404, missing.statusCode(), path);
            Document doc = Jsoup.parse(new String(missing.body(), StandardCharsets.UTF_8));
            assertNotNull(doc.selectFirst("a[href=" + BASE + "]"), path + ": the site's 404 page, linking home");
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedWithinTheSite() {
        HttpResponse<byte[]> redirect = get(BASE + "reports");
        assertEquals(301, redirect.statusCode());
        assertEquals(BASE + "reports/", header(redirect, "Location"));
        // Nothing outside the site's folder is reachable through the alias.
        HttpResponse<byte[]> climb = get("%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
        assertTrue(climb.statusCode() == 400 || climb.statusCode() == 404, "HTTP " + climb.statusCode());
        assertTrue(!new String(climb.body(), StandardCharsets.UTF_8).contains("root:"));
    }
}
