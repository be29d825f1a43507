package org.ecosite.lint;

import java.time.LocalDate;
import java.util.List;
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
 * Every check of this package. A build calls {@link #begin} once, {@link #file} for each file as it reads
 * and parses it, and {@link #dates} once the front matter of every report is known.
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
                // The front matter's values as written, for both checks: a report's were found as it was read.
                List<ScalarSpan> values = doc.map(Document::values).orElseGet(() -> split.hasFrontMatter()
                        ? ScalarSpans.values(split.yaml(), split.yamlLine()) : List.of());
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
