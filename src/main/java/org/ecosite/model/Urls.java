package org.ecosite.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Routes and URLs. A route is a path relative to the site root with '/' and no leading
 * slash: {@code reports/2024/a/} for a page, {@code img/a.png} for a file, the empty string
 * for the home page. A URL is the base path plus the route, percent-encoded per segment.
 */
public final class Urls {

    private Urls() {
    }

    /** The link to a route from any page: {@code /sthjj/xxgk/reports/2024/a/}. */
    public static String href(String basePath, String route) {
        return basePath + encode(route);
    }

    /** Percent-encodes each segment of a route (Chinese names too), keeping the slashes. */
    public static String encode(String route) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start <= route.length()) {
            int slash = route.indexOf('/', start);
            int end = slash < 0 ? route.length() : slash;
            out.append(URLEncoder.encode(route.substring(start, end), StandardCharsets.UTF_8).replace("+", "%20"));
            if (slash < 0) {
                break;
            }
            out.append('/');
            start = slash + 1;
        }
        return out.toString();
    }

    /**
     * Resolves {@code path} against {@code folder} (both relative to one root) and normalises
     * '.' and '..'. Empty when the result would leave the root: such a link or file could
     * point outside the site.
     */
    public static Optional<String> resolve(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            for (String p : folder.split("/")) {
                if (!p.isEmpty()) {
                    parts.addLast(p);
                }
            }
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        String joined = String.join("/", parts);
        boolean folderLike = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..") || path.equals(".")
                || path.equals("..");
        return Optional.of(folderLike && !joined.isEmpty() ? joined + "/" : joined);
    }
}
