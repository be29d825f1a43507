package org.ecosite.build;

import org.ecosite.chart.ChartCache;
import org.ecosite.lint.LintCache;

/**
 * What a process that builds the same site again and again (the preview server) keeps from one build
 * to the next: charts already drawn, and the text checks of files that did not change. Each keeps only
 * what the latest build used. A plain build starts with an empty one; builds sharing one must not overlap.
 */
public record BuildCache(ChartCache charts, LintCache lint) {

    public static BuildCache empty() {
        return new BuildCache(new ChartCache(), new LintCache());
    }
}
