package org.ecosite.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.ecosite.config.LocalText;

/**
 * A reference line: a national limit or a guideline, valid for a span of time. GB 3095's
 * PM2.5 limit changes on 2026-03-01, so a figure is always compared with the standard that
 * was in force when its period ended.
 *
 * @param name  the full name, as the data table and the catalog show it (GB 3095-2012 二级年均限值)
 * @param label how a sentence names it (国家二级标准); the full name when not given
 * @param kind  {@code limit} for a binding national standard, {@code guideline} for e.g. WHO
 * @param annual true for a limit of an annual mean (GB 3095's 年均限值): a figure of a shorter span
 *              (a half-year mean, January–May) is held against it only for reference
 */
public record Standard(LocalText name, Optional<LocalText> label, BigDecimal value, Optional<LocalDate> validFrom,
                       Optional<LocalDate> validTo, String kind, boolean annual) {

    public boolean validOn(LocalDate day) {
        return validFrom.map(from -> !day.isBefore(from)).orElse(true)
                && validTo.map(to -> !day.isAfter(to)).orElse(true);
    }

    /** True when a figure of this period is of the standard's averaging time, so the standard applies to it. */
    public boolean appliesTo(Period period) {
        return !annual || period.isCalendarYear();
    }

    public boolean isLimit() {
        return "limit".equals(kind);
    }

    public LocalText sentenceName() {
        return label.orElse(name);
    }
}
