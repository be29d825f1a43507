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
 * @param kind {@code limit} for a binding national standard, {@code guideline} for e.g. WHO
 */
public record Standard(LocalText name, BigDecimal value, Optional<LocalDate> validFrom, Optional<LocalDate> validTo,
                       String kind) {

    public boolean validOn(LocalDate day) {
        return validFrom.map(from -> !day.isBefore(from)).orElse(true)
                && validTo.map(to -> !day.isAfter(to)).orElse(true);
    }

    public boolean isLimit() {
        return "limit".equals(kind);
    }
}
