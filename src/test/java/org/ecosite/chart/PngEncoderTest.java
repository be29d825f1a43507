package org.ecosite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The PNG encoder is lossless and deterministic, whether a chart has a palette's worth of colours or more. */
class PngEncoderTest {

    /** Fewer than 256 colours, as most charts have: flat colours and their antialiased edges on white. */
    private static BufferedImage paletteLike() {
        BufferedImage image = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 240);
        g.setColor(new Color(0x1f5f8b));
        g.fillRect(40, 60, 60, 150);
        g.setColor(new Color(0xc0392b));
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(120, 200, 380, 30);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.drawString("PM2.5 35", 20, 230);
        g.dispose();
        return image;
    }

    /** Like a busier chart: lines and text crossing other colours give a few hundred shades at the edges. */
    private static BufferedImage chartLike() {
        BufferedImage image = paletteLike();
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xc0392b));
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(20, 200, 380, 30);
        g.draw(new Ellipse2D.Double(30, 80, 90, 70));
        g.setColor(new Color(0x2e8b57));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.drawString("PM2.5 35 μg/m³", 45, 120);
        g.dispose();
        return image;
    }

    /** Thousands of colours: no palette can hold them. */
    private static BufferedImage gradient() {
        BufferedImage image = chartLike();
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x102030), 400, 240, new Color(0xf0e0a0)));
        g.fillRect(0, 0, 400, 100);
        g.dispose();
        return image;
    }

    @Test
    void decodesToTheSamePixels() throws IOException {
        for (BufferedImage image : new BufferedImage[] {paletteLike(), chartLike(), gradient()}) {
            byte[] png = PngEncoder.encode(image);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(image.getWidth(), read.getWidth());
            assertEquals(image.getHeight(), read.getHeight());
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    assertEquals(image.getRGB(x, y), read.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    /** pngencoder's own palette search, which {@link PngEncoder#withPalette} stands in for. */
    private static byte[] pngencoderAlone(BufferedImage image) {
        return new com.pngencoder.PngEncoder().withBufferedImage(image).withTryIndexedEncoding(true)
                .withCompressionLevel(PngEncoder.DEFLATE_LEVEL).withMultiThreadedCompressionEnabled(false).toBytes();
    }

    @Test
    void theOwnPaletteGivesTheBytesPngencodersWouldGive() {
        BufferedImage chart = paletteLike();
        BufferedImage indexed = PngEncoder.withPalette(chart);
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, indexed.getType());
        assertArrayEquals(pngencoderAlone(chart), PngEncoder.encode(chart));
        // A part of an image shares its parent's pixel array: its pixels are copied out, with the same result.
        BufferedImage part = chart.getSubimage(10, 20, 300, 200);
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, PngEncoder.withPalette(part).getType());
        assertArrayEquals(pngencoderAlone(part), PngEncoder.encode(part));
        for (BufferedImage many : new BufferedImage[] {chartLike(), gradient()}) {
            assertEquals(null, PngEncoder.withPalette(many), "more than 256 colours: no palette");
            assertArrayEquals(pngencoderAlone(many), PngEncoder.encode(many));
        }
    }

    @Test
    void theSameImageGivesTheSameBytes() {
        assertArrayEquals(PngEncoder.encode(paletteLike()), PngEncoder.encode(paletteLike()));
        assertArrayEquals(PngEncoder.encode(chartLike()), PngEncoder.encode(chartLike()));
        assertArrayEquals(PngEncoder.encode(gradient()), PngEncoder.encode(gradient()));
    }
}
