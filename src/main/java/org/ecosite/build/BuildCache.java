package org.ecosite.build;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.ecosite.lint.LintCache;

/**
 * What a process that builds the same site again and again (the preview server) keeps in memory
 * from one build to the next: the text checks of files that did not change, and for the preview the
 * last good build itself, to show an edited report before the whole site is built again. Charts are
 * kept on disk for every build (see {@link org.ecosite.cache.ChartCache}). A plain build starts with an
 * empty one; builds sharing one must not overlap.
 *
 * @param keepLast true when builds should leave their {@link LastBuild} here
 */
public record BuildCache(LintCache lint, boolean keepLast, AtomicReference<LastBuild> last) {

    /** For a process that builds once: keeps nothing. */
    public static BuildCache empty() {
        return new BuildCache(LintCache.none(), false, new AtomicReference<>());
    }

    /** For the preview: also keeps what the last good build made. */
    public static BuildCache forPreview() {
        return new BuildCache(new LintCache(), true, new AtomicReference<>());
    }

    /** The last good build, when this cache keeps it and there was one. */
    public Optional<LastBuild> lastBuild() {
        return Optional.ofNullable(last.get());
    }
}
