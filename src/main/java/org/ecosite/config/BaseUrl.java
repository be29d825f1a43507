package org.ecosite.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Parses a site's base URL: absolute http(s), no query or fragment, path ending in '/'. */
public final class BaseUrl {

    private BaseUrl() {
    }

    public static Optional<URI> parse(String text) {
        try {
            URI uri = new URI(text.strip());
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            if (path.contains("/../") || path.contains("/./") || path.endsWith("/..")) {
                return Optional.empty();
            }
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            return Optional.of(new URI(uri.getScheme().toLowerCase(), uri.getAuthority(), path, null, null)
                    .normalize());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
