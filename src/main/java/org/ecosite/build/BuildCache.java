package org.ecosite.build;

import org.ecosite.lint.LintCache;

/**
 * What a process that builds the same site again and again (the preview server) keeps in memory
 * from one build to the next: the text checks of files that did not change. Charts are kept on disk
 * for every build (see {@link org.ecosite.cache.ChartCache}). A plain build starts with an empty one;
 * builds sharing one must not overlap.
 */
public record BuildCache(LintCache lint) {

    public static BuildCache empty() {
        return new BuildCache(new LintCache());
    }
}
