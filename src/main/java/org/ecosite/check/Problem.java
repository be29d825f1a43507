package org.ecosite.check;

import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with the input. The message is a key into the message bundle with its
 * arguments, so the same problem can be told in Chinese or English; arguments are plain
 * strings so numbers appear exactly as the editor wrote them.
 *
 * @param file   path of the file as the user knows it, relative to the site folder, with '/'
 * @param position where in the file; {@link Position#START} for a problem of the whole file
 * @param key    message key, e.g. {@code indicator.unknown}; {@code key.hint} is its hint
 * @param args   the message arguments
 */
public record Problem(String file, Position position, Severity severity, String key, List<String> args) {

    /** Sorted output makes the report the same from run to run, whatever order checks ran in. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparing(Problem::position)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::key)
            .thenComparing(p -> String.join("\u0000", p.args()));

    public Problem {
        args = List.copyOf(args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
