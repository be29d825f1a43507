package org.ecosite.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import org.ecosite.build.BuildProgress;
import org.ecosite.check.Messages;

/**
 * One line on the terminal that tells how far a long build has got (charts and pages done out of
 * all), rewritten in place with a carriage return and wiped when the build ends. It shows only
 * after the build has run for {@link #DELAY_NANOS a second}, at most ten times a second, and never
 * when output is not a terminal, so logs and pipes get no control characters.
 */
final class ProgressLine implements BuildProgress, AutoCloseable {

    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private final long start;
    private long shownAt;
    private int shownWidth;
    private int chartsDone;
    private int chartsTotal;
    private int pagesDone;
    private int pagesTotal;

    ProgressLine(PrintWriter out, Messages messages, LongSupplier nanoTime) {
        this.out = out;
        this.messages = messages;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** A progress line on a terminal; on anything else a listener that shows nothing. */
    static ProgressLine on(PrintWriter out, boolean terminal, Messages messages) {
        return terminal ? new ProgressLine(out, messages, System::nanoTime) : new ProgressLine(null, messages,
                System::nanoTime);
    }

    @Override
    public synchronized void update(Stage stage, int done, int total) {
        if (stage == Stage.CHARTS) {
            chartsDone = done;
            chartsTotal = total;
        } else {
            pagesDone = done;
            pagesTotal = total;
        }
        long now = nanoTime.getAsLong();
        if (out == null || now - start < DELAY_NANOS || shownWidth > 0 && now - shownAt < EVERY_NANOS) {
            return;
        }
        String text = messages.get("cli.progress", chartsDone, chartsTotal, pagesDone, Math.max(pagesDone, pagesTotal));
        int width = ProblemPrinter.width(text, text.length());
        out.print("\r" + text + " ".repeat(Math.max(0, shownWidth - width)));
        out.flush();
        shownAt = now;
        shownWidth = Math.max(width, shownWidth);
    }

    /** Wipes the line, so the summary that follows starts at the left edge of a clean line. */
    @Override
    public synchronized void close() {
        if (out != null && shownWidth > 0) {
            out.print("\r" + " ".repeat(shownWidth) + "\r");
            out.flush();
            shownWidth = 0;
        }
    }
}
