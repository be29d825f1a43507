package org.ecosite.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.ecosite.config.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024,            2024-01-01, 2024-12-31, 366, 2024年,            2024",
        "2023-H1,         2023-01-01, 2023-06-30, 181, 2023年上半年,      H1 2023",
        "2023-H2,         2023-07-01, 2023-12-31, 184, 2023年下半年,      H2 2023",
        "2024-Q2,         2024-04-01, 2024-06-30,  91, 2024年第二季度,    Q2 2024",
        "2024-02,         2024-02-01, 2024-02-29,  29, 2024年2月,         Feb 2024",
        "2024-01/2024-05, 2024-01-01, 2024-05-31, 152, 2024年1—5月,       Jan–May 2024",
        "2023-11/2024-02, 2023-11-01, 2024-02-29, 121, 2023年11月—2024年2月, Nov 2023 – Feb 2024",
        "2024-01-01/2024-05-31, 2024-01-01, 2024-05-31, 152, 2024年1月1日—5月31日, 1 Jan – 31 May 2024",
    })
    void readsEveryFormOfTheContentModel(String text, LocalDate start, LocalDate end, long days, String zh, String en) {
        Period p = Period.parse(text).orElseThrow();
        assertEquals(start, p.start());
        assertEquals(end, p.end());
        assertEquals(days, p.days());
        assertEquals(zh, p.label(Language.ZH_CN));
        assertEquals(en, p.label(Language.EN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024上半年", "2024-H3", "2024-13", "2024-05/2024-01", "2024-02-30/2024-03-01", "24", ""})
    void refusesWhatIsNoPeriod(String text) {
        assertTrue(Period.parse(text).isEmpty(), text);
    }

    @org.junit.jupiter.api.Test
    void knowsTheSamePeriodOfTheYearBefore() {
        Period now = Period.parse("2024-01/2024-05").orElseThrow();
        assertTrue(now.isYearBefore(Period.parse("2023-01/2023-05").orElseThrow()));
        assertTrue(!now.isYearBefore(Period.parse("2023-H1").orElseThrow()));
        assertTrue(Period.parse("2024-02").orElseThrow().isYearBefore(Period.parse("2023-02").orElseThrow()));
    }

    /** Comparable periods are one span whatever their label; different spans never are. */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "2024-H1,         2023-01/2023-06,           true",
        "2024,            2023-01/2023-12,           true",
        "2024-01/2024-05, 2023-01/2023-05,           true",
        "2024-01/2024-02, 2023-01/2023-02,           true",
        "2024-Q2,         2023-04/2023-06,           true",
        "2024-01/2024-05, 2024-H1,                   false",
        "2024,            2024-H1,                   false",
        "2024-01/2024-05, 2024-01-01/2024-05-30,     false",
    })
    void spansCompareLikeWithLike(String a, String b, boolean same) {
        assertEquals(same, Period.parse(a).orElseThrow().span().equals(Period.parse(b).orElseThrow().span()));
    }

    /**
     * One trend series per kind of period: months with months, half-years with half-years (H1 with
     * H2, however written); a cumulative 1—N月 only with the same months of other years.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2024,                  year",
        "2023-01/2023-12,       year",
        "2024-01-01/2024-12-31, year",
        "2024-H1,               half",
        "2024-H2,               half",
        "2025-01/2025-06,       half",
        "2024-07/2024-12,       half",
        "2024-Q3,               quarter",
        "2024-04/2024-06,       quarter",
        "2024-01/2024-03,       quarter",
        "2024-02,               month",
        "2024-11/2024-11,       month",
        "2024-01/2024-05,       01/05+0",
        "2024-01/2024-11,       01/11+0",
        "2024-02/2024-04,       02/04+0",
        "2023-07/2024-06,       07/06+1",
        "2024-01-01/2024-05-30, 01-01/05-30+0",
    })
    void aPeriodBelongsToTheSeriesOfItsKind(String text, String series) {
        assertEquals(series, Period.parse(text).orElseThrow().series());
    }

    @ParameterizedTest
    @CsvSource({"2024, true", "2024-01/2024-12, true", "2024-01-01/2024-12-31, true", "2024-H1, false",
        "2023-07/2024-06, false"})
    void aCalendarYearIsKnownHoweverItIsWritten(String text, boolean year) {
        assertEquals(year, Period.parse(text).orElseThrow().isCalendarYear());
    }
}
