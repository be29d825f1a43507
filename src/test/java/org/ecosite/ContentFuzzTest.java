package org.ecosite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ecosite.build.Build;
import org.ecosite.build.BuildOptions;
import org.ecosite.build.BuildResult;
import org.ecosite.chart.BlockCharts;
import org.ecosite.check.Problems;
import org.ecosite.config.Language;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatterReader;
import org.ecosite.content.SourceFile;
import org.ecosite.importer.TextImporter;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.CatalogLoader;
import org.ecosite.lint.Lint;
import org.ecosite.lint.LintCache;
import org.ecosite.markdown.FencedBlock;
import org.ecosite.markdown.Markdown;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.model.Figures;
import org.ecosite.model.Routes;
import org.ecosite.testing.TestSites;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of every stage that reads what editors write. A content mistake must
 * become a problem; any exception is a bug and fails the test. Each target takes the bytes of a report file
 * (or, for the importer, a plain-text document), seeded with the demo's and the fixtures' files (copied
 * into {@code ContentFuzzTestInputs/<target>/} by the build, see pom.xml). The class sits in the root
 * package because Jazzer guides itself by the coverage of the test's package and those below it: here,
 * the whole program.
 *
 * <p>A plain {@code mvn test} runs each seed once (Jazzer's regression mode). With {@code JAZZER_FUZZ=1}
 * one target at a time is fuzzed, for {@code JAZZER_MAX_DURATION} or the duration below; {@code .ci/run}
 * fuzzes each briefly, and README.md gives the command for a longer run.
 */
class ContentFuzzTest {

    private static final LocalDate TODAY = TestSites.TODAY;
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final FrontMatterReader READER = new FrontMatterReader(CATALOG);
    private static final Markdown MARKDOWN = new Markdown(Set.of(BlockCharts.INFO));
    private static final String ROUTE = "reports/fuzz.md";

    private static SourceFile file(byte[] bytes) {
        return new SourceFile(Path.of("content", ROUTE), "content/" + ROUTE, ROUTE,
                new String(bytes, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10s")
    void frontMatter(byte[] bytes) {
        SourceFile file = file(bytes);
        READER.readReport(file, new Problems());
        READER.readIndex(file, new Problems());
    }

    @FuzzTest(maxDuration = "10s")
    void markdown(byte[] bytes) {
        ParsedMarkdown parsed = MARKDOWN.parse(new String(bytes, StandardCharsets.UTF_8), 1);
        MARKDOWN.render(parsed, destination -> "#", block -> "");
        MARKDOWN.text(parsed);
    }

    @FuzzTest(maxDuration = "10s")
    void chartBlocks(byte[] bytes) {
        Problems problems = new Problems();
        Optional<Document> doc = READER.readReport(file(bytes), problems);
        if (doc.isEmpty()) {
            return;
        }
        ParsedMarkdown parsed = MARKDOWN.parse(doc.get().body(), doc.get().bodyLine());
        Routes routes = Routes.of(List.of(doc.get()), List.of(), problems);
        Figures figures = Figures.of(List.of(doc.get()), routes);
        BlockCharts planner = new BlockCharts(CATALOG, Language.ZH_CN);
        for (FencedBlock block : parsed.blocks()) {
            planner.plan(block, doc.get(), figures, problems);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void textChecks(byte[] bytes) {
        SourceFile file = file(bytes);
        Problems problems = new Problems();
        Optional<Document> doc = READER.readReport(file, problems);
        ParsedMarkdown parsed = MARKDOWN.parse(doc.map(Document::body).orElse(file.text()),
                doc.map(Document::bodyLine).orElse(1));
        // The calls a build makes, in its order.
        Lint lint = new Lint(TODAY, new LintCache());
        lint.begin();
        lint.file(file, file.digest(), doc, Optional.of(parsed), problems);
        lint.dates(doc.map(List::of).orElse(List.of()), problems);
    }

    @FuzzTest(maxDuration = "10s")
    void importer(byte[] bytes) {
        TextImporter.run(bytes, new TextImporter.Options("fuzz.txt", CATALOG, Optional.empty(), TODAY));
    }

    /** A copy of the fixture site, made once per run, whose one report each input replaces. */
    private static Path site;

    /**
     * The second mode: whole sites. {@code check} stops before rendering when a file has an error, which would
     * hide a crash in rendering; here every input that passes the checks is built, charts and all.
     */
    @FuzzTest(maxDuration = "20s")
    void wholeSite(byte[] bytes) throws IOException {
        if (site == null) {
            Path temp = Files.createTempDirectory("ecosite-fuzz-");
            site = TestSites.copy("valid/basic", temp);
            temp.toFile().deleteOnExit();
        }
        Files.write(site.resolve("content/reports/2024/h1.md"), bytes);
        Path out = site.resolveSibling("out");
        BuildResult result = Build.run(BuildOptions.of(site).withOutput(out).withToday(TODAY).withForce(true));
        assertTrue(result.failed() || Files.isRegularFile(out.resolve("index.html")), "a build that passed wrote");
    }

    static {
        // Nothing of a run may stay in the system's temporary folder after the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (site != null) {
                try {
                    TestSites.deleteTree(site.getParent());
                } catch (UncheckedIOException e) {
                    // Left for the system to clean.
                }
            }
        }));
    }
}
