package org.ecosite.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working days as the State Council's notices make them, each year checked on days the notices name. */
class WorkCalendarTest {

    private final WorkCalendar calendar = WorkCalendar.builtIn();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void knowsTheYearsOfTheBuiltInNotices() {
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), List.copyOf(calendar.years()));
        assertEquals(Optional.of(2018), calendar.missingYear(d("2018-11-01"), d("2019-01-10")));
        assertEquals(Optional.of(2027), calendar.missingYear(d("2026-12-20"), d("2027-01-10")));
        assertTrue(calendar.source(2026).orElseThrow().contains("国办发明电〔2025〕7号"));
    }

    @Test
    void holidaysAreOffAndTiaoxiuWeekendsAreWorked() {
        // 2024: 中秋 15–17 September off, Saturday 14 September worked (国办发明电〔2023〕7号).
        assertTrue(calendar.isWorkingDay(d("2024-09-14")));
        assertFalse(calendar.isWorkingDay(d("2024-09-16")));
        assertFalse(calendar.isWorkingDay(d("2024-09-17")));
        // 2020: the Spring Festival extended to 2 February, so Saturday 1 February was no longer worked.
        assertFalse(calendar.isWorkingDay(d("2020-02-01")));
        assertFalse(calendar.isWorkingDay(d("2020-01-31")));
        assertTrue(calendar.isWorkingDay(d("2020-01-19")));
        // 2019: Labour Day changed to 1–4 May, Sundays 28 April and 5 May worked; 29 December 2018 worked.
        assertTrue(calendar.isWorkingDay(d("2019-05-05")));
        assertTrue(calendar.isWorkingDay(d("2018-12-29")));
        assertFalse(calendar.isWorkingDay(d("2018-12-31")));
        // 2026: 春节 15–23 February, Saturdays 14 and 28 February worked.
        assertFalse(calendar.isWorkingDay(d("2026-02-23")));
        assertTrue(calendar.isWorkingDay(d("2026-02-28")));
        assertTrue(calendar.isWorkingDay(d("2026-01-04")));
        // An ordinary weekend.
        assertFalse(calendar.isWorkingDay(d("2025-03-08")));
    }

    @Test
    void countsTheWorkingDaysAfterADay() {
        // Decided on Thursday 12 September 2024: the 7th working day after it is Tuesday 24 September, counting
        // Saturday 14 September (调休) and leaving out 15–17 September (中秋). Plain weekdays would make it the 8th.
        assertEquals(7, calendar.workingDaysAfter(d("2024-09-12"), d("2024-09-24")));
        assertEquals(8, calendar.workingDaysAfter(d("2024-09-12"), d("2024-09-25")));
        // A notice from 12 to 19 September 2024 holds 5 working days only because the Saturday is worked.
        assertEquals(5, calendar.workingDaysFrom(d("2024-09-12"), d("2024-09-19")));
        assertEquals(0, calendar.workingDaysAfter(d("2024-09-13"), d("2024-09-13")));
    }

    @Test
    void aSitesFileAddsAYear(@TempDir Path site) {
        TestSites.write(site.resolve("holidays.yaml"), """
                - year: 2027
                  source: 国务院办公厅关于2027年部分节假日安排的通知（示例）
                  off:
                    - {name: 元旦, from: 2027-01-01, to: 2027-01-03}
                  work: [2027-01-04]
                """);
        Problems problems = new Problems();
        WorkCalendar withSite = WorkCalendar.load(site, problems);
        assertTrue(withSite.covers(2027));
        assertTrue(withSite.covers(2024));
        assertFalse(withSite.isWorkingDay(d("2027-01-01")));
        // 4 January 2027 is a Monday: a working day anyway, and no weekend day, which the file must say.
        assertEquals(1, problems.sorted().size(), problems.sorted()::toString);
        assertEquals("holidays.work_weekday", problems.sorted().get(0).key());
        assertEquals(5, problems.sorted().get(0).position().line());
    }
}
