package org.ecosite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void encodesEachSegmentAndKeepsSlashes() {
        assertEquals("/sthjj/regions/%E9%85%89%E9%98%B3/", Urls.href("/sthjj/", "regions/酉阳/"));
        assertEquals("/a%20b/c.png", Urls.href("/", "a b/c.png"));
        assertEquals("/sthjj/", Urls.href("/sthjj/", ""));
    }

    @Test
    void resolvesRelativePathsButNeverAboveTheRoot() {
        assertEquals(Optional.of("reports/2023/b.md"), Urls.resolve("reports/2024", "../2023/b.md"));
        assertEquals(Optional.of("img/a.png"), Urls.resolve("reports/2024", "/img/a.png"));
        assertEquals(Optional.of("reports/"), Urls.resolve("reports/2024", ".."));
        assertTrue(Urls.resolve("reports/2024", "../../../etc/passwd").isEmpty());
        assertTrue(Urls.resolve("", "/../x").isEmpty());
    }
}
