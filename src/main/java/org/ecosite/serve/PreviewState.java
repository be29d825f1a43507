package org.ecosite.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Problem;

/**
 * What the preview shows after a build.
 *
 * @param build    counts every build, good or failed: a page that shows an older one reloads
 * @param site     the output of the last build that succeeded; empty until one has
 * @param basePath the site's base path, e.g. {@code /sthjj/xxgk/}: pages are served under it, as published
 * @param failure  the problems of the latest build when it failed, as the terminal shows them
 * @param pages    pages made since the last build, served instead of the files in {@code site}, by
 *                 their path in it: an edited report shown before the whole site is built again
 */
record PreviewState(int build, Optional<Path> site, String basePath, Optional<String> failure,
                    List<Problem> problems, Map<String, byte[]> pages) {

    PreviewState {
        problems = List.copyOf(problems);
        pages = Map.copyOf(pages);
    }

    PreviewState(int build, Optional<Path> site, String basePath, Optional<String> failure, List<Problem> problems) {
        this(build, site, basePath, failure, problems, Map.of());
    }
}
