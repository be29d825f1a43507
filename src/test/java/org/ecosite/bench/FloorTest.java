package org.ecosite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import javax.imageio.ImageIO;

import org.ecosite.chart.ChartFonts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The floor does the work it claims: it compresses exactly what a PNG's encoder compressed, puts each page
 * through its template and draws a chart per distinct PNG a build made.
 */
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

    @Test
    void sizesAreThoseOfEachDistinctPng(@TempDir Path site) throws IOException {
        Files.write(site.resolve("a.png"), png(40, 30, Color.ORANGE));
        Files.createDirectories(site.resolve("b"));
        Files.write(site.resolve("b/same-as-a.png"), png(40, 30, Color.ORANGE));
        Files.write(site.resolve("b/c.png"), png(20, 10, Color.BLUE));
        assertEquals(List.of("40x30", "20x10"),
                Floor.sizes(site).stream().map(size -> size[0] + "x" + size[1]).toList());
    }

    @Test
    void theFloorWritesEachPageThroughItsTemplateAndDrawsEachChart(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/reports"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: 青山县 <2024> 工作总结\n---\n# 一、大气\n\nPM2.5 为 **28**。\n");
        Path sizes = Files.writeString(dir.resolve("sizes.txt"), "880 400\n880 600\n");
        Path out = dir.resolve("out");
        Properties pinned = new Properties();
        try (InputStream in = ChartFonts.class.getResourceAsStream("font/font.properties")) {
            pinned.load(in);
        }
        Path font = Path.of(ChartFonts.class.getResource("font/" + pinned.getProperty("file")).toURI());
        int exit = new CommandLine(new Floor.Pages()).execute("--charts", sizes.toString(), "--font", font.toString(),
                dir.resolve("content").toString(), out.toString());
        assertEquals(0, exit);
        Document page = Jsoup.parse(out.resolve("reports/a.html").toFile());
        // The title escaped by Pebble, the body as flexmark rendered it.
        assertEquals("青山县 <2024> 工作总结", page.title());
        assertEquals("28", page.select("main h1 + p strong").text());
        assertTrue(Files.readString(out.resolve("reports/a.html")).contains("&lt;2024&gt;"));
        Document chart = Jsoup.parse(Files.readString(out.resolve("charts/1.svg")), "", Parser.xmlParser());
        assertEquals(440, Double.parseDouble(chart.selectFirst("svg").attr("width")));
        assertEquals(300, Double.parseDouble(chart.selectFirst("svg").attr("height")));
        assertTrue(chart.text().contains("青山县"), chart.text());
    }

    private static byte[] png(int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
