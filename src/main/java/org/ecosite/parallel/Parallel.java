package org.ecosite.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Tasks of very different sizes on every core. A parallel stream cuts its range in halves ahead of
 * time, so tasks that stand together (the site-wide data files, the indicator pages: megabytes each
 * in a large site, among thousands of small ones) end up on one thread while the other cores run out
 * of work. Here each thread takes the next task when it has finished its last.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Runs {@code task} for 0 to {@code count - 1} in that order of starting, on the common pool and the
     * calling thread, and returns when all have ended. An exception a task throws is thrown here as from
     * a parallel stream: from another thread, a copy of it with the original as its cause.
     * Put the largest tasks first.
     */
    public static void each(int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        int threads = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, threads).parallel().forEach(thread -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                task.accept(i);
            }
        });
    }
}
