package org.ecosite.build;

import java.util.List;
import java.util.Optional;

import org.ecosite.check.Problem;
import org.ecosite.config.Language;

/**
 * What a build did.
 *
 * @param language the site's language, when site.yaml could be read: messages follow it
 * @param written  true when the output folder now holds the new site
 */
public record BuildResult(List<Problem> problems, Optional<Language> language, int pages, int charts,
                          int chartsRendered, int chartsReused, long millis, boolean written) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    static BuildResult failed(org.ecosite.check.Problems problems, Optional<org.ecosite.config.SiteConfig> config,
                              long start) {
        return new BuildResult(problems.sorted(), config.map(org.ecosite.config.SiteConfig::language), 0, 0, 0, 0,
                (System.nanoTime() - start) / 1_000_000, false);
    }

    static BuildResult of(org.ecosite.check.Problems problems, Optional<org.ecosite.config.SiteConfig> config,
                          int pages, Build.Drawn charts, long start, boolean written) {
        return new BuildResult(problems.sorted(), config.map(org.ecosite.config.SiteConfig::language), pages,
                charts.all().size(), charts.rendered(), charts.reused(), (System.nanoTime() - start) / 1_000_000,
                written);
    }

    public boolean failed() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
