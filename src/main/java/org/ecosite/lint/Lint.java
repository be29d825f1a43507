package org.ecosite.lint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Problem;
import org.ecosite.check.Problems;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatter;
import org.ecosite.content.FrontMatterSplit;
import org.ecosite.content.SourceFile;
import org.ecosite.markdown.BodyText;
import org.ecosite.markdown.ParsedMarkdown;
import org.ecosite.yaml.ScalarSpan;
import org.ecosite.yaml.ScalarSpans;

/**
 * Every check of this package, in one call the build makes once content is read and parsed.
 * "Today" is given, never read from a clock here, so the same input and the same day give the
 * same problems.
 */
public final class Lint {

    private final LocalDate today;
    private final LintCache cache;

    /** @param cache what earlier builds of this process found in files that have not changed since */
    public Lint(LocalDate today, LintCache cache) {
        this.today = today;
        this.cache = cache;
    }

    /**
     * @param reports the reports being published (drafts only when the build publishes them)
     * @param files   every Markdown file whose body was parsed, by its path inside content/
     * @param bodies  the parsed bodies, by the same paths
     */
    public void check(List<Document> reports, Map<String, SourceFile> files, Map<String, ParsedMarkdown> bodies,
                      Problems problems) {
        Map<String, Document> byRoute = new java.util.HashMap<>();
        reports.forEach(doc -> byRoute.put(doc.source().route(), doc));
        cache.begin();
        files.values().parallelStream().forEach(file -> {
            Optional<Document> doc = Optional.ofNullable(byRoute.get(file.route()));
            Optional<FrontMatter> frontMatter = doc.map(Document::frontMatter);
            List<Problem> found = cache.get(file, frontMatter).orElseGet(() -> {
                Problems own = new Problems();
                FrontMatterSplit.of(file, new Problems()).ifPresent(split -> {
                    Optional<BodyText> text = Optional.ofNullable(bodies.get(file.route()))
                            .map(body -> BodyText.of(body, split.bodyLine()));
                    // The front matter's values as written, read once for both checks.
                    List<ScalarSpan> values = split.hasFrontMatter()
                            ? ScalarSpans.values(split.yaml(), split.yamlLine()) : List.of();
                    TextChecks.check(file, split, values, text, own);
                    PersonalDataChecks.check(file, split, values, own);
                    if (doc.isPresent() && text.isPresent()) {
                        FigureChecks.check(doc.get(), text.get(), own);
                    }
                });
                cache.put(file, frontMatter, own.sorted());
                return own.sorted();
            });
            found.forEach(problems::add);
        });
        DateChecks.check(reports, today, problems);
    }
}
