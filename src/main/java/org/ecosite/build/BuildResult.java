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

    public boolean failed() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
