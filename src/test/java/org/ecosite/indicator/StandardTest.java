package org.ecosite.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.ecosite.check.Position;
import org.junit.jupiter.api.Test;

class StandardTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void thePm25LimitChangesOnItsValidityDates() {
        Indicator pm25 = CATALOG.find("pm25").orElseThrow();
        assertEquals(new BigDecimal("35"), pm25.limitOn(LocalDate.of(2026, 2, 28)).orElseThrow().value());
        assertEquals(new BigDecimal("30"), pm25.limitOn(LocalDate.of(2026, 3, 1)).orElseThrow().value());
        assertEquals(new BigDecimal("30"), pm25.limitOn(LocalDate.of(2030, 12, 31)).orElseThrow().value());
        assertEquals(new BigDecimal("25"), pm25.limitOn(LocalDate.of(2031, 1, 1)).orElseThrow().value());
        assertEquals(3, pm25.standardsOn(LocalDate.of(2024, 6, 30)).size() + 1, "a limit and the WHO guideline");
    }

    @Test
    void noFigureIsHeldAgainstAStandardNoLongerInForce() {
        assertTrue(CATALOG.find("pm10").orElseThrow().limitOn(LocalDate.of(2026, 6, 30)).isEmpty());
        assertFalse(CATALOG.find("pm10").orElseThrow().limitOn(LocalDate.of(2025, 12, 31)).isEmpty());
    }

    private static Observation pm25(String value, String period) {
        return new Observation(CATALOG.find("pm25").orElseThrow(), new Value.Quantity(new BigDecimal(value)),
                Period.parse(period).orElseThrow(), Optional.empty(), Status.FINAL, Optional.empty(), Optional.empty(),
                Optional.empty(), Position.START);
    }

    @Test
    void complianceAndChangeFollowWhichWayTheIndicatorImproves() {
        Compliance ok = pm25("35", "2025").indicator().compliance(pm25("35", "2025")).orElseThrow();
        assertEquals(0, ok.sign());
        assertTrue(ok.meets());
        assertFalse(pm25("31", "2026-H1").indicator().compliance(pm25("31", "2026-H1")).orElseThrow().meets());
        Change change = Change.between(pm25("30", "2023-H1"), pm25("28", "2024-H1"));
        assertEquals(Change.Direction.IMPROVED, change.direction());
        assertEquals(new BigDecimal("-2"), change.delta());
        assertEquals(new BigDecimal("-6.7"), change.percent().orElseThrow());
    }
}
