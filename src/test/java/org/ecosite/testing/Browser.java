package org.ecosite.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system (Debian's {@code chromium} and {@code chromium-driver}),
 * driven through Selenium. Nothing is downloaded. Every host but 127.0.0.1 is unreachable for
 * the browser, so a page that asks another host for anything shows it at once.
 *
 * <p>Without Chromium the tests that need it are skipped with a message; with {@code CI=true}
 * they fail instead, so CI can never pass without running them.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test when there is no browser, or fails it on CI. */
    public static void assumeAvailable() {
        if (chromium().isPresent() && chromedriver().isPresent()) {
            return;
        }
        String message = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver, "
                + "or set ECOSITE_CHROMIUM and ECOSITE_CHROMEDRIVER): browser tests skipped";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message.replace("skipped", "required on CI"));
        }
        System.err.println(message);
        Assumptions.abort(message);
    }

    /** @param javascript false to see the site as a reader whose browser runs no script */
    static {
        // Selenium warns that it has no DevTools bindings for this Chromium; the tests need none.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    }

    public static Browser start(boolean javascript) {
        assumeAvailable();
        try {
            Path profile = Files.createTempDirectory("ecosite-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium().orElseThrow().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                    "--window-size=1280,900", "--user-data-dir=" + profile,
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver().orElseThrow().toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The page as laid out at this width, from the top.
     *
     * @param height how much of it; 0 for the whole page
     */
    public byte[] screenshot(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        int whole = ((Number) script("return document.documentElement.scrollHeight")).intValue();
        int shown = height == 0 ? whole : Math.min(height, whole);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height == 0 ? whole : height, "deviceScaleFactor", 1,
                        "mobile", width < 600));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", height == 0,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", shown, "scale", 1)));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Sets the viewport to a width, as a phone or a desktop would have it. */
    public void width(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TestSites.deleteTree(profile);
        }
    }

    static Optional<Path> chromium() {
        return find("ECOSITE_CHROMIUM", List.of("chromium", "chromium-browser", "google-chrome"));
    }

    static Optional<Path> chromedriver() {
        return find("ECOSITE_CHROMEDRIVER", List.of("chromedriver"));
    }

    private static Optional<Path> find(String variable, List<String> names) {
        String set = System.getenv(variable);
        if (set != null && !set.isBlank()) {
            return Optional.of(Path.of(set)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin";
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .flatMap(dir -> names.stream().map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable).findFirst();
    }
}
