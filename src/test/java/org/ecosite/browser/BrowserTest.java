package org.ecosite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ecosite.search.Terms;
import org.ecosite.testing.Browser;
import org.ecosite.testing.Nginx;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The demo site served under its sub-path and read in headless Chromium, as a person would:
 * axe-core finds no WCAG 2.1 A/AA violation on the pages a reader meets first, in normal and in
 * care mode; care mode is switched on by a visible control, remembered, and works without
 * JavaScript; search finds reports; the keyboard reaches everything; no other host is asked for
 * anything. Screenshots go to target/screenshots/ for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final String SEARCH_PAGE = "search/";
    /** The pages checked with axe-core, by route. The search page gets a query typed in. Add new page kinds here. */
    static final List<String> PAGES = List.of("", "reports/2024/youyang-2024-01-05/", "reports/", "regions/酉阳自治县/",
            "topics/", "indicators/", "indicators/water_section_class/", SEARCH_PAGE,
            "reports/2021/jiaxian-2021-h1/", "penalties/", "penalties/2024/xinghe-building-materials/",
            "penalties/2024/li/", "eia/2024/shimen-wastewater/", "catalog/");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private Nginx server;
    private Browser browser;

    @BeforeAll
    void serve(@TempDir Path temp) {
        Browser.assumeAvailable();
        Path out = Nginx.publicFolder(temp).resolve("demo");
        TestSites.build(Path.of("").toAbsolutePath(), out);
        // A page made to fail, so that a silent checker would show.
        TestSites.write(out.resolve("axe-sanity.html"), "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title>"
                + "</head><body><main><img src=\"assets/none.png\"><p style=\"color:#bbb\">浅色文字</p></main></body></html>");
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

    private String url(String route) {
        return server.base().toString() + org.ecosite.model.Urls.encode(route);
    }

    private void open(String route) {
        browser.driver().get(url(route));
        if (route.equals(SEARCH_PAGE)) {
            search("空气质量");
        }
    }

    /** Types a query into the search page's box as a reader would, submits it and waits for the answer. */
    private String search(String query) {
        browser.driver().get(url(SEARCH_PAGE));
        WebElement box = browser.driver().findElement(By.id("es-search-q"));
        box.sendKeys(query);
        box.sendKeys(Keys.ENTER);
        // The results are written while we look: an element read a moment ago may be gone.
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(d -> {
            String text = d.findElement(By.cssSelector(".search-status")).getText();
            return !text.isBlank() && !text.contains("正在搜索");
        });
        wait.until(d -> d.findElements(By.cssSelector(".search-snippet")).stream()
                .allMatch(e -> !e.getText().isBlank()));
        return browser.driver().findElement(By.cssSelector(".search-status")).getText();
    }

    private void care(boolean on) {
        browser.script("localStorage.setItem('ecosite-care', arguments[0])", on ? "on" : "off");
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                + v.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary())
                .collect(Collectors.joining("\n    "))).collect(Collectors.joining("\n"));
    }

    static List<String> pages() {
        return PAGES;
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("pages")
    void noWcag21AaViolationsInNormalMode(String route) {
        assertNoWcag21AaViolations(route, false);
    }

    /** Opens a page in normal or care mode and runs axe-core's WCAG 2.1 A and AA rules on it. */
    private void assertNoWcag21AaViolations(String route, boolean careMode) {
        browser.driver().get(url(""));
        care(careMode);
        open(route);
        assertEquals(careMode, classes().contains("care"), "care mode");
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        assertTrue(results.violationFree(), "/" + route + "\n" + describe(results.getViolations()));
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("pages")
    void noWcag21AaViolationsAndContrastOfSevenInCareMode(String route) {
        assertNoWcag21AaViolations(route, true);
        Results enhanced = new AxeBuilder().withRules(List.of("color-contrast-enhanced")).analyze(browser.driver());
        assertTrue(enhanced.violationFree(), "care mode contrast >= 7:1 on /" + route + "\n"
                + describe(enhanced.getViolations()));
        care(false);
    }

    private String classes() {
        return (String) browser.script("return document.documentElement.className");
    }

    @Test
    void careModeIsSwitchedByAVisibleControlAndRemembered() {
        browser.driver().get(url(""));
        care(false);
        browser.driver().navigate().refresh();
        WebElement button = browser.driver().findElement(By.cssSelector("[data-care-button]"));
        assertTrue(button.isDisplayed(), "the control is visible");
        double normal = fontSize("main p");
        button.click();
        assertTrue(classes().contains("care"));
        assertEquals("退出关怀模式", button.getText());
        open("reports/2024/youyang-2024-01-05/");
        assertTrue(classes().contains("care"), "the choice is remembered on the next page");
        double size = fontSize(".report-body p");
        assertTrue(size >= 18 && size > normal, "care mode text is at least 18 px: " + size);
        double leading = (Double) browser.script("var s = getComputedStyle(document.querySelector('.report-body p'));"
                + "return parseFloat(s.lineHeight) / parseFloat(s.fontSize);");
        assertTrue(leading >= 1.5, "line height " + leading);
        for (WebElement target : browser.driver().findElements(By.cssSelector(".site-nav a, .pager a, button"))) {
            if (target.isDisplayed()) {
                assertTrue(target.getSize().getHeight() >= 48, "large target: " + target.getText());
            }
        }
        assertEquals(1, visibleCareControls(), "one control, whatever the state");
        browser.driver().findElement(By.cssSelector("[data-care-button]")).click();
        assertFalse(classes().contains("care"));
        browser.driver().navigate().refresh();
        assertFalse(classes().contains("care"), "switching off is remembered too");
        assertEquals(1, visibleCareControls());
        // A link to a page in care mode (#es-page) switches it on and is remembered.
        browser.driver().get(url("reports/") + "#es-page");
        assertTrue(classes().contains("care"));
        assertEquals(1, visibleCareControls());
        browser.driver().findElement(By.cssSelector("[data-care-button]")).click();
        assertFalse(classes().contains("care"));
        assertTrue(fontSize("main p") < 18, "switched off even though the address named care mode");
    }

    private long visibleCareControls() {
        return browser.driver().findElements(By.cssSelector(".care-control a, .care-control button")).stream()
                .filter(WebElement::isDisplayed).count();
    }

    @Test
    void axeFindsViolationsWhereThereAreSome() {
        browser.driver().get(url("axe-sanity.html"));
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        List<String> ids = results.getViolations().stream().map(Rule::getId).toList();
        assertTrue(ids.contains("image-alt") && ids.contains("color-contrast"), ids.toString());
        assertFalse(results.getPasses().isEmpty());
    }

    private double fontSize(String selector) {
        return ((Number) browser.script("return parseFloat(getComputedStyle(document.querySelector(arguments[0]))"
                + ".fontSize)", selector)).doubleValue();
    }

    @Test
    void careModeWorksWithoutJavaScript() {
        try (Browser plain = Browser.start(false)) {
            plain.driver().get(url("reports/2024/youyang-2024-01-05/"));
            WebElement on = plain.driver().findElement(By.cssSelector(".care-link-on"));
            assertTrue(on.isDisplayed(), "a link switches care mode on");
            assertFalse(plain.driver().findElement(By.cssSelector(".care-button")).isDisplayed());
            double normal = size(plain);
            on.click();
            double care = size(plain);
            assertTrue(care >= 18 && care > normal, normal + " -> " + care);
            WebElement off = plain.driver().findElement(By.cssSelector(".care-link-off"));
            assertTrue(off.isDisplayed(), "a link switches it off again");
            off.click();
            assertEquals(normal, size(plain));
            // The search page tells what to do without JavaScript and links to the lists.
            plain.driver().get(url(SEARCH_PAGE));
            String text = plain.driver().findElement(By.tagName("main")).getText();
            assertTrue(text.contains("没有运行脚本"), text);
            assertFalse(plain.driver().findElements(By.cssSelector(".search-browse a")).isEmpty());
        }
    }

    private static double size(Browser b) {
        return ((Number) b.script("return parseFloat(getComputedStyle(document.querySelector('.report-body p'))"
                + ".fontSize)")).doubleValue();
    }

    @Test
    void searchFindsChineseWordsTitlesFirstWithDateAndHighlightedSnippet() {
        care(false);
        String status = search("整改");
        assertTrue(status.startsWith("找到 "), status);
        List<WebElement> results = browser.driver().findElements(By.cssSelector(".search-results li"));
        assertTrue(results.size() >= 2, status);
        assertEquals("2023年突出生态环境问题整改工作做法",
                results.get(0).findElement(By.cssSelector(".report-link")).getText(), "a title match comes first");
        assertEquals("2023-07-14", results.get(0).findElement(By.tagName("time")).getAttribute("datetime"));
        for (WebElement result : results) {
            assertFalse(result.findElement(By.tagName("time")).getText().isBlank(), "every result shows its date");
            List<WebElement> marks = result.findElements(By.tagName("mark"));
            assertFalse(marks.isEmpty(), "the match is highlighted: " + result.getText());
            assertEquals("整改", marks.get(0).getText());
            assertFalse(result.getText().contains("\\"), "snippets show text, not Markdown: " + result.getText());
        }
        // A two-character word from the middle of a body finds its report.
        search("龙潭");
        assertEquals("2024年1—5月生态环保工作小结", firstResult());
        // Latin words and numbers, whatever their width or case.
        search("ｐｍ２．５");
        assertEquals("2024年1—5月生态环保工作小结", firstResult());
        String none = search("无此词语");
        assertTrue(none.contains("没有找到"), none);
        assertTrue(browser.driver().findElements(By.cssSelector(".search-results li")).isEmpty());
    }

    /** A figure the source withholds reads as withheld in a search snippet, as on its page, never as a star. */
    @Test
    void aWithheldFigureIsShownAsWithheldInSearchSnippets() {
        care(false);
        search("累计浓度");
        List<WebElement> withheld = browser.driver().findElements(By.cssSelector(".search-snippet .withheld"));
        assertFalse(withheld.isEmpty(), browser.driver().findElement(By.cssSelector(".search-results")).getText());
        for (WebElement e : withheld) {
            assertEquals("img", e.getAttribute("role"));
            assertEquals("数字未公开", e.getAttribute("aria-label"));
            assertEquals("未公开", e.getText());
        }
        String snippet = withheld.get(0).findElement(By.xpath("..")).getText();
        assertTrue(snippet.contains("累计浓度达到未公开微克/立方米"), snippet);
        assertFalse(snippet.contains("\uFFFC") || snippet.contains("达到*"), snippet);
    }

    private String firstResult() {
        return browser.driver().findElement(By.cssSelector(".search-results li .report-link")).getText();
    }

    @Test
    void theScriptSplitsQueriesExactlyAsTheIndexDoes() {
        browser.driver().get(url(SEARCH_PAGE));
        for (String text : List.of("空气质量优良天数", "PM2.5 浓度", "ＰＭ２．５与NO2", "水 Ⅲ类", "Good-air days 2024",
                "县城区PM10为48微克", "一、二", "é café naïve")) {
            @SuppressWarnings("unchecked")
            List<String> script = (List<String>) browser.script("return window.ecositeSearchTerms(arguments[0])", text);
            List<String> java = Terms.of(text).stream().distinct().toList();
            assertEquals(java, script, text);
        }
    }

    @Test
    void keyboardAloneReachesTheSkipLinkTheControlsAndTheContent() {
        browser.driver().get(url("reports/2024/youyang-2024-01-05/"));
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement first = browser.driver().switchTo().activeElement();
        assertEquals("跳到正文", first.getText());
        assertTrue(first.getRect().getY() >= 0, "the skip link shows when focused");
        String outline = (String) browser.script("return getComputedStyle(document.activeElement).outlineStyle");
        assertFalse("none".equals(outline), "focus is visible");
        first.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            reached.add(browser.driver().switchTo().activeElement().getText());
        }
        assertTrue(reached.stream().anyMatch(t -> !t.isBlank()), reached.toString());
    }

    @Test
    void noPageAsksAnotherHostForAnything() {
        String origin = "http://127.0.0.1:" + server.base().getPort() + "/";
        for (String route : PAGES) {
            open(route);
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.script(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
            for (String resource : loaded) {
                assertTrue(resource.startsWith(origin + "sthjj/xxgk/"), route + " loaded " + resource);
            }
        }
    }

    @Test
    void screenshotsOfHomeAndReportAtPhoneAndDesktopWidths() throws IOException {
        Files.createDirectories(SHOTS);
        for (String mode : List.of("normal", "care")) {
            for (int width : List.of(390, 1280)) {
                for (String[] page : new String[][] {{"home", ""}, {"report", "reports/2024/youyang-2024-01-05/"}}) {
                    browser.driver().get(url(""));
                    care(mode.equals("care"));
                    open(page[1]);
                    byte[] png = browser.screenshot(width, 0);
                    assertTrue(png.length > 10_000);
                    Files.write(SHOTS.resolve(page[0] + "-" + width + "-" + mode + ".png"), png);
                    // The first screen, as a reader sees it on opening the page.
                    Files.write(SHOTS.resolve(page[0] + "-" + width + "-" + mode + "-top.png"),
                            browser.screenshot(width, width < 600 ? 844 : 900));
                }
            }
        }
        care(false);
        assertNotNull(Files.list(SHOTS).findAny().orElse(null));
    }
}
