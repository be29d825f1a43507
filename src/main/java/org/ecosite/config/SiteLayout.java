package org.ecosite.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where everything of a site is: every input a build reads (in the site folder) and every file it
 * writes (as paths inside the output folder). The up-to-date check, the preview's watcher, the
 * commands, the renderer and the sitemap all ask here, so a new kind of input or output is named
 * once and none of them can miss it.
 *
 * @param root     the site folder
 * @param cacheDir where rendered charts and build manifests are kept between builds
 */
public record SiteLayout(Path root, Path cacheDir) {

    /** The site's settings. */
    public static final String CONFIG = "site.yaml";
    /** The site's own indicators, on top of the built-in catalog. */
    public static final String CATALOG = "indicators.yaml";
    /** Reports, index pages and the files they link to. */
    public static final String CONTENT = "content";
    /** The site's additions to the built-in holiday calendar (working-day deadlines). */
    public static final String HOLIDAYS = "holidays.yaml";
    /** Files copied to the output as they are. */
    public static final String STATIC = "static";
    /** The site's own themes, one folder each. */
    public static final String THEMES = "themes";
    /** Font files, e.g. the one {@code charts.font} names. */
    public static final String FONTS = "fonts";
    /** Figures kept in data files beside the reports. */
    public static final String DATA = "data";
    /** The cache folder when neither {@code --cache-dir} nor {@code cache_dir} names another. */
    public static final String CACHE = ".ecosite-cache";

    /** The files of the site folder a build reads. */
    public static final List<String> INPUT_FILES = List.of(CONFIG, CATALOG, HOLIDAYS);
    /** The folders of the site folder a build reads, with everything below them. */
    public static final List<String> INPUT_FOLDERS = List.of(CONTENT, STATIC, THEMES, FONTS, DATA);

    /** The file every page folder holds. */
    public static final String PAGE = "index.html";

    /** A site with its cache in the default place. */
    public static SiteLayout of(Path root) {
        return new SiteLayout(root, root.resolve(CACHE));
    }

    /**
     * The layout a build uses: the cache in {@code --cache-dir} when given, else where site.yaml's
     * {@code cache_dir} says, else in the site folder.
     *
     * @param given the command line's cache folder (relative to the working folder unless absolute)
     */
    public static SiteLayout of(Path root, Optional<Path> given, Optional<SiteConfig> config) {
        return given.map(dir -> new SiteLayout(root, dir.toAbsolutePath().normalize()))
                .or(() -> config.flatMap(SiteConfig::cacheDir).map(dir -> new SiteLayout(root, root.resolve(dir))))
                .orElseGet(() -> of(root));
    }

    /**
     * True when {@code path} (relative to the site folder unless absolute) is, or is inside, a file
     * or folder a build reads: a cache there would be published or make every build look changed.
     */
    public static boolean isInsideInputs(Path path) {
        Path relative = path.normalize();
        return !relative.isAbsolute() && !relative.toString().isEmpty() && isInput(relative, Optional.empty());
    }

    /** {@link #isInsideInputs(Path)} for a folder given from outside, e.g. on the command line. */
    public boolean holdsAsInput(Path folder) {
        Path site = root.toAbsolutePath().normalize();
        Path dir = folder.toAbsolutePath().normalize();
        return dir.startsWith(site) && isInsideInputs(site.relativize(dir));
    }

    public Path config() {
        return root.resolve(CONFIG);
    }

    public Path catalog() {
        return root.resolve(CATALOG);
    }

    public Path content() {
        return root.resolve(CONTENT);
    }

    public Path statics() {
        return root.resolve(STATIC);
    }

    /** The site's own copy of theme {@code name}, which wins over the built-in one when present. */
    public Path theme(String name) {
        return root.resolve(THEMES).resolve(name);
    }

    /** How problems name the site's own theme folder. */
    public static String themeDisplay(String name) {
        return THEMES + "/" + name;
    }

    /** The chart font site.yaml names, if it names one. */
    public Optional<Path> chartFont(SiteConfig config) {
        return config.charts().font().map(root::resolve);
    }

    /** Rendered charts kept between builds. */
    public Path chartCache() {
        return cacheDir.resolve("charts");
    }

    /** What each build left (one manifest per output folder), for the up-to-date check. */
    public Path builds() {
        return cacheDir.resolve("builds");
    }

    /**
     * Everything a build of this site reads, as paths to walk: the files and folders above, and the
     * chart font wherever site.yaml puts it.
     */
    public List<Path> inputs(Optional<SiteConfig> config) {
        List<Path> inputs = new ArrayList<>();
        INPUT_FILES.forEach(name -> inputs.add(root.resolve(name)));
        INPUT_FOLDERS.forEach(name -> inputs.add(root.resolve(name)));
        config.flatMap(this::chartFont).filter(font -> inputs.stream().noneMatch(font::startsWith))
                .ifPresent(inputs::add);
        return inputs;
    }

    /**
     * True when a path relative to the site folder is (or is in) something a build reads.
     *
     * @param chartFont the chart font's path relative to the site folder, as site.yaml names it
     */
    public static boolean isInput(Path relative, Optional<String> chartFont) {
        if (relative.getNameCount() == 0) {
            return false;
        }
        String first = relative.getName(0).toString();
        if (INPUT_FOLDERS.contains(first)) {
            return true;
        }
        if (relative.getNameCount() == 1 && INPUT_FILES.contains(first)) {
            return true;
        }
        return chartFont.map(f -> relative.normalize().equals(Path.of(f).normalize())).orElse(false);
    }

    // --- what a build writes, as paths inside the output folder ------------------------------

    /** The file of the page at {@code route} ("" the home page, "reports/2024/a/" a report). */
    public static String page(String route) {
        return route.isEmpty() || route.endsWith("/") ? route + PAGE : route;
    }

    /** The route of the page whose file is {@code path}, when it is a page's {@code index.html}. */
    public static Optional<String> pageRoute(String path) {
        return path.equals(PAGE) || path.endsWith("/" + PAGE)
                ? Optional.of(path.substring(0, path.length() - PAGE.length())) : Optional.empty();
    }

    /** A chart's file, beside the page that shows it; {@code format} is "svg" or "png". */
    public static String chart(String route, String chartId, String format) {
        return route + chartId + "." + format;
    }

    /** The site's figures as one file; {@code format} is "csv" or "json". */
    public static String siteData(String format) {
        return "data/indicators." + format;
    }

    /** A report's figures, beside its page. */
    public static String reportData(String route, String format) {
        return route + "indicators." + format;
    }

    /** An indicator's figures, beside its page. */
    public static String indicatorData(String route, String indicatorId, String format) {
        return route + indicatorId + "." + format;
    }
}
