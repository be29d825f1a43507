package org.ecosite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The floor compresses exactly what a PNG's encoder compressed: its filtered scanlines. */
class FloorTest {

    @Test
    void theScanlinesOfAPngAreAFilterByteAndThePixelsOfEachRow() throws IOException {
        BufferedImage image = new BufferedImage(10, 5, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(2, 1, 5, 3);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        // Five rows of one filter byte and ten pixels of three bytes (RGB, 8 bits each).
        assertEquals(5 * (1 + 10 * 3), Floor.scanlines(png.toByteArray()).length);
    }
}
