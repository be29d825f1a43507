package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * Every page of the demo site and of the valid fixtures passes the W3C Nu Html Checker with no
 * error, run in-process with its built-in schemas (no network).
 */
class HtmlValidityTest {

    @TempDir
    static Path temp;
    static SimpleDocumentValidator validator;
    static final List<String> errors = new ArrayList<>();
    static String current;

    @BeforeAll
    static void setUp() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings (e.g. "consider adding a lang attribute" heuristics) are advice, not errors.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    private static int validate(Path site) throws Exception {
        int pages = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".html")).sorted()::iterator) {
                current = site.relativize(file).toString();
                validator.checkHtmlFile(file.toFile(), true);
                pages++;
            }
        }
        return pages;
    }

    @Test
    void everyGeneratedPageIsValidHtml() throws Exception {
        Path demo = temp.resolve("demo");
        TestSites.build(Path.of("").toAbsolutePath(), demo);
        int pages = validate(demo);
        for (String fixture : List.of("valid/basic", "valid/english", "valid/kinds")) {
            Path out = temp.resolve(fixture.replace('/', '-') + "-out");
            TestSites.build(TestSites.copy(fixture, temp), out);
            pages += validate(out);
        }
        assertTrue(pages > 60, "pages checked: " + pages);
        assertEquals(List.of(), errors, String.join("\n", errors));
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        Path bad = temp.resolve("bad");
        TestSites.write(bad.resolve("index.html"), "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title></head>"
                + "<body><ul><p>不在 li 里</p></ul><img src=\"a.png\"></body></html>");
        int before = errors.size();
        validate(bad);
        List<String> found = new ArrayList<>(errors.subList(before, errors.size()));
        errors.subList(before, errors.size()).clear();
        assertTrue(found.size() >= 2, found.toString());
    }
}
