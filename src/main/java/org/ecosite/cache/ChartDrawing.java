package org.ecosite.cache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import org.ecosite.chart.ChartRenderer;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.DrawnChart;
import org.ecosite.chart.RenderedChart;
import org.ecosite.chart.SiteCharts;
import org.ecosite.config.SiteLayout;
import org.ecosite.parallel.Parallel;

/** Draws a site's charts, reusing from the cache every chart whose inputs did not change. */
public final class ChartDrawing {

    /**
     * The charts of a build, their files written.
     *
     * @param byPage   the charts each page shows, by the page's route
     * @param rendered how many were drawn anew
     * @param reused   how many came from the cache
     */
    public record Drawn(Map<String, List<DrawnChart>> byPage, int rendered, int reused) {
        public static final Drawn NONE = new Drawn(Map.of(), 0, 0);

        public int count() {
            return rendered + reused;
        }
    }

    private ChartDrawing() {
    }

    /**
     * Draws the charts in parallel and gives each chart's files to {@code files} (path in the site, bytes)
     * as soon as it has them.
     *
     * @param cacheDir the chart cache's folder
     * @param done     told how many charts are done, of {@code planned.size()}
     */
    public static Drawn draw(List<SiteCharts.Planned> planned, ChartRenderer renderer, Path cacheDir, String theme,
                             IntConsumer done, BiConsumer<String, byte[]> files) {
        ChartCache cache = ChartCache.open(cacheDir, renderer, theme);
        List<String> keys = planned.stream().map(p -> cache.key(p.spec())).toList();
        DrawnChart[] charts = new DrawnChart[planned.size()];
        boolean[] fresh = new boolean[planned.size()];
        AtomicInteger count = new AtomicInteger();
        // Equal charts (two reports with the same figures, say) are drawn once: the first of each key first,
        // the others then from the cache. Drawn side by side, both would miss the cache, and how many
        // charts a build drew would depend on which thread came first.
        Set<String> seen = new HashSet<>();
        List<Integer> firsts = new ArrayList<>();
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            (seen.add(keys.get(i)) ? firsts : again).add(i);
        }
        for (List<Integer> round : List.of(firsts, again)) {
            // Charts differ in size tenfold (a trend of every period against a report's two bars): each
            // thread takes the next chart when done, rather than a fixed share.
            Parallel.each(round.size(), j -> {
                int i = round.get(j);
                ChartSpec spec = planned.get(i).spec();
                Optional<RenderedChart> cached = cache.load(keys.get(i), spec, ChartRenderer.width(spec),
                        ChartRenderer.height(spec));
                RenderedChart chart = cached.orElseGet(() -> renderer.render(spec));
                if (cached.isEmpty()) {
                    cache.store(keys.get(i), chart);
                    fresh[i] = true;
                }
                String route = planned.get(i).route();
                files.accept(SiteLayout.chart(route, chart.id(), "svg"), chart.svg().getBytes(StandardCharsets.UTF_8));
                if (chart.hasPng()) {
                    files.accept(SiteLayout.chart(route, chart.id(), "png"), chart.png());
                }
                charts[i] = chart.drawn();
                done.accept(count.incrementAndGet());
            });
        }
        cache.keepOnly(Set.copyOf(keys));
        Map<String, List<DrawnChart>> byPage = new HashMap<>();
        int rendered = 0;
        for (int i = 0; i < charts.length; i++) {
            if (planned.get(i).onPage()) {
                byPage.computeIfAbsent(planned.get(i).route(), k -> new ArrayList<>()).add(charts[i]);
            }
            rendered += fresh[i] ? 1 : 0;
        }
        return new Drawn(byPage, rendered, charts.length - rendered);
    }
}
