package org.ecosite.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The colours and marks of every chart. Series colours are the Okabe–Ito set, which readers with
 * colour-vision deficiencies can tell apart; every series also has its own marker shape and a
 * text label, so no meaning rests on colour alone. Water classes use the colours bulletins use,
 * always outlined and written out.
 */
final class Palette {

    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x4A, 0x4A, 0x4A);
    static final Color GRID = new Color(0xD6, 0xD6, 0xD6);
    /** Reference lines (standards): near-black and dashed, apart from every series colour, clear in print. */
    static final Color REFERENCE = new Color(0x26, 0x26, 0x26);
    /** Bars of limits beside bars of figures: a grey with 4.5:1 against white. */
    static final Color LIMIT = new Color(0x76, 0x76, 0x76);

    /** Okabe–Ito, strongest first; yellow is left out as it vanishes on white. */
    private static final List<Color> SERIES = List.of(new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00),
            new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x00, 0x00));

    /** Water classes Ⅰ…劣Ⅴ: sky, blue, green, yellow, orange, red, as bulletins colour them. */
    private static final List<Color> WATER = List.of(new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x72, 0xB2),
            new Color(0x00, 0x9E, 0x73), new Color(0xF0, 0xE4, 0x42), new Color(0xE6, 0x9F, 0x00),
            new Color(0xD5, 0x5E, 0x00));

    private Palette() {
    }

    /** A colour mixed with three parts of white: the fill of a preliminary figure's bar. */
    static Color pale(Color c) {
        return new Color((c.getRed() + 3 * 255) / 4, (c.getGreen() + 3 * 255) / 4, (c.getBlue() + 3 * 255) / 4);
    }

    static Color series(int index) {
        return SERIES.get(index % SERIES.size());
    }

    static Paint waterClass(int rank) {
        return WATER.get(Math.max(1, Math.min(rank, WATER.size())) - 1);
    }

    /** Circle, square, triangle, diamond, …: the second way to tell lines apart. */
    static Shape marker(int index) {
        double s = 8;
        return switch (index % 4) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> polygon(new double[] {0, s / 2, -s / 2}, new double[] {-s / 2, s / 2, s / 2});
            default -> polygon(new double[] {0, s / 2, 0, -s / 2}, new double[] {-s / 2, 0, s / 2, 0});
        };
    }

    private static Shape polygon(double[] x, double[] y) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) {
            path.lineTo(x[i], y[i]);
        }
        path.closePath();
        return path;
    }
}
