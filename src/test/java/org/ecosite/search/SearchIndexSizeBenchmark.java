package org.ecosite.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the size of the search index for the demo site and for synthetic sites of 100 and
 * 1,000 reports. Not part of {@code mvn verify} (it carries the tag {@code benchmark}); run it with
 * <pre>mvn -B -ntp -Pbenchmark test -Dtest=SearchIndexSizeBenchmark</pre>
 */
@org.junit.jupiter.api.Tag("benchmark")
class SearchIndexSizeBenchmark {

    @TempDir
    Path temp;

    @Test
    void printSizes() {
        Path demo = Path.of("").toAbsolutePath();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-14s %8s %10s %8s %12s %12s %12s %12s %10s%n", "site", "reports", "manifest", "shards",
                "shards total", "largest", "texts", "all gzip", "build s"));
        measure(table, "demo", demo, 5);
        for (int count : List.of(100, 1000)) {
            Path site = SyntheticCorpus.write(demo, temp.resolve("synthetic-" + count), count);
            measure(table, count + " reports", site, count);
        }
        System.out.println();
        System.out.print(table);
    }

    private void measure(StringBuilder table, String name, Path site, int reports) {
        Path out = temp.resolve(name.replace(' ', '-') + "-out");
        long start = System.nanoTime();
        TestSites.build(site, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        Path search = out.resolve("search");
        long manifest = size(search.resolve("index.json"));
        List<Path> shards = files(search.resolve("terms"));
        long shardTotal = shards.stream().mapToLong(SearchIndexSizeBenchmark::size).sum();
        long largest = shards.stream().mapToLong(SearchIndexSizeBenchmark::size).max().orElse(0);
        long texts = files(search.resolve("text")).stream().mapToLong(SearchIndexSizeBenchmark::size).sum();
        long gzip = Stream.concat(Stream.concat(Stream.of(search.resolve("index.json")), shards.stream()),
                files(search.resolve("text")).stream()).mapToLong(SearchIndexSizeBenchmark::gzipped).sum();
        table.append(String.format(Locale.ROOT, "%-14s %8d %10s %8d %12s %12s %12s %12s %10.1f%n", name, reports,
                kib(manifest), shards.size(), kib(shardTotal), kib(largest), kib(texts), kib(gzip), seconds));
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzipped(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(Files.readAllBytes(file));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
