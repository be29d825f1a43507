package org.ecosite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.ecosite.testing.Browser;
import org.ecosite.testing.Nginx;
import org.ecosite.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo site as it reads on a 390 px phone, in care mode and on paper, measured in Chromium:
 * chart text, tap targets, badges, tables, the order of a report page and its printed form.
 * Screenshots and the printed report go to target/screenshots/ for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingTest {

    private static final String REPORT = "reports/2024/youyang-2024-01-05/";
    private static final String INDICATOR = "indicators/water_section_class/";
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** An ordinary phone: 390 × 844 CSS pixels. */
    private static final int PHONE = 390;
    private static final int PHONE_HEIGHT = 844;

    private Path out;
    private Nginx server;
    private Browser browser;

    @BeforeAll
    void serve(@TempDir Path temp) {
        Browser.assumeAvailable();
        out = Nginx.publicFolder(temp).resolve("demo");
        TestSites.build(Path.of("").toAbsolutePath(), out);
        server = Nginx.start(out, "/sthjj/xxgk/");
        browser = Browser.start(true);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void open(String route, boolean care, int width) {
        browser.driver().get(server.base().toString() + org.ecosite.model.Urls.encode(route));
        browser.script("localStorage.setItem('ecosite-care', arguments[0])", care ? "on" : "off");
        browser.driver().navigate().refresh();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", width < 600));
        assertEquals(care, (Boolean) browser.script("return document.documentElement.classList.contains('care')"));
    }

    private double number(String script, Object... args) {
        return ((Number) browser.script(script, args)).doubleValue();
    }

    /** The smallest text size a chart's SVG file draws, in its own pixels. */
    private double smallestFont(String src) {
        String path = src.substring(src.indexOf("/sthjj/xxgk/") + "/sthjj/xxgk/".length());
        String svg = TestSites.read(out.resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8)));
        return Jsoup.parse(svg, "", Parser.xmlParser()).select("text").stream()
                .map(t -> t.attr("style").replaceAll(".*font-size: *([0-9.]+)px.*", "$1"))
                .filter(s -> s.matches("[0-9.]+")).mapToDouble(Double::parseDouble).min().orElseThrow();
    }

    /** Every chart on the page, its smallest text as shown: drawn size times shown width over drawn width. */
    private void assertChartText(String route, boolean care, double least) {
        open(route, care, PHONE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.script(
                "return [...document.querySelectorAll('.chart img')].map(i => ({src: i.src, shown: "
                        + "i.getBoundingClientRect().width, drawn: i.getAttribute('width')}))");
        assertTrue(!charts.isEmpty(), route);
        for (Map<String, Object> chart : charts) {
            double shown = ((Number) chart.get("shown")).doubleValue() - 2; // the 1 px border each side
            double drawn = Double.parseDouble((String) chart.get("drawn"));
            double size = smallestFont((String) chart.get("src")) * shown / drawn;
            assertTrue(size >= least, route + (care ? " in care mode: " : ": ") + chart.get("src") + " shows text of "
                    + size + " px");
        }
    }

    @Test
    void chartTextIsTwelvePixelsOnAPhoneAndEighteenInCareMode() {
        for (String route : List.of(REPORT, INDICATOR)) {
            assertChartText(route, false, 12);
            assertChartText(route, true, 18);
        }
    }

    @Test
    void careModeTargetsAreFiftyTwoPixelsSquareAndBadgesEighteen() {
        for (String route : List.of("", REPORT, INDICATOR)) {
            open(route, true, PHONE);
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) browser.script("""
                    return [...document.querySelectorAll('a, button, input')]
                      .filter(e => !e.closest('.prose') && !e.classList.contains('skip-link'))
                      .filter(e => e.getClientRects().length > 0)
                      .map(e => [e, e.getBoundingClientRect()])
                      .filter(([e, r]) => r.width < 51.5 || r.height < 51.5)
                      .map(([e, r]) => e.outerHTML.slice(0, 80) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))""");
            assertTrue(small.isEmpty(), "/" + route + ": targets under 52 px: " + small);
            @SuppressWarnings("unchecked")
            List<Number> badges = (List<Number>) browser.script("return [...document.querySelectorAll("
                    + "'.status-preliminary')].map(e => parseFloat(getComputedStyle(e).fontSize))");
            badges.forEach(b -> assertTrue(b.doubleValue() >= 18, "/" + route + ": a badge of " + b + " px"));
        }
    }

    @Test
    void aReportOnAPhoneShowsFiguresAndContentsBeforeItsRecordUnderASmallHeader() {
        open(REPORT, false, PHONE);
        double header = number("return document.querySelector('.site-header').getBoundingClientRect().height");
        assertTrue(header <= PHONE_HEIGHT / 5.0, "header and navigation " + header + " px of " + PHONE_HEIGHT);
        double figures = number("return document.querySelector('.figures').getBoundingClientRect().top");
        double toc = number("return document.querySelector('.toc').getBoundingClientRect().top");
        double record = number("return document.querySelector('.disclosure').getBoundingClientRect().top");
        double body = number("return document.querySelector('.report-body').getBoundingClientRect().top");
        assertTrue(figures < toc && toc < record && record < body, figures + " " + toc + " " + record + " " + body);
        open(REPORT, false, 1280);
        assertTrue(number("return document.querySelector('.disclosure').getBoundingClientRect().top")
                < number("return document.querySelector('.figures').getBoundingClientRect().top"),
                "on a wide screen the record stays at the top");
    }

    @Test
    void tablesOnAPhoneScrollWithAVisibleCueAndKeepTheirColumnsReadable() {
        for (String route : List.of(REPORT, INDICATOR)) {
            open(route, false, PHONE);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tables = (List<Map<String, Object>>) browser.script("""
                    return [...document.querySelectorAll('.table-scroll')].filter(s => s.getClientRects().length)
                      .map(s => ({overflows: s.scrollWidth > s.clientWidth,
                                  cue: getComputedStyle(s, '::before').content,
                                  narrowest: Math.min(...[...s.querySelectorAll('tbody tr:first-child > *')]
                                      .map(c => c.getBoundingClientRect().width)),
                                  tallest: Math.max(0, ...[...s.querySelectorAll('.data-table tbody tr > :first-child')]
                                      .map(c => { const r = document.createRange(); r.selectNodeContents(c.firstChild);
                                                  return r.getClientRects().length; }))}))""");
            assertTrue(!tables.isEmpty(), route);
            for (Map<String, Object> t : tables) {
                assertTrue(!(Boolean) t.get("overflows") || String.valueOf(t.get("cue")).contains("滑动"), route + " " + t);
                // No column of three characters, no name broken over three lines.
                assertTrue(((Number) t.get("narrowest")).doubleValue() >= 4 * 16, route + ": a narrow column: " + t);
                assertTrue(((Number) t.get("tallest")).doubleValue() <= 2, route + ": a region name over three lines: " + t);
            }
        }
    }

    @Test
    void aPrintedReportKeepsCardsWholeChartsVectorAndNoStraySeparators() throws Exception {
        open(REPORT, false, 1280);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.chart-files')).display"));
            assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.downloads')).display"));
            assertEquals("avoid", browser.script("return getComputedStyle(document.querySelector('.card')).breakInside"));
            assertEquals("auto", browser.script("return getComputedStyle(document.querySelector('table')).breakInside"));
            @SuppressWarnings("unchecked")
            List<String> sources = (List<String>) browser.script(
                    "return [...document.querySelectorAll('.chart img')].map(i => i.currentSrc)");
            assertTrue(sources.stream().allMatch(s -> s.endsWith(".svg")), sources.toString());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Map<String, Object> pdf = browser.driver().executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve("report-print.pdf"), bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int pages = text.split("/Type\\s*/Page[^s]", -1).length - 1;
        assertTrue(pages >= 2 && pages <= 12, pages + " pages");
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidthsInBothModes() throws Exception {
        Files.createDirectories(SHOTS);
        for (String route : List.of("", REPORT, INDICATOR)) {
            String name = route.isEmpty() ? "home" : route.startsWith("reports") ? "report" : "indicator";
            for (boolean care : List.of(false, true)) {
                for (int width : List.of(PHONE, 1280)) {
                    open(route, care, width);
                    Files.write(SHOTS.resolve("reading-" + name + "-" + width + (care ? "-care" : "") + ".png"),
                            browser.screenshot(width, 0));
                }
            }
        }
    }
}
