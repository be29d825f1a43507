package org.ecosite.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a build is asked to do.
 *
 * @param source  the site folder (site.yaml, content/, …)
 * @param output  where the site goes; replaced only when the build succeeds
 * @param baseUrl replaces site.yaml's base_url, e.g. for a staging server
 * @param drafts  publish reports marked {@code draft: true}
 * @param write   false to check only: every validation runs, nothing is written
 */
public record BuildOptions(Path source, Path output, Optional<URI> baseUrl, boolean drafts, boolean write) {

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), Optional.empty(), false, true);
    }

    public BuildOptions withOutput(Path path) {
        return new BuildOptions(source, path, baseUrl, drafts, write);
    }

    public BuildOptions withBaseUrl(URI url) {
        return new BuildOptions(source, output, Optional.of(url), drafts, write);
    }

    public BuildOptions withDrafts(boolean on) {
        return new BuildOptions(source, output, baseUrl, on, write);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(source, output, baseUrl, drafts, false);
    }
}
