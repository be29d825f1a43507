package org.ecosite.chart;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Rendered charts by what they show and the font they are drawn with. A chart's output depends
 * only on its spec and its font ({@link ChartRenderer}), so a chart whose spec did not change
 * since the last build is taken as it was, byte for byte. Drawing the PNG is most of a build's
 * time; the preview server keeps one cache for its whole run, so a rebuild after an edit draws
 * only the charts of the report that changed.
 *
 * <p>Only the charts of the latest build are kept, so the cache never grows beyond one site's
 * charts. Builds using one cache must not overlap.
 */
public final class ChartCache {

    private record Key(String font, BarChart spec) {
    }

    private volatile Map<Key, RenderedChart> previous = Map.of();
    private final Map<Key, RenderedChart> current = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    /** Starts a build: what the last build drew stays available, counters start at zero. */
    public synchronized void begin() {
        if (!current.isEmpty()) {
            previous = Map.copyOf(current);
            current.clear();
        }
        rendered.set(0);
        reused.set(0);
    }

    /** The chart for {@code spec}, drawn by {@code render} only when no earlier build drew the same one. */
    public RenderedChart get(BarChart spec, ChartFont font, Function<BarChart, RenderedChart> render) {
        Key key = new Key(font.identity(), spec);
        RenderedChart known = current.get(key);
        if (known == null) {
            known = previous.get(key);
            if (known != null) {
                current.put(key, known);
            }
        }
        if (known != null) {
            reused.incrementAndGet();
            return known;
        }
        RenderedChart chart = render.apply(spec);
        current.put(key, chart);
        rendered.incrementAndGet();
        return chart;
    }

    /** Charts drawn since {@link #begin()}. */
    public int rendered() {
        return rendered.get();
    }

    /** Charts taken from the cache since {@link #begin()}. */
    public int reused() {
        return reused.get();
    }
}
