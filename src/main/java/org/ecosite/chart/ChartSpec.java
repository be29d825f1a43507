package org.ecosite.chart;

import java.util.List;

/**
 * What a chart shows, complete: once planned, a chart can be drawn, described and cached by
 * this value alone. Every chart carries its text alternative and the table of its figures.
 */
public sealed interface ChartSpec permits BarChart, StandardChart, LineChart {

    /** Stable within its page; the stem of its file names. */
    String id();

    String title();

    /** The period and unit, as statistics practice puts under a headline. */
    String subtitle();

    /** The text alternative: every figure in words, in the page's language. */
    String description();

    /** The same figures as a table, shown next to the chart. */
    DataTable table();

    /** A table of a chart's figures: a caption, column headings and rows of display text. */
    record DataTable(String caption, List<String> header, List<List<String>> rows) {
        public DataTable {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
