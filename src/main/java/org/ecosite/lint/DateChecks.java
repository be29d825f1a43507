package org.ecosite.lint;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.content.Correction;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatter;

/**
 * Dates against today: a report dated in the future (a forged date fails an inspection outright),
 * and a site whose newest report is more than {@value #STALE_AFTER_DAYS} days old (inspections under
 * 国办秘函〔2019〕19号 fail a home page not updated for two weeks).
 */
final class DateChecks {

    static final int STALE_AFTER_DAYS = 14;

    private DateChecks() {
    }

    static void check(List<Document> reports, LocalDate today, Problems problems) {
        for (Document doc : reports) {
            FrontMatter fm = doc.frontMatter();
            String file = doc.source().display();
            if (fm.date().isAfter(today)) {
                problems.warning(file, fm.positionOf("date"), "lint.future_date", fm.date(), today);
            }
            fm.updated().filter(d -> d.isAfter(today)).ifPresent(d ->
                    problems.warning(file, fm.positionOf("updated"), "lint.future_updated", d, today));
            for (Correction c : fm.corrections()) {
                if (c.date().isAfter(today)) {
                    problems.warning(file, fm.positionOf("corrections"), "lint.future_correction", c.date(), today);
                }
            }
        }
        // Drafts do not update the public site.
        Optional<Document> newest = reports.stream().filter(d -> !d.frontMatter().draft())
                .max(Comparator.comparing(DateChecks::lastChange).thenComparing(d -> d.source().route()));
        newest.ifPresent(doc -> {
            LocalDate last = lastChange(doc);
            long days = ChronoUnit.DAYS.between(last, today);
            if (days > STALE_AFTER_DAYS) {
                FrontMatter fm = doc.frontMatter();
                String key = fm.updated().filter(last::equals).isPresent() ? "updated" : "date";
                problems.warning(doc.source().display(), fm.positionOf(key), "lint.stale_site", days, last);
            }
        });
    }

    private static LocalDate lastChange(Document doc) {
        FrontMatter fm = doc.frontMatter();
        return fm.updated().filter(u -> u.isAfter(fm.date())).orElse(fm.date());
    }
}
