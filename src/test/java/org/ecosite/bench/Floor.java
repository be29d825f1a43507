package org.ecosite.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.ecosite.parallel.Parallel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The least work any build of a corpus must do with the libraries ecosite is built on, and nothing of
 * ecosite: a lower bound for its build, printed by {@code bench/run.sh} beside Hugo's time. When the
 * bound alone is above a target, no change to ecosite's own code meets that target; only other
 * libraries, another runtime or less output would.
 *
 * <ul>
 *   <li>{@code pages CONTENT OUT}: every Markdown file under CONTENT read, its front matter loaded by
 *       SnakeYAML, its body parsed and rendered by flexmark (the extensions ecosite uses, none of its own
 *       code: no heading ids, link checks, withheld figures), the HTML written to a file under OUT. No
 *       template, list, chart, data file, search index or check. Run it as a program of its own, so that
 *       the time from the JVM's start to its end is what a cold build pays too.</li>
 *   <li>{@code deflate SITE}: the pixels of every PNG under SITE (each distinct file once: a build draws
 *       a chart equal to another only once) compressed again by zlib at its fastest level, on every
 *       core. ecosite compresses them at level 3, slower; drawing the charts, their SVG and
 *       writing the files come on top.</li>
 *   <li>{@code start ARGS…}: picocli reads a command line shaped like a build's ({@code --source},
 *       {@code --output}, {@code --cache-dir}, {@code --timings}) into a command of four options, the size
 *       and time of every file under the source are looked at once, and the program ends. Every build pays
 *       at least this much, a rebuild with nothing changed too (it must see that no input changed): the
 *       JVM's start, picocli, whose classes (compiled for Java 5) no AOT cache of Java 25 keeps linked, and
 *       a system call per input.</li>
 * </ul>
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("pages")) {
            pages(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 2 && args[0].equals("deflate")) {
            deflate(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("train")) {
            // What the floor's AOT cache is made from: the work of both "pages" and "start", in one JVM.
            pages(Path.of(args[1]), Path.of(args[2]));
            new CommandLine(new Start()).execute("--source", args[1], "--output", args[2], "--timings");
        } else if (args.length >= 1 && args[0].equals("start")) {
            System.exit(new CommandLine(new Start()).execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
        } else {
            System.err.println("usage: Floor pages CONTENT OUT | Floor deflate SITE | Floor start ARGS…");
            System.exit(2);
        }
    }

    /** A command with the options of a build, which reads them, looks at every input and does nothing more. */
    @Command(name = "build")
    static final class Start implements Callable<Integer> {
        @Option(names = "--source")
        Path source;
        @Option(names = "--output")
        Path output;
        @Option(names = "--cache-dir")
        Path cacheDir;
        @Option(names = "--timings")
        boolean timings;

        @Override
        public Integer call() throws IOException {
            if (source == null) {
                return 0;
            }
            AtomicLong files = new AtomicLong();
            AtomicLong latest = new AtomicLong();
            Files.walkFileTree(source, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attributes) {
                    files.incrementAndGet();
                    latest.accumulateAndGet(attributes.lastModifiedTime().toMillis(), Math::max);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            System.out.printf(Locale.ROOT, "%d files, the latest changed at %d%n", files.get(), latest.get());
            return 0;
        }
    }

    private static void pages(Path content, Path out) throws IOException {
        List<Path> files = files(content, ".md");
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        AtomicLong bytes = new AtomicLong();
        Parallel.each(files.size(), i -> {
            try {
                String text = Files.readString(files.get(i));
                int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
                if (end >= 0) {
                    // A new loader each time, as SnakeYAML's are not safe to share between threads.
                    new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end + 1));
                }
                String html = renderer.render(parser.parse(end >= 0 ? text.substring(end + 5) : text));
                byte[] page = html.getBytes(StandardCharsets.UTF_8);
                Path target = out.resolve(content.relativize(files.get(i)).toString().replaceAll("\\.md$", ".html"));
                Files.createDirectories(target.getParent());
                Files.write(target, page);
                bytes.addAndGet(page.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.printf(Locale.ROOT, "%d files, %d bytes of HTML%n", files.size(), bytes.get());
    }

    private static void deflate(Path site) throws IOException {
        List<Path> files = files(site, ".png");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicLong nanos = new AtomicLong();
        AtomicLong raw = new AtomicLong();
        AtomicLong packed = new AtomicLong();
        // One file at a time, never all of them in memory (4 GB of pixels at 10,000 charts): only the
        // deflate itself is timed, and on as many threads as cores, so its CPU time over the cores is the
        // least wall time it can take.
        Parallel.each(files.size(), i -> {
            try {
                byte[] png = Files.readAllBytes(files.get(i));
                if (!seen.add(sha256(png))) {
                    return;
                }
                byte[] pixels = scanlines(png);
                long start = System.nanoTime();
                packed.addAndGet(compress(pixels));
                nanos.addAndGet(System.nanoTime() - start);
                raw.addAndGet(pixels.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int cores = Runtime.getRuntime().availableProcessors();
        double seconds = nanos.get() / 1e9 / cores;
        System.out.printf(Locale.ROOT, "%d distinct PNG files, %d MB of scanlines to %d MB, %.2f CPU-seconds on %d "
                + "cores%n", seen.size(), raw.get() >> 20, packed.get() >> 20, nanos.get() / 1e9, cores);
        System.out.printf(Locale.ROOT, "seconds %.3f%n", seconds);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** The filtered scanlines a PNG holds: its IDAT chunks joined and inflated, what its encoder deflated. */
    static byte[] scanlines(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(8);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            if (new String(type, StandardCharsets.US_ASCII).equals("IDAT")) {
                idat.write(png, in.position(), length);
            }
            in.position(in.position() + length + 4);
        }
        Inflater inflater = new Inflater();
        inflater.setInput(idat.toByteArray());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("a PNG whose pixels end early");
                }
                raw.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("a PNG whose pixels do not inflate", e);
        } finally {
            inflater.end();
        }
        return raw.toByteArray();
    }

    private static long compress(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            while (!deflater.finished()) {
                size += deflater.deflate(buffer);
            }
            return size;
        } finally {
            deflater.end();
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
