package org.ecosite.indicator;

import java.util.Optional;

import org.ecosite.check.Position;

/**
 * One figure of one report: an indicator's value for a period (and perhaps a place).
 *
 * @param location a monitoring section, water source or town that tells apart several figures of one id
 * @param target   the goal set for this period, in the indicator's type
 * @param position where the entry stands in its file, for messages
 */
public record Observation(Indicator indicator, Value value, Period period, Optional<String> location, Status status,
                          Optional<String> note, Optional<String> source, Optional<Value> target, Position position) {

    public String id() {
        return indicator.id();
    }

    /** What tells this figure apart from others of the same indicator in one report. */
    public String key() {
        return indicator.id() + location.map(l -> "@" + l).orElse("");
    }
}
