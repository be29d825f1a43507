package org.ecosite.lint;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.config.Health;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatter;

/**
 * The site's publishing rhythm against the thresholds of site.yaml's {@code health}: the whole site against
 * {@code stale_after_days} (14 days, the inspection rule for news-like home pages, unless set), and each
 * column with a rhythm of its own against its threshold. These are notes, not warnings: a site that
 * publishes twice a year has no mistake in its content, and a strict build must still publish it.
 * Counted from the newest published report's date or update; drafts do not update the public site.
 */
public final class SiteHealth {

    private SiteHealth() {
    }

    public static void check(List<Document> reports, Health health, LocalDate today, Problems problems) {
        List<Document> published = reports.stream().filter(d -> !d.frontMatter().draft()).toList();
        newest(published).ifPresent(doc -> {
            long days = ChronoUnit.DAYS.between(DateChecks.lastChange(doc), today);
            if (days > health.staleAfterDays()) {
                note(doc, problems, "lint.stale_site", days, DateChecks.lastChange(doc), health.staleAfterDays());
            }
        });
        for (Health.Section section : health.sections()) {
            newest(published.stream().filter(d -> health.sectionOf(d.source().folder()).filter(section::equals)
                    .isPresent()).toList()).ifPresent(doc -> {
                long days = ChronoUnit.DAYS.between(DateChecks.lastChange(doc), today);
                if (days > section.staleAfterDays()) {
                    note(doc, problems, "lint.stale_section", section.folder(), days, DateChecks.lastChange(doc),
                            section.staleAfterDays());
                }
            });
        }
    }

    private static Optional<Document> newest(List<Document> reports) {
        return reports.stream().max(Comparator.comparing(DateChecks::lastChange)
                .thenComparing(d -> d.source().route()));
    }

    /** At the date the rhythm is counted from: the newest report's update, or else its date. */
    private static void note(Document doc, Problems problems, String key, Object... args) {
        FrontMatter fm = doc.frontMatter();
        LocalDate last = DateChecks.lastChange(doc);
        String at = fm.updated().filter(last::equals).isPresent() ? "updated" : "date";
        problems.note(doc.source().display(), fm.positionOf(at), key, args);
    }
}
