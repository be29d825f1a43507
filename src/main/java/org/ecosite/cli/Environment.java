package org.ecosite.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a command takes from the world outside its arguments, given so tests can fix it: the
 * environment variables (for the locale), the clock (for "today" in checks and new reports) and
 * whether standard output is a terminal (for a progress line).
 */
record Environment(Map<String, String> variables, Clock clock, boolean terminal) {

    Environment {
        variables = Map.copyOf(variables);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
