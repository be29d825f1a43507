package org.ecosite.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The opening of a text as a page's description. */
class SentencesTest {

    @Test
    void aShortTextIsItselfWithItsLinesJoined() {
        assertEquals("本站公开生态环境报告。数据另行摘出。", Sentences.lead("本站公开生态环境报告。\n数据另行摘出。\n", 120));
        assertEquals("Reports of the bureau. Figures apart.", Sentences.lead("Reports of the bureau.\nFigures apart.", 120));
    }

    @Test
    void aLongTextKeepsTheWholeSentencesThatFit() {
        String second = "二".repeat(30) + "。";
        assertEquals("一".repeat(20) + "。" + second, Sentences.lead("一".repeat(20) + "。" + second + "三".repeat(50) + "。", 60));
    }

    @Test
    void aLongFirstSentenceIsCutAndMarked() {
        assertEquals("一".repeat(10) + "…", Sentences.lead("一".repeat(30) + "。", 10));
        // A few characters of a sentence would say too little: the text is cut instead.
        assertEquals("短句。" + "二".repeat(27) + "…", Sentences.lead("短句。" + "二".repeat(40) + "。", 30));
        assertEquals("Reports of the…", Sentences.lead("Reports of the bureau for everyone", 18));
        // A surrogate pair is never split.
        assertEquals("𠀀".repeat(5) + "…", Sentences.lead("𠀀".repeat(8), 5));
    }
}
