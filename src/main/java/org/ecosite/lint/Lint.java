package org.ecosite.lint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ecosite.check.Problems;
import org.ecosite.content.Document;
import org.ecosite.content.SourceFile;
import org.ecosite.markdown.ParsedMarkdown;

/**
 * Every check of this package, in one call the build makes once content is read and parsed.
 * "Today" is given, never read from a clock here, so the same input and the same day give the
 * same problems.
 */
public final class Lint {

    private final LocalDate today;

    public Lint(LocalDate today) {
        this.today = today;
    }

    /**
     * @param reports the reports being published (drafts only when the build publishes them)
     * @param files   every Markdown file whose body was parsed, by its path inside content/
     * @param bodies  the parsed bodies, by the same paths
     */
    public void check(List<Document> reports, Map<String, SourceFile> files, Map<String, ParsedMarkdown> bodies,
                      Problems problems) {
        files.values().parallelStream().forEach(file -> TextChecks.check(file, bodies.get(file.route()), problems));
        reports.parallelStream().forEach(doc -> FigureChecks.check(doc, bodies.get(doc.source().route()), problems));
        DateChecks.check(reports, today, problems);
    }
}
