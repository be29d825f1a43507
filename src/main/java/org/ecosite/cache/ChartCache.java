package org.ecosite.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ecosite.chart.ChartRenderer;
import org.ecosite.chart.ChartSpec;
import org.ecosite.chart.RenderedChart;

/**
 * Rendered charts kept between builds in the site's chart cache folder ({@code SiteLayout.chartCache}). A
 * chart's key hashes its spec (data, words, layout), the renderer (font, language), the theme,
 * the program and the Java version: when any of them changes, the chart is drawn anew; when none
 * does, the build reuses the bytes it wrote last time.
 */
public final class ChartCache {

    private static final String VERSION = "charts-v1";

    private final Path dir;
    private final String context;
    private final boolean withPng;

    private ChartCache(Path dir, String context, boolean withPng) {
        this.dir = dir;
        this.context = context;
        this.withPng = withPng;
    }

    /**
     * @param dir   the folder of the cache
     * @param theme what of the theme charts depend on (its name)
     */
    public static ChartCache open(Path dir, ChartRenderer renderer, String theme) {
        String context = Fingerprint.sha256(VERSION, Fingerprint.of(ChartRenderer.class), renderer.identity(), theme,
                System.getProperty("java.version"));
        return new ChartCache(dir, context, renderer.withPng());
    }

    /** The key of a chart: equal keys, equal bytes. */
    public String key(ChartSpec spec) {
        return Fingerprint.sha256(context, spec.toString());
    }

    public Optional<RenderedChart> load(String key, ChartSpec spec, int width, int height) {
        Path svg = dir.resolve(key + ".svg");
        Path png = dir.resolve(key + ".png");
        try {
            if (Files.isRegularFile(svg) && (!withPng || Files.isRegularFile(png))) {
                return Optional.of(new RenderedChart(spec, Files.readString(svg, StandardCharsets.UTF_8),
                        withPng ? Files.readAllBytes(png) : new byte[0], width, height));
            }
        } catch (IOException e) {
            // A damaged entry is drawn again.
        }
        return Optional.empty();
    }

    /** Stores a chart; a cache that cannot be written only costs time, never the build. */
    public void store(String key, RenderedChart chart) {
        try {
            Files.createDirectories(dir);
            if (chart.hasPng()) {
                write(dir.resolve(key + ".png"), chart.png());
            }
            write(dir.resolve(key + ".svg"), chart.svg().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            // Ignored on purpose: see above.
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".", ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the entries no chart of the last build used, so the cache does not grow forever. */
    public void keepOnly(Set<String> keys) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                String key = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                if (!keys.contains(key)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // Ignored: a stale entry costs only disk space.
        }
    }
}
