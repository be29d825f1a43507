package org.ecosite.bench;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.ecosite.parallel.Parallel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The least work any build of a corpus must do with the libraries ecosite is built on, and nothing of
 * ecosite: a lower bound for its build, printed by {@code bench/run.sh} beside Hugo's time. When the
 * bound alone is above a target, no change to ecosite's own code meets that target; only other
 * libraries, another runtime or less output would.
 *
 * <ul>
 *   <li>{@code pages CONTENT OUT [--charts SIZES --font FILE]}: the command line read by picocli, every
 *       Markdown file under CONTENT read, its front matter loaded by SnakeYAML, its body parsed and rendered
 *       by flexmark (the extensions ecosite uses, none of its own code: no heading ids, link checks, withheld
 *       figures), put into a page by a Pebble template of one line (autoescaping and strict variables on, as
 *       in ecosite), and the page written to a file under OUT. No list, data file, search index or check.
 *       With {@code --charts}, one bar chart of one bar per line of SIZES ({@code sizes SITE} writes it:
 *       the size of every distinct PNG a build of ecosite made), drawn by JFreeChart in the chart font FILE,
 *       once as SVG by JFreeSVG (written under OUT) and once into pixels at twice the size, as ecosite draws
 *       a PNG; turning those pixels into a PNG file is the {@code deflate} floor's part. Run it as a program of
 *       its own, so that the time from the JVM's start to its end is what a cold build pays too.</li>
 *   <li>{@code sizes SITE}: the width and height of every distinct PNG under SITE, one line each, for
 *       {@code pages --charts}; not part of any floor.</li>
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
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        String mode = args.length == 0 ? "" : args[0];
        if (mode.equals("pages")) {
            System.exit(new CommandLine(new Pages()).execute(rest));
        } else if (mode.equals("deflate") && args.length == 2) {
            deflate(Path.of(args[1]));
        } else if (mode.equals("sizes") && args.length == 2) {
            sizes(Path.of(args[1])).forEach(size -> System.out.println(size[0] + " " + size[1]));
        } else if (mode.equals("train") && args.length >= 3) {
            // What the floor's AOT cache is made from: the work of both "pages" and "start", in one JVM.
            new CommandLine(new Pages()).execute(rest);
            new CommandLine(new Start()).execute("--source", args[1], "--output", args[2], "--timings");
        } else if (mode.equals("start")) {
            System.exit(new CommandLine(new Start()).execute(rest));
        } else {
            System.err.println("usage: Floor pages CONTENT OUT [--charts SIZES --font FILE] | Floor sizes SITE"
                    + " | Floor deflate SITE | Floor start ARGS… | Floor train CONTENT OUT [--charts SIZES --font FILE]");
            System.exit(2);
        }
    }

    /** The floor of a cold build: pages, and with {@code --charts} the charts' drawing. */
    @Command(name = "pages")
    static final class Pages implements Callable<Integer> {
        @Parameters(index = "0")
        Path content;
        @Parameters(index = "1")
        Path out;
        @Option(names = "--charts")
        Path sizes;
        @Option(names = "--font")
        Path font;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException, FontFormatException {
            if (sizes != null && font == null) {
                throw new ParameterException(spec.commandLine(), "--charts needs --font FILE, the chart font");
            }
            pages(content, out);
            if (sizes != null) {
                List<int[]> list = Files.readAllLines(sizes).stream().filter(line -> !line.isBlank())
                        .map(line -> Arrays.stream(line.trim().split(" ")).mapToInt(Integer::parseInt).toArray())
                        .toList();
                charts(list, Font.createFonts(font.toFile())[0], out.resolve("charts"));
            }
            return 0;
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
        // A page is its title and its body in the least markup a page can have. The template's name is
        // its text (Pebble's StringLoader).
        PebbleTemplate layout = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .autoEscaping(true).build().getTemplate("<!DOCTYPE html><html lang=\"zh-CN\"><head>"
                        + "<meta charset=\"utf-8\"><title>{{ title }}</title></head><body><main>{{ body | raw }}"
                        + "</main></body></html>");
        AtomicLong bytes = new AtomicLong();
        Parallel.each(files.size(), i -> {
            try {
                String text = Files.readString(files.get(i));
                int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
                Object title = "";
                if (end >= 0) {
                    // A new loader each time, as SnakeYAML's are not safe to share between threads.
                    Object front = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end + 1));
                    if (front instanceof Map<?, ?> map && map.get("title") != null) {
                        title = map.get("title");
                    }
                }
                String html = renderer.render(parser.parse(end >= 0 ? text.substring(end + 5) : text));
                StringWriter writer = new StringWriter(html.length() + 256);
                layout.evaluate(writer, Map.of("title", String.valueOf(title), "body", html));
                byte[] page = writer.toString().getBytes(StandardCharsets.UTF_8);
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

    /** The widths and heights of the distinct PNG files under SITE: what a build drew. */
    static List<int[]> sizes(Path site) throws IOException {
        List<int[]> sizes = new ArrayList<>();
        for (Path file : distinctPngs(site)) {
            try (InputStream in = Files.newInputStream(file)) {
                // The IHDR chunk comes first: its width and height follow the signature, length and type.
                ByteBuffer header = ByteBuffer.wrap(in.readNBytes(24), 16, 8);
                sizes.add(new int[] {header.getInt(), header.getInt()});
            }
        }
        return sizes;
    }

    /**
     * The PNG files under SITE, each content once (the first file in path order that has it): a build draws
     * a chart equal to another only once, and writes it under each page that shows it.
     */
    static List<Path> distinctPngs(Path site) throws IOException {
        List<Path> files = files(site, ".png");
        String[] hashes = new String[files.size()];
        Parallel.each(files.size(), i -> {
            try {
                hashes[i] = sha256(Files.readAllBytes(files.get(i)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Set<String> seen = new HashSet<>();
        return IntStream.range(0, files.size()).filter(i -> seen.add(hashes[i])).mapToObj(files::get).toList();
    }

    /**
     * One bar chart per size, drawn by JFreeChart in the font BASE as SVG (written to OUT) and into pixels at
     * the size given, twice the SVG's, as ecosite draws its PNG. A Chinese title, two axes and one bar with a
     * Chinese name: the least any of ecosite's charts shows (a region's chart of one region has one bar), and
     * without what ecosite adds to each (the figure written on the bar, the source, a standard's line).
     */
    static void charts(List<int[]> sizes, Font base, Path out) throws IOException {
        StandardChartTheme theme = new StandardChartTheme("floor");
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 18f));
        theme.setLargeFont(base.deriveFont(Font.PLAIN, 15f));
        theme.setRegularFont(base.deriveFont(Font.PLAIN, 15f));
        theme.setSmallFont(base.deriveFont(Font.PLAIN, 13f));
        // Each face measured on one thread first, and the measures held until every chart is drawn: Java's
        // font code races when the first measures of a face at a scale are made on several threads at once,
        // and forgets a measure no one holds (see ecosite's PngEncoder.measured).
        Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        probe.scale(2, 2);
        List<FontMetrics> held = Stream.of(theme.getExtraLargeFont(), theme.getLargeFont(), theme.getRegularFont(),
                theme.getSmallFont()).map(probe::getFontMetrics).toList();
        held.forEach(FontMetrics::getHeight);
        Files.createDirectories(out);
        AtomicLong svgBytes = new AtomicLong();
        Parallel.each(sizes.size(), i -> {
            int width = sizes.get(i)[0] / 2;
            int height = sizes.get(i)[1] / 2;
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            data.addValue(250 + i % 100, "优良天数", "青山县");
            JFreeChart chart = ChartFactory.createBarChart("优良天数（天）第 " + (i + 1) + " 幅", "地区", "天",
                    data, PlotOrientation.HORIZONTAL, false, false, false);
            theme.apply(chart);
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            chart.draw(svg, new Rectangle(width, height));
            String document = svg.getSVGDocument();
            BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(2, 2);
            chart.draw(g, new Rectangle(width, height));
            g.dispose();
            try {
                Files.writeString(out.resolve(i + ".svg"), document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            svgBytes.addAndGet(document.length());
        });
        Reference.reachabilityFence(held);
        probe.dispose();
        System.out.printf(Locale.ROOT, "%d charts drawn, %d bytes of SVG%n", sizes.size(), svgBytes.get());
    }

    private static void deflate(Path site) throws IOException {
        List<Path> files = distinctPngs(site);
        AtomicLong nanos = new AtomicLong();
        AtomicLong raw = new AtomicLong();
        AtomicLong packed = new AtomicLong();
        // One file at a time, never all of them in memory (4 GB of pixels at 10,000 charts): only the
        // deflate itself is timed, and on as many threads as cores, so its CPU time over the cores is the
        // least wall time it can take.
        Parallel.each(files.size(), i -> {
            try {
                byte[] pixels = scanlines(Files.readAllBytes(files.get(i)));
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
                + "cores%n", files.size(), raw.get() >> 20, packed.get() >> 20, nanos.get() / 1e9, cores);
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
