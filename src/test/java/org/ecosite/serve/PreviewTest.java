package org.ecosite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ecosite.build.BuildProgress;
import org.ecosite.build.BuildResult;
import org.ecosite.check.Messages;
import org.ecosite.check.Problem;
import org.ecosite.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server on a free port with the fixture site "valid/basic" (base path /sthjj/xxgk/): pages
 * as they will be published plus the reload script, rebuilds on change, the error panel for a broken
 * file and its removal, refused traversal, the event stream, and a published site without the script.
 */
class PreviewTest {

    private static final String BASE = "/sthjj/xxgk/";
    private static final String REPORT = "content/reports/2024/h1.md";

    @TempDir
    Path temp;
    Path site;
    Preview preview;
    final BlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
    /** While set, full builds wait for it: what a page shows then was made without one. */
    volatile CountDownLatch hold = new CountDownLatch(0);
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        site = TestSites.copy("valid/basic", temp);
        preview = Preview.start(new Preview.Options(site, InetAddress.getLoopbackAddress(), 0,
                () -> TestSites.TODAY, Duration.ofMillis(30),
                problems -> problems.stream().filter(Problem::isError)
                        .map(p -> p.file() + ":" + p.position().line() + ":" + p.position().column() + ": error: "
                                + p.key()).collect(Collectors.joining("\n")),
                Messages.of(Locale.SIMPLIFIED_CHINESE), (number, result, changed) -> builds.add(result),
                () -> {
                    await(hold);
                    return BuildProgress.NONE;
                }));
        assertFalse(next().failed(), "the first build");
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "held too long");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BuildResult next() throws InterruptedException {
        BuildResult result = builds.poll(30, TimeUnit.SECONDS);
        assertNotNull(result, "no build within 30 s");
        return result;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    /** Sends a request line as written, with no client to tidy the path first. */
    private String raw(String path) throws Exception {
        return raw(path, "127.0.0.1");
    }

    private String raw(String path, String host) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void edit(String file, String from, String to) throws Exception {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        save(path, text.replace(from, to));
    }

    /**
     * Saves as many editors do, into a hidden file renamed over the old one: one change, never a half-written
     * file, however slow the machine running the test.
     */
    private static void save(Path path, String text) throws Exception {
        Path partial = path.resolveSibling("." + path.getFileName() + ".saving");
        Files.writeString(partial, text);
        Files.move(partial, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void servesPagesUnderTheBasePathWithTheReloadScriptAndDraftsMarked() throws Exception {
        assertTrue(preview.address().toString().matches("http://127\\.0\\.0\\.1:\\d+/sthjj/xxgk/"),
                preview.address().toString());
        HttpResponse<String> root = get("/");
        assertEquals(302, root.statusCode());
        assertEquals(BASE, root.headers().firstValue("Location").orElse(""));

        Document report = page(BASE + "reports/2024/h1/");
        assertEquals("2024年上半年<工作>总结 & \"小结\"", report.selectFirst("h1").text());
        assertEquals("/__ecosite/live.js", report.select("script").last().attr("src"));
        assertEquals("1", report.select("script").last().attr("data-build"));
        assertEquals("no-store", get(BASE + "reports/2024/h1/").headers().firstValue("Cache-Control").orElse(""));

        Document draft = page(BASE + "reports/2024/draft/");
        assertTrue(draft.selectFirst(".draft-note").text().contains("草稿"));
        assertEquals(200, get(BASE + "assets/site.css").statusCode());
        assertTrue(get(BASE + "assets/site.css").headers().firstValue("Content-Type").orElse("")
                .startsWith("text/css"));
        assertEquals(302, get(BASE + "reports").statusCode(), "a folder without its slash is redirected");
        HttpResponse<String> missing = get(BASE + "no/such/page/");
        assertEquals(404, missing.statusCode());
        assertNotNull(Jsoup.parse(missing.body()).selectFirst("script[src=/__ecosite/live.js]"), "the site's 404 page");
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + BASE))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
    }

    @Test
    void aChangedFileIsServedNewAfterTheRebuild() throws Exception {
        edit(REPORT, "PM2.5 累计浓度 28 微克/立方米。", "PM2.5 累计浓度 28 微克/立方米。预览中新写的一句。");
        assertFalse(next().failed());
        Document report = page(BASE + "reports/2024/h1/");
        assertTrue(report.selectFirst(".report-body").text().contains("预览中新写的一句"));
        assertEquals("2", report.select("script").last().attr("data-build"));

        save(site.resolve("content/reports/2024/new.md"),
                "---\ntitle: 新的一篇\ndate: 2024-07-21\nregion: 测试县\n---\n\n正文。\n");
        assertFalse(next().failed());
        assertEquals("新的一篇", page(BASE + "reports/2024/new/").selectFirst("h1").text());
        assertTrue(page(BASE + "reports/2024/").text().contains("新的一篇"), "lists are never stale either");
    }

    @Test
    void anEditedReportTextIsShownBeforeTheWholeSiteIsBuiltAndPagesReloadOnce() throws Exception {
        HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + preview.port() + "/__ecosite/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        String before = get(BASE + "reports/2024/h1/").body();
        try (Stream<String> lines = events.body()) {
            java.util.Iterator<String> it = lines.iterator();
            assertEquals("data: 1", List.of(it.next(), it.next(), it.next(), it.next()).get(3));
            hold = new CountDownLatch(1);
            edit(REPORT, "PM2.5 累计浓度 28 微克/立方米。", "PM2.5 累计浓度 28 微克/立方米。先于全站显示的一句。");
            assertEquals(List.of("", "event: build", "data: 2"), List.of(it.next(), it.next(), it.next()));
            assertTrue(builds.isEmpty(), "the full build has not finished");
            String early = get(BASE + "reports/2024/h1/").body();
            assertTrue(Jsoup.parse(early).selectFirst(".report-body").text().contains("先于全站显示的一句"));
            assertEquals(before.replace("PM2.5 累计浓度 28 微克/立方米。", "PM2.5 累计浓度 28 微克/立方米。先于全站显示的一句。")
                    .replace("data-build=\"1\"", "data-build=\"2\""), early, "only the sentence and the build differ");

            hold.countDown();
            assertFalse(next().failed());
            assertEquals(early, get(BASE + "reports/2024/h1/").body(), "the full build made the same page");
            assertTrue(Files.readString(site.resolve(REPORT)).contains("先于全站显示的一句"));

            // A front matter edit waits for the full build: lists show titles. The next event is build 3,
            // so the full build of the text edit sent none.
            edit(REPORT, "title: ", "title: 新");
            assertFalse(next().failed());
            assertEquals(List.of("", "event: build", "data: 3"), List.of(it.next(), it.next(), it.next()));
            assertTrue(page(BASE + "reports/2024/").text().contains("新2024年上半年"), "lists show the new title");
        }
    }

    @Test
    void aBrokenFileShowsItsErrorsOverTheLastGoodSiteUntilItIsFixed() throws Exception {
        edit(REPORT, "date: 2024-07-10", "date: 2024-07-99");
        assertTrue(next().failed());
        Document broken = page(BASE + "reports/2024/h1/");
        assertNotNull(broken.selectFirst("#ecosite-overlay"), broken.html());
        assertEquals("构建失败", broken.selectFirst("#ecosite-overlay h2").text());
        assertEquals("content/reports/2024/h1.md:3:7: error: field.date",
                broken.selectFirst("#ecosite-overlay pre").text());
        assertEquals("2024年上半年<工作>总结 & \"小结\"", broken.selectFirst("h1").text(), "the last good site");
        assertNotNull(page(BASE).selectFirst("#ecosite-overlay"), "every page shows it");

        edit(REPORT, "date: 2024-07-99", "date: 2024-07-10");
        assertFalse(next().failed());
        Document fixed = page(BASE + "reports/2024/h1/");
        assertNull(fixed.selectFirst("#ecosite-overlay"));
        assertEquals("3", fixed.select("script").last().attr("data-build"));
    }

    @Test
    void answersOnlyRequestsForLoopbackNamesSoNoOtherSiteCanReadItByDnsRebinding() throws Exception {
        String port = ":" + preview.port();
        for (String host : List.of("rebind.evil.example" + port, "evil.example", "127.0.0.1.nip.io" + port)) {
            for (String path : List.of(BASE + "reports/2024/h1/", "/__ecosite/events", "/__ecosite/live.js")) {
                String response = raw(path, host);
                assertTrue(response.startsWith("HTTP/1.1 403"), host + path + " -> " + response);
                assertFalse(response.contains("<html") || response.contains("data:"), host + path);
            }
        }
        for (String host : List.of("localhost" + port, "127.0.0.1" + port, "[::1]" + port)) {
            assertTrue(raw(BASE + "reports/2024/h1/", host).startsWith("HTTP/1.1 200"), host);
        }
    }

    @Test
    void refusesPathsThatTryToLeaveTheSite() throws Exception {
        Files.writeString(temp.resolve("secret.txt"), "SECRET");
        for (String path : List.of("/../../etc/passwd", BASE + "../../../etc/passwd", BASE + "%2e%2e/%2e%2e/etc/passwd",
                BASE + "..%2f..%2f..%2fetc%2fpasswd", BASE + "%2E%2E%5C%2E%2E%5Csecret.txt",
                BASE + "..\\..\\secret.txt",
                BASE + "%252e%252e/secret.txt", BASE + "reports/%00/x", BASE + "./index.html", BASE + "//etc/passwd",
                BASE + "%c0%ae%c0%ae/secret.txt")) {
            String response = raw(path);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), path + " -> " + status);
            assertFalse(response.contains("root:") || response.contains("SECRET"), path);
        }
        assertTrue(raw(BASE + "reports/2024/h1/").startsWith("HTTP/1.1 200"));
    }

    @Test
    void eventsTellOpenPagesOfEveryBuild() throws Exception {
        HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + preview.port() + "/__ecosite/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, events.statusCode());
        assertTrue(events.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (Stream<String> lines = events.body()) {
            java.util.Iterator<String> it = lines.iterator();
            assertEquals("retry: 1000", it.next());
            assertEquals("", it.next());
            assertEquals("event: build", it.next());
            assertEquals("data: 1", it.next());
            edit(REPORT, "上半年，全县", "上半年，全县全县");
            assertFalse(next().failed());
            assertEquals("", it.next());
            assertEquals("event: build", it.next());
            assertEquals("data: 2", it.next());
        }
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port()
                + "/__ecosite/events")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "HEAD answers at once");
        HttpResponse<String> script = get("/__ecosite/live.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("new EventSource(\"/__ecosite/events\")"));
    }

    @Test
    void thePreviewIsThePublishedSitePlusTheScriptAndThePublishedSiteNeverHasIt() throws Exception {
        Path out = temp.resolve("published");
        TestSites.Run build = TestSites.run("build", "--drafts", "--source", site.toString(), "--output",
                out.toString());
        assertEquals(0, build.exitCode(), build::toString);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("__ecosite") || text.contains("ecosite-overlay"), file.toString());
            }
        }
        for (String route : List.of("", "reports/2024/h1/", "reports/2024/draft/", "regions/测试县/")) {
            String served = get(BASE + org.ecosite.model.Urls.encode(route)).body();
            String snippet = "<script src=\"/__ecosite/live.js\" data-build=\"1\"></script>\n";
            assertTrue(served.contains(snippet), route);
            assertEquals(TestSites.read(out.resolve(route).resolve("index.html")), served.replace(snippet, ""), route);
        }
        assertFalse(Files.exists(site.resolve("site")), "serving never writes the site's own output folder");
    }

    @Test
    void aFirstBuildThatFailsShowsThePanelOnAPageOfItsOwn() throws Exception {
        preview.close();
        edit("site.yaml", "base_url: https://www.example.gov.cn/sthjj/xxgk/", "base_url: ftp://nowhere");
        preview = Preview.start(new Preview.Options(site, InetAddress.getLoopbackAddress(), 0,
                () -> TestSites.TODAY, Duration.ofMillis(30), problems -> "site.yaml: error",
                Messages.of(Locale.SIMPLIFIED_CHINESE), (number, result, changed) -> builds.add(result),
                () -> BuildProgress.NONE));
        assertTrue(next().failed());
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("site.yaml: error", page.selectFirst("#ecosite-overlay pre").text());
        assertTrue(page.selectFirst("#ecosite-overlay").text().contains("还没有成功构建过"));
    }

    @Test
    void onlyTheFilesABuildReadsSetOffARebuild() {
        assertTrue(SiteWatcher.relevant(Path.of("content/reports/a.md"), Optional.empty()));
        assertTrue(SiteWatcher.relevant(Path.of("site.yaml"), Optional.empty()));
        assertTrue(SiteWatcher.relevant(Path.of("themes/default/templates/base.peb"), Optional.empty()));
        assertFalse(SiteWatcher.relevant(Path.of("site/index.html"), Optional.empty()));
        assertFalse(SiteWatcher.relevant(Path.of("content/reports/.a.md.swp"), Optional.empty()));
        assertFalse(SiteWatcher.relevant(Path.of("content/reports/a.md~"), Optional.empty()));
        assertFalse(SiteWatcher.relevant(Path.of("content/reports/4913"), Optional.empty()));
        assertFalse(SiteWatcher.relevant(Path.of("README.md"), Optional.empty()));
        assertTrue(SiteWatcher.relevant(Path.of("fonts/NotoSansSC.otf"), Optional.empty()));
        assertTrue(SiteWatcher.relevant(Path.of("assets/chart.ttf"), Optional.of("assets/chart.ttf")));
        assertFalse(SiteWatcher.relevant(Path.of("assets/other.ttf"), Optional.of("assets/chart.ttf")));
    }
}
