package org.ecosite.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ecosite.build.BuildProgress;
import org.ecosite.build.BuildResult;
import org.ecosite.check.Messages;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long an editor waits from saving a report to seeing the reloaded page, on a site of 1,000
 * reports and on the demo site. Not a test: it asserts nothing about time and prints figures. Run it
 * with {@code mvn -B -ntp -Pbenchmark test}; the normal test run leaves it out.
 *
 * <p>It does what a browser does: keeps the event stream open, and on the reload event fetches the
 * page again. One sample is the time from writing the file to the event, and to the fetched page
 * holding the new sentence. The first edits warm the JVM up and are not counted.
 */
@Tag("benchmark")
class ReloadBenchmark {

    private static final int REPORTS = 1000;
    private static final int WARM_UP = 5;
    private static final int SAMPLES = 15;

    @TempDir
    Path temp;

    @Test
    void thousandReports() throws Exception {
        Path site = thousandReportSite(temp.resolve("site-1000"));
        measure("1,000 reports", site, "content/reports/y5/g25/r2.md", "reports/y5/g25/r2/");
    }

    @Test
    void demoSite() throws Exception {
        Path site = temp.resolve("demo");
        Files.createDirectories(site);
        Files.copy(Path.of("site.yaml"), site.resolve("site.yaml"));
        TestSites.copyTree(Path.of("content"), site.resolve("content"));
        measure("demo site (5 reports)", site, "content/reports/2024/youyang-2024-01-05.md",
                "reports/2024/youyang-2024-01-05/");
    }

    private void measure(String name, Path site, String file, String route) throws Exception {
        BlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
        long started = System.nanoTime();
        try (Preview preview = Preview.start(new Preview.Options(site, InetAddress.getLoopbackAddress(), 0,
                () -> LocalDate.of(2024, 7, 22), Duration.ofMillis(30), problems -> "", Messages.of(Locale.ROOT),
                (n, result, changed) -> builds.add(result), () -> BuildProgress.NONE))) {
            BuildResult first = builds.take();
            long startMillis = (System.nanoTime() - started) / 1_000_000;
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + preview.port();
            String page = base + preview.address().getPath() + route;
            HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/__ecosite/events")).build(), HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            int shown = waitForBuild(lines, 0);
            List<Long> toEvent = new ArrayList<>();
            List<Long> toPage = new ArrayList<>();
            List<Long> buildMillis = new ArrayList<>();
            Path report = site.resolve(file);
            String original = Files.readString(report);
            for (int i = 1; i <= WARM_UP + SAMPLES; i++) {
                String sentence = "基准测试第" + i + "次修改。";
                long t0 = System.nanoTime();
                Files.writeString(report, original + "\n" + sentence + "\n", StandardCharsets.UTF_8);
                shown = waitForBuild(lines, shown);
                long t1 = System.nanoTime();
                String body = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                long t2 = System.nanoTime();
                assertTrue(body.contains(sentence), "the reloaded page shows the edit");
                BuildResult result = builds.poll(1, TimeUnit.MINUTES);
                if (i > WARM_UP) {
                    toEvent.add((t1 - t0) / 1_000_000);
                    toPage.add((t2 - t0) / 1_000_000);
                    buildMillis.add(result.millis());
                }
                Thread.sleep(500); // an editor does not save twice a second
            }
            System.out.printf(Locale.ROOT, "%n== preview reload: %s (%d pages, %d charts) ==%n", name, first.pages(),
                    first.charts());
            System.out.printf(Locale.ROOT, "start (first build and server): %d ms; first build alone %d ms%n",
                    startMillis, first.millis());
            System.out.printf(Locale.ROOT, "%d edits after %d warm-up edits; quiet period 30 ms%n", SAMPLES, WARM_UP);
            row("full rebuild afterwards", buildMillis);
            row("save -> reload event", toEvent);
            row("save -> reloaded page", toPage);
        }
    }

    private static void row(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        long p90 = sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
        System.out.printf(Locale.ROOT, "  %-24s median %5d ms   p90 %5d ms   min %5d ms   max %5d ms%n", what, median,
                p90, sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** Waits for the event of a build after {@code after}; returns its number. */
    private static int waitForBuild(Iterator<String> lines, int after) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data: ") && Integer.parseInt(line.substring(6)) > after) {
                return Integer.parseInt(line.substring(6));
            }
        }
        throw new IllegalStateException("the event stream ended before build " + (after + 1));
    }

    private static final Pattern PM25 = Pattern.compile("(- id: pm25\\n\\s+value: )(\\d+)");
    private static final Pattern INDEX_NO = Pattern.compile("index_no: \"[^\"]*\"");
    private static final Pattern DATE = Pattern.compile("(?m)^date: \\S+");

    /**
     * The demo's five reports two hundred times over, in 10 year folders of 20 groups each, every copy with
     * its own 索引号, date and PM2.5 figure, so charts differ as they would on a real site.
     */
    static Path thousandReportSite(Path site) throws Exception {
        Files.createDirectories(site);
        Files.copy(Path.of("site.yaml"), site.resolve("site.yaml"));
        List<String> demo = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content/reports"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("_index.md")).sorted()
                    .toList()) {
                demo.add(Files.readString(f));
            }
        }
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int n = 0; n < REPORTS; n++) {
            String text = demo.get(n % demo.size());
            text = INDEX_NO.matcher(text).replaceFirst("index_no: \"11500000MB0000000X/" + (2020 + n / 200) + "-"
                    + String.format(Locale.ROOT, "%05d", n) + "\"");
            text = DATE.matcher(text).replaceFirst("date: " + day.plusDays(n));
            Matcher pm = PM25.matcher(text);
            if (pm.find()) {
                text = pm.replaceFirst("$1" + (10 + n % 40));
            }
            Path file = site.resolve("content/reports/y" + (n / 100) + "/g" + (n / 20) + "/r" + (n % 20) + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        return site;
    }
}
