package org.ecosite.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Placeholders that stand for figures, and the stars and x's that do not. */
class PlaceholdersTest {

    private static List<String> found(String text) {
        return Placeholders.find(text).stream().map(Placeholder::text).toList();
    }

    @Test
    void findsEveryFormNextToAUnitOrANumber() {
        assertEquals(List.of("*%"), found("空气优良率达到*%，"));
        assertEquals(List.of("**件"), found("办理环境信访投诉**件"));
        assertEquals(List.of("x吨"), found("处理转运垃圾x吨"));
        assertEquals(List.of("X辆"), found("保洁车辆X辆"));
        assertEquals(List.of("XX万元"), found("投入资金XX万元"));
        assertEquals(List.of("*个"), found("乡镇*个污水处理厂投入运行"));
        assertEquals(List.of("*月"), found("2023年1-*月，环境空气综合质量"));
        assertEquals(List.of("某某人"), found("约谈某某人"));
        assertEquals(List.of("**ug/m3"), found("PM2.5月均值为**ug/m3"));
        assertEquals(List.of("*微克/立方米"), found("累计浓度达到*微克/立方米"));
        assertEquals(List.of("*余万元", "****余人次", "***多家次"),
                found("经费*余万元，出动****余人次，检查企业***多家次"));
        assertEquals(List.of("＊%"), found("达到＊%"), "full-width star");
    }

    @Test
    void rangesWithAHiddenEndAreFound() {
        assertEquals(List.of("*"), found("1-*，另有"));
        assertEquals(List.of("*"), found("共12*"));
    }

    @Test
    void namesWordsAndMarkupAreNotFigures() {
        assertTrue(found("x县高度重视，**县委、县政府").isEmpty());
        assertTrue(found("index 和 Excel 都是词，x86 也不算").isEmpty());
        assertTrue(found("*重要*的工作").isEmpty());
        assertTrue(found("某企业和某某公司").isEmpty());
    }

    @Test
    void offsetsPointAtThePlaceholder() {
        Placeholder p = Placeholders.find("达到*%").get(0);
        assertEquals(2, p.start());
        assertEquals(4, p.end());
    }

    @Test
    void anEmphasisMarkerBeforeAUnitIsAPlaceholderButBeforeANumberItIsBold() {
        assertEquals("**件", Placeholders.leading("**件，处理").orElseThrow().text());
        assertTrue(Placeholders.leading("**100%**").isEmpty());
        assertTrue(Placeholders.leading("**重点**").isEmpty());
    }

    @Test
    void aFieldHoldingOnlyAPlaceholderIsToldApart() {
        assertTrue(Placeholders.isOnlyPlaceholder("*%"));
        assertTrue(!Placeholders.isOnlyPlaceholder("上半年达到*%"));
    }
}
