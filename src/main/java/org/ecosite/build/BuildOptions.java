package org.ecosite.build;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;


/**
 * What a build is asked to do.
 *
 * @param source     the site folder (site.yaml, content/, …)
 * @param output     where the site goes; replaced only when the build succeeds
 * @param baseUrl    replaces site.yaml's base_url, e.g. for a staging server
 * @param drafts     publish reports marked {@code draft: true}
 * @param write      false to check only: every validation runs, nothing is written
 * @param today      the day checks count from (reports dated in the future, a stale site); given by the
 *                   caller so that no check reads the clock and tests can fix the date
 * @param strict     warnings count as errors, so nothing is written when there is any (for publishing)
 * @param progress   told how far charts and pages have got, for a progress line on a terminal
 * @param cache      what earlier builds of the same process (the preview server) left to reuse; a plain
 *                   build starts with an empty one
 * @param force      build even when nothing changed since the last build into the same output folder
 * @param timings    also book the CPU and collector time of each stage (asking the JVM costs a few tens of
 *                   milliseconds, so only when they are printed)
 * @param cacheDir   where charts and build manifests are kept between builds, overriding site.yaml's
 *                   {@code cache_dir} (a CI job keeps this folder between runs)
 */
public record BuildOptions(Path source, Path output, Optional<URI> baseUrl, boolean drafts, boolean write,
                           LocalDate today, boolean strict, BuildProgress progress, BuildCache cache, boolean force,
                           boolean timings, Optional<Path> cacheDir) {

    /** A build of {@code source} into {@code source/site}, checking dates against the system clock's today. */
    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), Optional.empty(), false, true, LocalDate.now(),
                false, BuildProgress.NONE, BuildCache.empty(), false, false, Optional.empty());
    }

    public BuildOptions withOutput(Path path) {
        return new BuildOptions(source, path, baseUrl, drafts, write, today, strict, progress, cache, force, timings,
                cacheDir);
    }

    public BuildOptions withBaseUrl(URI url) {
        return new BuildOptions(source, output, Optional.of(url), drafts, write, today, strict, progress, cache,
                force, timings, cacheDir);
    }

    public BuildOptions withDrafts(boolean on) {
        return new BuildOptions(source, output, baseUrl, on, write, today, strict, progress, cache, force, timings,
                cacheDir);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(source, output, baseUrl, drafts, false, today, strict, progress, cache, force, timings,
                cacheDir);
    }

    public BuildOptions withToday(LocalDate day) {
        return new BuildOptions(source, output, baseUrl, drafts, write, day, strict, progress, cache, force, timings,
                cacheDir);
    }

    public BuildOptions withStrict(boolean on) {
        return new BuildOptions(source, output, baseUrl, drafts, write, today, on, progress, cache, force, timings,
                cacheDir);
    }

    public BuildOptions withProgress(BuildProgress listener) {
        return new BuildOptions(source, output, baseUrl, drafts, write, today, strict, listener, cache, force, timings,
                cacheDir);
    }

    public BuildOptions withForce(boolean on) {
        return new BuildOptions(source, output, baseUrl, drafts, write, today, strict, progress, cache, on, timings,
                cacheDir);
    }

    public BuildOptions withTimings(boolean on) {
        return new BuildOptions(source, output, baseUrl, drafts, write, today, strict, progress, cache, force, on,
                cacheDir);
    }

    public BuildOptions withCache(BuildCache kept) {
        return new BuildOptions(source, output, baseUrl, drafts, write, today, strict, progress, kept, force, timings,
                cacheDir);
    }

    public BuildOptions withCacheDir(Path dir) {
        return new BuildOptions(source, output, baseUrl, drafts, write, today, strict, progress, cache, force, timings,
                Optional.of(dir));
    }
}
