package org.ecosite.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What Word and conversion leave in a text. */
class ArtefactsTest {

    private static List<String> found(String text) {
        return Artefacts.find(text).stream().map(a -> a.kind() + " " + a.text() + " @" + a.start()).toList();
    }

    @Test
    void wordMarkersAndFieldCodes() {
        assertEquals(List.of("WORD_MARKER [bookmark: _GoBack] @0"), found("[bookmark: _GoBack]一是生态环境质量"));
        assertEquals(List.of("IMAGE_MARKER [image: 图1 水质] @3"), found("如图：[image: 图1 水质]"));
        assertEquals(List.of("WORD_MARKER MERGEFORMAT @8"), found("PAGE \\* MERGEFORMAT"));
        assertEquals(List.of("WORD_MARKER _Toc123456 @2"), found("见 _Toc123456"));
        assertEquals(List.of("WORD_MARKER _Hlk1 @0", "WORD_MARKER _Ref22 @6", "WORD_MARKER _GoBack @13",
                "WORD_MARKER PAGEREF @21", "WORD_MARKER HYPERLINK @29"), found("_Hlk1 _Ref22 _GoBack PAGEREF HYPERLINK"));
    }

    @Test
    void everyStrayOrLayoutCharacterIsFoundAmongChineseAndLatinText() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            boolean layout = ch == '\u00A0' || ch >= '\u2002' && ch <= '\u200A' || ch == '\u202F' || ch == '\u3000';
            if (Character.isSurrogate(ch) || !Artefacts.isStray(ch) && !layout) {
                continue;
            }
            // Inside a line, where a layout space is no artefact but a stray character is, and at its start.
            String inside = "环境a" + ch + "b保护";
            String atStart = ch + "环境保护";
            assertEquals(!layout, !found(inside).isEmpty(), "U+%04X inside a line".formatted(c));
            assertTrue(!found(atStart).isEmpty(), "U+%04X at the start of a line".formatted(c));
        }
    }

    @Test
    void anUnderscoreAloneIsNoFieldCode() {
        assertTrue(found("indicators:\n  - id: good_air_days\n    value: 154\n").isEmpty());
        assertTrue(found("a_Toc b_Hlk1 _Tocx _Ref").isEmpty(), "only a field name standing alone, with its number");
    }

    @Test
    void strayCharactersAreNamedByTheirCode() {
        assertEquals(List.of("INVISIBLE U+200B @2"), found("段落\u200B结束"));
        assertEquals(List.of("CONTROL U+000B @2"), found("第一\u000B第二"));
        assertEquals(List.of("PRIVATE_USE U+F0B7 @0"), found("\uF0B7 第一项"));
        assertEquals(List.of("REPLACEMENT U+FFFD @1"), found("水\uFFFD质"));
        assertEquals(List.of("INVISIBLE U+00AD @2"), found("环境\u00AD保护"));
    }

    @Test
    void layoutSpacesAtTheStartOrEndOfALine() {
        assertEquals(List.of("LAYOUT_SPACE U+00A0 U+00A0 @0"), found("\u00A0\u00A0 2022年上半年"));
        assertEquals(List.of("LAYOUT_SPACE U+3000 @15"), found("一、2022上半年工作完成情况\u3000\nx"));
        assertEquals(List.of("LAYOUT_SPACE U+00A0 @2"), found("a\n\u00A0\nb"));
        assertTrue(found("数字 15 μg/m³ 与空格").isEmpty(), "ordinary spaces are fine");
        assertTrue(found("第一行\n\t缩进").isEmpty(), "tabs and line ends are fine");
    }
}
