package org.ecosite.build;

import java.util.List;
import java.util.Optional;

import org.ecosite.cache.ChartDrawing;
import org.ecosite.check.Problem;
import org.ecosite.check.Problems;
import org.ecosite.check.Severity;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.Language;

/**
 * What a build did.
 *
 * @param language the site's language, when site.yaml could be read: messages follow it
 * @param written  true when the output folder now holds the new site
 */
public record BuildResult(List<Problem> problems, Optional<Language> language, int pages, int charts,
                          int chartsRendered, int chartsReused, long millis, boolean written,
                          List<Timings.Stage> timings, boolean unchanged) {

    public BuildResult {
        problems = List.copyOf(problems);
        timings = List.copyOf(timings);
    }

    static BuildResult failed(Problems problems, BuildOptions options, Optional<SiteConfig> config, long start,
                              Timings timings) {
        return new BuildResult(reported(problems, options), config.map(SiteConfig::language), 0, 0, 0, 0,
                (System.nanoTime() - start) / 1_000_000, false, timings.stages(), false);
    }

    /** Nothing changed since the last build into the same folder: it holds what this build would write. */
    static BuildResult unchanged(UpToDate.Manifest manifest, BuildOptions options, long start, Timings timings) {
        Problems problems = new Problems();
        manifest.problems().forEach(p -> problems.add(p.problem()));
        return new BuildResult(reported(problems, options), Language.fromTag(manifest.language()), manifest.pages(),
                manifest.charts(), 0,
                manifest.charts(), (System.nanoTime() - start) / 1_000_000, false, timings.stages(), true);
    }

    static BuildResult of(Problems problems, BuildOptions options, Optional<SiteConfig> config, int pages,
                          ChartDrawing.Drawn charts, long start, boolean written, Timings timings) {
        return new BuildResult(reported(problems, options), config.map(SiteConfig::language), pages,
                charts.count(), charts.rendered(), charts.reused(), (System.nanoTime() - start) / 1_000_000,
                written, timings.stages(), false);
    }

    /**
     * For publishing (strict), a warning is as good as an error: the editor must look at it first. A note on
     * the site's health stays a note: it is no mistake in the content, so it never alone stops a publish.
     */
    private static List<Problem> reported(Problems problems, BuildOptions options) {
        List<Problem> list = problems.sorted();
        if (!options.strict()) {
            return list;
        }
        return list.stream().map(p -> p.severity() != Severity.WARNING ? p
                : new Problem(p.file(), p.position(), Severity.ERROR, p.key(), p.args())).toList();
    }

    public boolean failed() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
