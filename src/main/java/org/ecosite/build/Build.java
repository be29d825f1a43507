package org.ecosite.build;

import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;
import org.ecosite.config.SiteLayout;
import org.ecosite.output.Output;

/**
 * One build, start to end, in two phases:
 * <pre>
 * Check:   site.yaml ─► catalog, theme ─► per file: read ─► front matter ─► parse ─► text checks
 *            ─► routes, links ─► dates ─► figures, chart blocks, font              ═► Checked (no text)
 * Publish: site model ─► charts (cached) ─► list pages ─► data files
 *            ─► per report: read again ─► parse ─► body ─► page ─► search text ─► search index
 *            ─► feed, sitemap, copied files ─► output (swapped in at the end)
 * </pre>
 * Problems of every stage are collected; publishing starts only when the checks found no error,
 * so the editor sees every content problem at once and a failed build writes nothing. Neither phase
 * holds the texts of the whole site: each file is read, parsed and checked, then read again to be
 * published, so memory grows with the number of reports, not with their length.
 */
public final class Build {

    private Build() {
    }

    public static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Timings timings = new Timings(options.timings());
        Problems problems = new Problems();
        Optional<SiteConfig> loaded = SiteConfigLoader.load(options.source(), problems);
        SiteLayout layout = SiteLayout.of(options.source(), options.cacheDir(), loaded);

        // Publishing the same site again: when nothing it depends on changed, the output already is the result.
        Optional<String> inputs = options.write() ? Optional.of(UpToDate.inputs(options, layout, loaded))
                : Optional.empty();
        if (inputs.isPresent() && !options.force()) {
            Optional<UpToDate.Manifest> same = UpToDate.unchanged(options, layout, inputs.get());
            timings.lap("up-to-date check");
            if (same.isPresent()) {
                return BuildResult.unchanged(same.get(), options, start, timings);
            }
        }
        if (options.write()) {
            Output.sweep(options.output());
        }

        Optional<Checked> checked = Check.run(options, layout, loaded, problems, timings);
        if (checked.isEmpty()) {
            return BuildResult.failed(problems, options, loaded, start, timings);
        }
        if (!options.write()) {
            Publish.Published rendered = Publish.run(checked.get(), options, layout, Optional.empty(), problems,
                    timings);
            return BuildResult.of(problems, options, loaded, rendered.pages(), rendered.drawn(), start, false, timings);
        }
        Output output = Output.begin(options.output());
        try {
            Publish.Published published = Publish.run(checked.get(), options, layout, Optional.of(output), problems,
                    timings);
            if (problems.hasErrors()) {
                return BuildResult.failed(problems, options, loaded, start, timings);
            }
            output.commit();
            if (options.cache().keepLast()) {
                options.cache().last().set(new LastBuild(checked.get(), published));
            }
            inputs.ifPresent(fingerprint -> UpToDate.record(options, layout, fingerprint, output.files(),
                    problems.sorted(), published.pages(), published.drawn().count(),
                    checked.get().config().language()));
            timings.lap("swap in");
            return BuildResult.of(problems, options, loaded, published.pages(), published.drawn(), start, true,
                    timings);
        } finally {
            output.abort();
        }
    }
}
