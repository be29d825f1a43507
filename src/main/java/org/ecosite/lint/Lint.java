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
     * Every check, for files parsed and held together (a build checks each file as it reads it, with
     * {@link #begin}, {@link #file} and {@link #dates}).
     *
     * @param reports the reports being published (drafts only when the build publishes them)
     * @param files   every Markdown file whose body was parsed, by its path inside content/
     * @param bodies  the parsed bodies, by the same paths
     */
    public void check(List<Document> reports, Map<String, SourceFile> files, Map<String, ParsedMarkdown> bodies,
                      Problems problems) {
        Map<String, Document> byRoute = new java.util.HashMap<>();
        reports.forEach(doc -> byRoute.put(doc.source().route(), doc));
        begin();
        files.values().parallelStream().forEach(file -> file(file, file.digest(),
                Optional.ofNullable(byRoute.get(file.route())),
                Optional.ofNullable(bodies.get(file.route())), problems));
        dates(reports, problems);
    }

    /** Starts a build's checks: what the cache holds of the build before stays available to this one. */
    public void begin() {
        cache.begin();
    }

    /**
     * The checks of one file's text; safe to call from many threads.
     *
     * @param digest the file's {@link SourceFile#digest}
     * @param doc    the report the file holds, when it is one being published
     * @param body   its parsed body, when it was parsed
     */
    public void file(SourceFile file, long digest, Optional<Document> doc, Optional<ParsedMarkdown> body,
                     Problems problems) {
        Optional<FrontMatter> frontMatter = doc.map(Document::frontMatter);
        List<Problem> found = cache.get(file.display(), digest, frontMatter).orElseGet(() -> {
            Problems own = new Problems();
            FrontMatterSplit.of(file, new Problems()).ifPresent(split -> {
                Optional<BodyText> text = body.map(parsed -> BodyText.of(parsed, split.bodyLine()));
                // The front matter's values as written, read once for both checks.
                List<ScalarSpan> values = split.hasFrontMatter()
                        ? ScalarSpans.values(split.yaml(), split.yamlLine()) : List.of();
                TextChecks.check(file, split, values, text, own);
                PersonalDataChecks.check(file, split, values, own);
                if (doc.isPresent() && text.isPresent()) {
                    FigureChecks.check(doc.get(), text.get(), own);
                }
            });
            cache.put(file.display(), digest, frontMatter, own.sorted());
            return own.sorted();
        });
        found.forEach(problems::add);
    }

    /** The checks of dates against "today", which need only the front matter of every report. */
    public void dates(List<Document> reports, Problems problems) {
        DateChecks.check(reports, today, problems);
    }
}
