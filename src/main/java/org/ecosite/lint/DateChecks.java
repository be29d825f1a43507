package org.ecosite.lint;

import java.time.LocalDate;
import java.util.List;

import org.ecosite.check.Problems;
import org.ecosite.content.Correction;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatter;

/**
 * Dates against today: a report dated in the future (a forged date fails an inspection outright). How long
 * the site has gone without news is {@link SiteHealth}'s.
 */
final class DateChecks {

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
    }

    /** The day a report last changed for its readers: its update when later than its date. */
    static LocalDate lastChange(Document doc) {
        FrontMatter fm = doc.frontMatter();
        return fm.updated().filter(u -> u.isAfter(fm.date())).orElse(fm.date());
    }
}
