package org.ecosite.build;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each stage of a build took, in order: printed with {@code build --timings} so a slow
 * site shows where its time goes. Stages run one after another, so one clock suffices.
 */
public final class Timings {

    /** A stage and its wall time in milliseconds. */
    public record Stage(String name, long millis) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private long mark = System.nanoTime();

    /** Ends the current stage: the time since the previous mark is booked under {@code name}. */
    public void lap(String name) {
        long now = System.nanoTime();
        stages.add(new Stage(name, (now - mark) / 1_000_000));
        mark = now;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }
}
