package org.ecosite.lint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.content.Document;
import org.ecosite.content.FrontMatter;
import org.ecosite.kind.Eia;
import org.ecosite.kind.Penalty;
import org.ecosite.kind.WorkCalendar;

/**
 * Time limits of disclosure, counted in working days with the official calendar: a penalty decision
 * within 7 working days of being made (双公示), an EIA notice of intended approval open for at least 5
 * working days, other information within 20 (政府信息公开条例, Article 26). Late publication is a
 * warning, so a strict build refuses it; the date itself is never to be changed.
 */
public final class DeadlineChecks {

    static final int PENALTY_DAYS = 7;
    static final int NOTICE_DAYS = 5;
    static final int GENERAL_DAYS = 20;

    private DeadlineChecks() {
    }

    public static void check(List<Document> documents, WorkCalendar calendar, Problems problems) {
        for (Document doc : documents) {
            FrontMatter fm = doc.frontMatter();
            String file = doc.source().display();
            if (fm.fields() instanceof Penalty p) {
                late(file, p.decided(), fm.date(), fm.positionOf("date"), PENALTY_DAYS, "deadline.penalty_late",
                        calendar, problems);
            } else if (fm.fields() instanceof Eia eia) {
                eia.accepted().ifPresent(s -> s.published().ifPresent(published -> late(file, s.date(), published,
                        s.publishedAt(), GENERAL_DAYS, "deadline.accepted_late", calendar, problems)));
                eia.approved().ifPresent(s -> s.published().ifPresent(published -> late(file, s.date(), published,
                        s.publishedAt(), GENERAL_DAYS, "deadline.approved_late", calendar, problems)));
                eia.proposed().ifPresent(n -> {
                    if (known(file, n.start(), n.end(), n.endAt(), calendar, problems)) {
                        int days = calendar.workingDaysFrom(n.start(), n.end());
                        if (days < NOTICE_DAYS) {
                            problems.warning(file, n.endAt(), "deadline.notice_short", n.start(), n.end(), days,
                                    sources(n.start(), n.end(), calendar));
                        }
                    }
                });
            }
        }
    }

    private static void late(String file, LocalDate made, LocalDate published, Position at, int limit, String key,
                             WorkCalendar calendar, Problems problems) {
        if (published.isBefore(made) || !known(file, made, published, at, calendar, problems)) {
            return;
        }
        int day = calendar.workingDaysAfter(made, published);
        if (day > limit) {
            problems.warning(file, at, key, day, sources(made, published, calendar));
        }
    }

    /** False, with a warning naming the year to add, when the calendar cannot count these days. */
    private static boolean known(String file, LocalDate from, LocalDate to, Position at, WorkCalendar calendar,
                                 Problems problems) {
        Optional<Integer> missing = calendar.missingYear(from, to);
        missing.ifPresent(year -> problems.warning(file, at, "deadline.no_calendar", year, range(calendar)));
        return missing.isEmpty();
    }

    /** The notices the count rests on, named for the hint. */
    private static String sources(LocalDate from, LocalDate to, WorkCalendar calendar) {
        return IntStream.rangeClosed(from.getYear(), to.getYear()).mapToObj(calendar::source)
                .flatMap(Optional::stream).distinct().collect(Collectors.joining("；"));
    }

    private static String range(WorkCalendar calendar) {
        List<Integer> years = List.copyOf(calendar.years());
        return years.isEmpty() ? "" : years.get(0) + "—" + years.get(years.size() - 1);
    }
}
