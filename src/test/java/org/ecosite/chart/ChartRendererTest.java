package org.ecosite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts drawn in parallel come out as they would one at a time. */
class ChartRendererTest {

    @TempDir
    Path temp;

    /**
     * Java keeps a font's measure at a size and scale before it has scaled it back to the chart's units,
     * so a second thread asking at that moment gets it twice too tall. Two threads here measure 30,000
     * of faces nobody has measured yet, the second a few microseconds after the first, as two charts
     * being drawn meet; every face was first measured on one thread, as {@link ChartRenderer} does. Without
     * that, about one face in a thousand is measured wrong on one of the threads (Java 17 and 25).
     */
    @Test
    void facesAreMeasuredBeforeChartsAreDrawnInParallel() throws Exception {
        Font base = ChartFonts.builtIn().base();
        List<Font> faces = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            // Sizes no other test uses: each one a face Java has not measured in this JVM.
            faces.add(base.deriveFont(i % 2 == 0 ? Font.PLAIN : Font.BOLD, 200f + i * 0.01f));
        }
        List<FontMetrics> measured = PngEncoder.measured(faces);
        int[][] heights = new int[2][faces.size()];
        CyclicBarrier together = new CyclicBarrier(2);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            Thread drawing = new Thread(() -> {
                Graphics2D g2 = PngEncoder.graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
                try {
                    for (int i = 0; i < faces.size(); i++) {
                        together.await(10, TimeUnit.SECONDS);
                        if (thread == 1) {
                            long until = System.nanoTime() + (i % 400) * 25L;
                            while (System.nanoTime() < until) {
                                Thread.onSpinWait();
                            }
                        }
                        heights[thread][i] = g2.getFontMetrics(faces.get(i)).getHeight();
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                    together.reset();
                } finally {
                    g2.dispose();
                }
            });
            threads.add(drawing);
            drawing.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            int height = measured.get(i).getHeight();
            if (heights[0][i] != height || heights[1][i] != height) {
                wrong.add(faces.get(i).getSize2D() + " pt: " + heights[0][i] + " and " + heights[1][i] + ", not "
                        + height);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Each text of a chart is in one of the font's faces, the ones measured before charts are drawn. */
    @Test
    void everyTextOfTheDemosChartsIsInOneOfTheMeasuredFaces() throws Exception {
        Path out = temp.resolve("site");
        TestSites.build(Path.of("").toAbsolutePath(), out, "--cache-dir", temp.resolve("cache").toString());
        Set<String> faces = new TreeSet<>();
        for (Font face : ChartFonts.builtIn().faces()) {
            faces.add(face(face.getSize2D(), face.isBold()));
        }
        Set<String> used = new TreeSet<>();
        List<Path> charts;
        try (Stream<Path> files = Files.walk(out)) {
            charts = files.filter(f -> f.toString().endsWith(".svg")).toList();
        }
        Pattern size = Pattern.compile("font-size: ([0-9.]+)px");
        for (Path chart : charts) {
            Document svg = org.jsoup.Jsoup.parse(TestSites.read(chart), "", Parser.xmlParser());
            for (Element text : svg.select("text")) {
                String style = text.attr("style");
                Matcher m = size.matcher(style);
                assertTrue(m.find(), chart + ": " + text);
                used.add(face(Float.parseFloat(m.group(1)), style.contains("font-weight: bold")));
            }
        }
        assertTrue(charts.size() > 5, charts.toString());
        assertEquals(faces, used, "faces measured before drawing, and faces drawn");
    }

    private static String face(float size, boolean bold) {
        return size + (bold ? " bold" : " plain");
    }
}
