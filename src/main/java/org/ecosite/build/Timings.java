package org.ecosite.build;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;

/**
 * How long each stage of a build took, in order: printed with {@code build --timings} so a slow
 * site shows where its time goes. Stages run one after another, so one clock suffices.
 *
 * <p>Beside the wall time each stage books the CPU time of the whole process (all threads, the
 * JVM's compiler and collector included) and the collector's pause time: CPU time near twice the
 * wall time means both cores worked, near the wall time means one waited.
 */
public final class Timings {

    /**
     * A stage and its times in milliseconds.
     *
     * @param cpuMillis CPU time of the process, or -1 where it was not asked for or the JVM cannot tell it
     * @param gcMillis  time the garbage collectors spent (0 where not asked for)
     */
    public record Stage(String name, long millis, long cpuMillis, long gcMillis) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private final boolean detailed;
    private long mark = System.nanoTime();
    private long cpuMark;
    private long gcMark;

    /** @param detailed also book CPU and collector time, which the JVM takes tens of milliseconds to start telling */
    Timings(boolean detailed) {
        this.detailed = detailed;
        cpuMark = cpuNanos();
        gcMark = gcMillis();
    }

    /** Ends the current stage: the time since the previous mark is booked under {@code name}. */
    public void lap(String name) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        long gc = gcMillis();
        long cpuMillis = cpu < 0 ? -1 : (cpu - cpuMark) / 1_000_000;
        stages.add(new Stage(name, (now - mark) / 1_000_000, cpuMillis, gc - gcMark));
        mark = now;
        cpuMark = cpu;
        gcMark = gc;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    private long cpuNanos() {
        if (detailed && ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private long gcMillis() {
        if (!detailed) {
            return 0;
        }
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
