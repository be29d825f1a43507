package org.ecosite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void chineseBecomesBigramsSoAnyTwoCharacterWordIsATerm() {
        assertEquals(List.of("大气", "气污", "污染", "染防", "防治"), Terms.of("大气污染防治"));
        assertEquals(List.of("水"), Terms.of("水"), "a lone character is a term of its own");
        assertEquals(List.of("空气", "质量"), Terms.of("空气，质量"), "punctuation separates");
    }

    @Test
    void latinWordsAndNumbersAreWholeLowerCaseAndWidthBlind() {
        assertEquals(List.of("pm2.5", "浓度"), Terms.of("PM2.5浓度"));
        assertEquals(Terms.of("PM2.5"), Terms.of("ＰＭ２．５"));
        assertEquals(List.of("good", "air", "days", "2024"), Terms.of("Good-air days, 2024."));
        assertEquals(List.of("iii", "类"), Terms.of("Ⅲ类"), "Roman numerals read as letters, as a reader types them");
        assertEquals(List.of("1.5", "t"), Terms.of("1.5 t"));
    }

    @Test
    void shardsSpreadTermsAndAgreeWithTheScript() {
        // The script computes FNV-1a over UTF-16 units the same way; BrowserTest compares them live.
        assertEquals(0, Terms.shard("大气", 1));
        int a = Terms.shard("大气", 64);
        assertTrue(a >= 0 && a < 64);
        assertEquals(a, Terms.shard("大气", 64));
    }
}
