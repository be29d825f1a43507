package org.ecosite.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects every problem of a build instead of stopping at the first, so an editor sees
 * all mistakes at once. Safe to share between threads that check files in parallel.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void error(String file, Position position, String key, Object... args) {
        add(new Problem(file, position, Severity.ERROR, key, strings(args)));
    }

    public void warning(String file, Position position, String key, Object... args) {
        add(new Problem(file, position, Severity.WARNING, key, strings(args)));
    }

    /** A note on the site's health: shown and counted, never an error, not even in a strict build. */
    public void note(String file, Position position, String key, Object... args) {
        add(new Problem(file, position, Severity.NOTE, key, strings(args)));
    }

    public synchronized void addAll(Problems other) {
        list.addAll(other.sorted());
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized long count(Severity severity) {
        return list.stream().filter(p -> p.severity() == severity).count();
    }

    /** All problems in a stable order: by file, then position. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
