package org.ecosite.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * A drawn chart as a PNG file at twice its size, so that it stays sharp on high-density screens.
 * The one place that encodes PNG.
 *
 * <p>Encoded by pngencoder rather than ImageIO: the same pixels (PNG is lossless) in about a third of
 * the time and three quarters of the bytes. A chart of at most 256 colours is written with a palette
 * ({@link #withPalette}); deflate at level {@value #DEFLATE_LEVEL}, on the calling thread (charts are
 * drawn in parallel already). No timestamp or other chunk that varies, so equal charts give equal bytes.
 */
final class PngEncoder {

    /**
     * zlib's fastest level that still searches for matches well. Measured on 30 charts of the
     * 1,000-report corpus (Java 25, quick compiler): level 6 took 4.8 ms a chart for 26.4 KB, level 3
     * 2.0 ms for 29.2 KB, levels 2 and 1 barely faster and larger. Pages show the SVG; the PNG is the
     * sharing image and the download for Word, where a tenth more bytes does not matter and the time
     * was a third of a build with charts.
     */
    static final int DEFLATE_LEVEL = 3;

    private PngEncoder() {
    }

    static byte[] encode(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = graphics(image);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return encode(image);
    }

    /** What a chart is drawn on: twice its size, smooth. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.scale(2, 2);
        return g2;
    }

    /**
     * Each face measured once, on one thread, as a chart's text is measured on the image:
     * call before charts are drawn in parallel, and keep what it returns while they are.
     *
     * <p>Why: Java measures a font at a size and scale once, and keeps the result; but it stores it
     * before it has scaled it back from the image's pixels to the chart's units (FileFontStrike's
     * getFontMetrics, in Java 17 to 25 at least). A second thread that asks in between gets twice the
     * height: a title measured two lines tall, and a chart that differs from one build to the next
     * ({@code ChartRendererTest.facesAreMeasuredBeforeChartsAreDrawnInParallel} shows the race).
     * Measured here first, each face's measure is kept complete, and held: Java forgets a measure no one
     * holds, and would make it again, racing again. Text measured without scaling, as in SVG, is safe.
     */
    static List<FontMetrics> measured(List<Font> faces) {
        Graphics2D g2 = graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        try {
            List<FontMetrics> held = faces.stream().map(g2::getFontMetrics).toList();
            held.forEach(FontMetrics::getHeight);
            return held;
        } finally {
            g2.dispose();
        }
    }

    static byte[] encode(BufferedImage image) {
        boolean rgb = image.getType() == BufferedImage.TYPE_INT_RGB;
        BufferedImage palette = rgb ? withPalette(image) : null;
        // An image found to have more than 256 colours is not given to pngencoder to look for a palette
        // again: it would read every pixel to find the same, and then write what it writes without one.
        return new com.pngencoder.PngEncoder().withBufferedImage(palette != null ? palette : image)
                .withTryIndexedEncoding(!rgb || palette != null).withCompressionLevel(DEFLATE_LEVEL)
                .withMultiThreadedCompressionEnabled(false).toBytes();
    }

    /**
     * The image with a palette of its colours in the order they first appear, row by row, or null when
     * it has more than 256. pngencoder makes the same palette when it tries indexed encoding, but it copies
     * every row into bytes and looks each new colour up in a list of up to 256: half the CPU time of a
     * build with charts went there (docs/performance.md). Here the pixels are read from the image's own
     * array and a colour is found by hashing, and pngencoder writes the indexed image as it is. The same
     * palette in the same order gives the same PNG bytes.
     */
    static BufferedImage withPalette(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = pixels(rgb);
        byte[] indices = new byte[pixels.length];
        int[] colours = new int[256];
        int used = 0;
        // Open addressing over four times the most colours there can be. A colour is stored with its alpha
        // bits set, so it is never 0, which marks a free slot.
        int[] keys = new int[1024];
        byte[] slots = new byte[1024];
        int last = 0;
        byte lastIndex = 0;
        for (int from = 0; from < pixels.length; from += width) {
            // Most rows of a chart are the row above again (background, the inside of a bar): copied as a
            // whole, by the JDK's array comparison and copy, where one pixel at a time took a third of a
            // chart's time. Such a row adds no colour, so the palette and its order stay the same.
            if (from > 0 && Arrays.equals(pixels, from - width, from, pixels, from, from + width)) {
                System.arraycopy(indices, from - width, indices, from, width);
                continue;
            }
            for (int i = from; i < from + width; i++) {
                int colour = pixels[i] | 0xFF000000;
                if (colour != last) {
                    int at = colour * 0x9E3779B9 >>> 22;
                    while (keys[at] != 0 && keys[at] != colour) {
                        at = at + 1 & 1023;
                    }
                    if (keys[at] == 0) {
                        if (used == colours.length) {
                            return null;
                        }
                        keys[at] = colour;
                        slots[at] = (byte) used;
                        colours[used++] = colour;
                    }
                    last = colour;
                    lastIndex = slots[at];
                }
                indices[i] = lastIndex;
            }
        }
        byte[] red = new byte[used];
        byte[] green = new byte[used];
        byte[] blue = new byte[used];
        for (int i = 0; i < used; i++) {
            red[i] = (byte) (colours[i] >> 16);
            green[i] = (byte) (colours[i] >> 8);
            blue[i] = (byte) colours[i];
        }
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(indices, indices.length), width,
                height, width, 1, new int[] {0}, null);
        return new BufferedImage(new IndexColorModel(8, used, red, green, blue), raster, false, null);
    }

    /** The pixels row by row: the image's own array when it is one (a new image), else a copy. */
    private static int[] pixels(BufferedImage rgb) {
        WritableRaster raster = rgb.getRaster();
        if (raster.getDataBuffer() instanceof DataBufferInt buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == rgb.getWidth() && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0 && buffer.getOffset() == 0
                && buffer.getData().length == rgb.getWidth() * rgb.getHeight()) {
            return buffer.getData();
        }
        return rgb.getRGB(0, 0, rgb.getWidth(), rgb.getHeight(), null, 0, rgb.getWidth());
    }
}
