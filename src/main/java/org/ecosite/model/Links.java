package org.ecosite.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecosite.check.Problems;
import org.ecosite.check.Suggestions;
import org.ecosite.config.UrlSchemes;
import org.ecosite.markdown.Heading;
import org.ecosite.markdown.LinkUse;
import org.ecosite.markdown.Markdown;

/**
 * Checks and resolves the links and images of one body. A link to another report names its
 * source file ({@code ../2023/b.md#一、总体情况}) and becomes that report's URL; a root path
 * ({@code /img/a.png}) gets the base path in front; web links stay as they are. A link that
 * would leave the site, or uses a scheme that runs code ({@code javascript:}), is an error.
 */
public final class Links {

    /** Routes of files and pages the build writes after links are checked. */
    private static final List<String> GENERATED = List.of("assets/", "data/", "indicators/", "search/", "feed.xml",
            "sitemap.xml", "robots.txt", "404.html");

    private final String basePath;
    private final Routes routes;
    private final Map<String, List<Heading>> headings;
    private final Set<String> drafts;
    private final Set<String> unreadable;

    /**
     * @param headings the headings of every published body, by its path inside content/
     * @param drafts     paths inside content/ of reports left out because they are drafts
     * @param unreadable paths inside content/ of files that could not be read: their own error says enough
     */
    public Links(String basePath, Routes routes, Map<String, List<Heading>> headings, Set<String> drafts,
                 Set<String> unreadable) {
        this.basePath = basePath;
        this.routes = routes;
        this.headings = Map.copyOf(headings);
        this.drafts = Set.copyOf(drafts);
        this.unreadable = Set.copyOf(unreadable);
    }

    /**
     * Resolves every destination of a body; problems go to {@code problems}.
     *
     * @param file        the body's file, as problems name it
     * @param contentPath the body's path inside content/
     * @return the URL for each destination as written
     */
    public Map<String, String> resolve(String file, String contentPath, List<LinkUse> uses, Problems problems) {
        Map<String, String> urls = new HashMap<>();
        String folder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
        // Every use is checked, not each address once: an editor fixes all three uses of a bad address in one go.
        for (LinkUse use : uses) {
            urls.putIfAbsent(use.destination(), one(file, contentPath, folder, use, problems));
        }
        return urls;
    }

    private String one(String file, String contentPath, String folder, LinkUse use, Problems problems) {
        String dest = use.destination().strip();
        if (dest.isEmpty()) {
            problems.warning(file, use.position(), "link.empty");
            return "#";
        }
        Optional<String> scheme = UrlSchemes.scheme(dest);
        if (scheme.isPresent()) {
            Optional<String> forbidden = UrlSchemes.forbidden(dest);
            if (forbidden.isPresent()) {
                problems.error(file, use.position(), "link.scheme", dest, forbidden.get());
                return "#";
            }
            return dest;
        }
        // Browsers read a backslash in the path of a web address as a slash: "/\host" is "//host" to them.
        int pathEnd = firstOf(dest, "?#");
        dest = dest.substring(0, pathEnd).replace('\\', '/') + dest.substring(pathEnd);
        if (dest.startsWith("//")) {
            // Another host, whatever the scheme of the page: a link like any https link (printed with its address).
            return "https:" + dest;
        }
        int hash = dest.indexOf('#');
        String path = hash < 0 ? dest : dest.substring(0, hash);
        Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(decode(dest.substring(hash + 1)));
        int query = path.indexOf('?');
        String suffix = query < 0 ? "" : path.substring(query);
        path = decode(query < 0 ? path : path.substring(0, query));
        if (path.isEmpty()) {
            return anchor.map(a -> "#" + anchorIn(file, contentPath, a, use, problems)).orElse("#");
        }
        boolean fromRoot = path.startsWith("/");
        Optional<String> target = Urls.resolve(fromRoot ? "" : folder, path);
        if (target.isEmpty()) {
            problems.error(file, use.position(), "link.outside", dest);
            return "#";
        }
        String resolved = target.get();
        if (resolved.endsWith(".md")) {
            return report(file, resolved, anchor, use, problems);
        }
        boolean found = fromRoot
                ? routes.hasFile(resolved) || routes.hasPage(resolved) || routes.hasPage(resolved + "/")
                : routes.hasFile(resolved) || routes.section(stripSlash(resolved)).isPresent();
        if (!found) {
            missing(file, folder, fromRoot, resolved, use, problems);
        }
        String section = routes.section(stripSlash(resolved)).orElse(null);
        String route = section != null ? section : resolved;
        return Urls.href(basePath, route) + suffix + anchor.map(a -> "#" + a).orElse("");
    }

    /**
     * A file of static/ or content/ that is not there is an error: the reader would meet a broken image or
     * link. The nearest names are offered as the editor would write them. What the build writes itself
     * (indicator pages, open data, the theme's assets, the feed) is not known yet here, so a link into those
     * stays a warning.
     */
    private void missing(String file, String folder, boolean fromRoot, String resolved, LinkUse use,
                         Problems problems) {
        String key = use.image() ? "link.missing_image" : "link.missing_file";
        if (GENERATED.stream().anyMatch(resolved::startsWith)) {
            problems.warning(file, use.position(), key, use.destination());
            return;
        }
        List<String> near = Suggestions.nearest(resolved, routes.files(), 1).stream()
                .map(route -> !fromRoot && !folder.isEmpty() && route.startsWith(folder + "/")
                        ? route.substring(folder.length() + 1) : "/" + route)
                .toList();
        if (near.isEmpty()) {
            problems.error(file, use.position(), key, use.destination());
        } else {
            problems.error(file, use.position(), key + "_near", use.destination(), near.get(0));
        }
    }

    private String report(String file, String contentPath, Optional<String> anchor, LinkUse use, Problems problems) {
        Optional<String> route = routes.report(contentPath);
        if (route.isEmpty()) {
            if (unreadable.contains(contentPath)) {
                return "#";
            }
            if (drafts.contains(contentPath)) {
                problems.error(file, use.position(), "link.draft", use.destination());
            } else {
                problems.error(file, use.position(), "link.missing_report", use.destination());
            }
            return "#";
        }
        String id = anchor.map(a -> anchorIn(file, contentPath, a, use, problems)).orElse(null);
        return Urls.href(basePath, route.get()) + (id == null ? "" : "#" + id);
    }

    /** Matches an anchor the way heading ids are made, so {@code #一、总体情况} finds 一、总体情况. */
    private String anchorIn(String file, String contentPath, String anchor, LinkUse use, Problems problems) {
        List<Heading> targets = headings.getOrDefault(contentPath, List.of());
        for (Heading h : targets) {
            if (h.id().equals(anchor)) {
                return anchor;
            }
        }
        String id = Markdown.anchorId(anchor);
        for (Heading h : targets) {
            if (h.id().equals(id)) {
                return id;
            }
        }
        if (targets.isEmpty()) {
            problems.warning(file, use.position(), "link.missing_anchor", anchor);
        } else {
            // The headings as written, so the editor can copy the right one.
            problems.warning(file, use.position(), "link.missing_anchor_in", anchor,
                    String.join(" / ", targets.stream().map(Heading::text).toList()));
        }
        return id;
    }

    /** Where the first of {@code chars} is in {@code text}; its length when none is. */
    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String stripSlash(String route) {
        return route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }

    /** Editors may write {@code a%20b.md}; a '+' stays a plus sign in a path. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
