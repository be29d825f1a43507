package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's charts.enabled and charts.png: a site may publish SVG only, or no charts at all. */
class ChartOptionsTest {

    @TempDir
    Path temp;

    private Path build(String charts) throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        Path yaml = site.resolve("site.yaml");
        TestSites.write(yaml, TestSites.read(yaml) + "charts:\n" + charts);
        Path out = temp.resolve("out");
        TestSites.Run run = TestSites.run("build", "--source", site.toString(), "--output", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return out;
    }

    private static long count(Path out, String suffix) throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            // static/img/map.png is the site's own picture and assets/icon.svg the theme's icon, not charts.
            return walk.filter(p -> p.toString().endsWith(suffix) && !p.toString().contains("/img/")
                    && !p.toString().contains("/assets/")).count();
        }
    }

    @Test
    void svgOnlySitesPublishNoPngAndNoLinkToOne() throws Exception {
        Path out = build("  png: false\n");
        assertTrue(count(out, ".svg") > 0);
        assertEquals(0, count(out, ".png"));
        Document page = TestSites.html(out.resolve("reports/2024/h1/index.html"));
        assertTrue(page.select("a[href$=.png]").isEmpty());
        assertFalse(page.select("figure.chart img[src$=.svg]").isEmpty());
    }

    @Test
    void sitesWithoutChartsStillPublishEveryFigureInTables() throws Exception {
        Path out = build("  enabled: false\n");
        assertEquals(0, count(out, ".svg"));
        Document page = TestSites.html(out.resolve("reports/2024/h1/index.html"));
        assertTrue(page.select("figure.chart").isEmpty());
        assertEquals(5, page.select(".figures-table tbody tr").size());
        assertTrue(Files.isRegularFile(out.resolve("data/indicators.csv")));
    }
}
