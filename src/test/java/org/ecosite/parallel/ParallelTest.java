package org.ecosite.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void runsEachTaskOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
        Parallel.each(runs.length(), runs::incrementAndGet);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
        Parallel.each(0, i -> {
            throw new AssertionError("no task to run");
        });
    }

    /**
     * The first task runs until every other one has: the others go to the other threads as they come free.
     * A parallel stream over the same range would hold tasks 1 to some k behind task 0, on its thread.
     */
    @Test
    void aLongTaskDoesNotHoldBackTheTasksAfterIt() {
        int count = 1_000;
        CountDownLatch others = new CountDownLatch(count - 1);
        boolean[] waited = new boolean[1];
        Parallel.each(count, i -> {
            if (i == 0) {
                try {
                    waited[0] = others.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                others.countDown();
            }
        });
        assertTrue(waited[0], "the first task waited 30 s for the others, held behind it");
    }

    @Test
    void aTaskThatFailsFailsTheWhole() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.each(100, i -> {
            if (i == 42) {
                throw new IllegalStateException("task 42");
            }
        }));
        // Thrown on another thread, it comes as a stream's would: a copy, with the original as its cause.
        Throwable original = thrown.getCause() instanceof IllegalStateException cause ? cause : thrown;
        assertEquals("task 42", original.getMessage());
    }
}
