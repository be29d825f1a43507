package org.ecosite.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Problem;

/**
 * What the preview shows after a build.
 *
 * @param build    counts every build, good or failed: a page that shows an older one reloads
 * @param site     the output of the last build that succeeded; empty until one has
 * @param basePath the site's base path, e.g. {@code /sthjj/xxgk/}: pages are served under it, as published
 * @param failure  the problems of the latest build when it failed, as the terminal shows them
 */
record PreviewState(int build, Optional<Path> site, String basePath, Optional<String> failure,
                    List<Problem> problems) {

    PreviewState {
        problems = List.copyOf(problems);
    }
}
