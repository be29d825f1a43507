package org.ecosite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenDataTest {

    @Test
    void cellsASpreadsheetWouldRunGetAQuoteAndNoOtherDoes() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"}) {
            assertEquals("'" + formula, OpenData.inert(formula), formula);
        }
        for (String text : new String[] {"", "清河断面", "1—6月", "'quoted", "a=b", " =x"}) {
            assertEquals(text, OpenData.inert(text), text);
        }
    }
}
