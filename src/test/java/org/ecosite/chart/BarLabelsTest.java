package org.ecosite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a bar's figure goes beside a reference line at x = 200 in a plot ending at x = 300. */
class BarLabelsTest {

    @Test
    void aFigureClearOfTheLineStaysAtItsBar() {
        assertEquals(100, BarLabels.left(100, 40, 200, 300));
        assertEquals(215, BarLabels.left(215, 40, 200, 300));
    }

    @Test
    void aFigureOnOrAcrossTheLineMovesPastIt() {
        // A bar ending on the line (its figure 5 px after the end), and a shorter one whose figure runs over it.
        assertEquals(209, BarLabels.left(205, 40, 200, 300));
        assertEquals(209, BarLabels.left(170, 40, 200, 300));
    }

    @Test
    void aFigureWithNoRoomPastTheLineIsLeftToTheTable() {
        assertTrue(Double.isNaN(BarLabels.left(190, 100, 200, 300)));
    }
}
