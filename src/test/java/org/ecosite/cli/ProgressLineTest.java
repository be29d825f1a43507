package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.ecosite.build.BuildProgress.Stage;
import org.ecosite.check.Messages;
import org.junit.jupiter.api.Test;

/** The progress line: silent for short builds and off a terminal, rewritten in place, wiped at the end. */
class ProgressLineTest {

    private final Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aShortBuildShowsNothing() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        try (ProgressLine line = new ProgressLine(new PrintWriter(text), messages, now::get)) {
            now.set(ProgressLine.DELAY_NANOS / 2);
            line.update(Stage.PAGES, 10, 18);
        }
        assertEquals("", text.toString());
    }

    @Test
    void aLongBuildShowsChartsAndPagesDoneAndWipesTheLine() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        try (ProgressLine line = new ProgressLine(new PrintWriter(text), messages, now::get)) {
            now.set(ProgressLine.DELAY_NANOS + 1);
            line.update(Stage.CHARTS, 300, 600);
            now.addAndGet(1_000);
            line.update(Stage.CHARTS, 301, 600); // too soon to redraw
            now.addAndGet(200_000_000L);
            line.update(Stage.PAGES, 40, 1219);
        }
        String shown = text.toString();
        assertTrue(shown.startsWith("\r正在生成：图表 300/600，页面 0/0"), shown);
        assertTrue(shown.contains("\r正在生成：图表 301/600，页面 40/1219"), shown);
        assertEquals(2, shown.split("正在生成").length - 1, shown);
        assertTrue(shown.endsWith("\r"), "the line is wiped so the summary starts clean");
    }

    @Test
    void offATerminalItIsSilent() {
        StringWriter text = new StringWriter();
        try (ProgressLine line = ProgressLine.on(new PrintWriter(text), false, messages)) {
            line.update(Stage.PAGES, 1, 2);
        }
        assertEquals("", text.toString());
    }
}
