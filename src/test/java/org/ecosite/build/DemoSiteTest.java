package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own demo site (the five seed reports) builds cleanly and shows their figures. */
class DemoSiteTest {

    @TempDir
    Path temp;

    @Test
    void demoContentBuildsWithoutErrorsOrWarnings() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path out = temp.resolve("demo");
        TestSites.Run run = TestSites.run("build", "--source", project.toString(), "--output", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);

        List<Path> reports;
        try (Stream<Path> walk = Files.walk(out.resolve("reports"))) {
            reports = walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> p.getParent().getParent().getFileName().toString().matches("\\d{4}")).toList();
        }
        assertEquals(5, reports.size(), reports.toString());

        Document youyang = TestSites.html(out.resolve("reports/2024/youyang-2024-01-05/index.html"));
        assertEquals("2024年1—5月生态环保工作小结", youyang.selectFirst("h1").text());
        assertEquals("15", youyang.selectFirst("tr[data-indicator=pm25] td.value").attr("data-value"));
        assertEquals("658.17", youyang.selectFirst("tr[data-indicator=cod_reduction] td.value").attr("data-value"));
        assertFalse(youyang.select("figure.chart img").isEmpty());
        assertTrue(youyang.selectFirst(".report-body").text().contains("优良天数达179天"),
                "the text keeps what the source says");
        // Redacted figures stay as the source has them, asterisks and all.
        Document redacted = TestSites.html(out.resolve("reports/2021/jiaxian-2021-h1/index.html"));
        assertTrue(redacted.selectFirst(".report-body").text().contains("空气优良率达到*%"),
                redacted.selectFirst(".report-body").text());
    }
}
