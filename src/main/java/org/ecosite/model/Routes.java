package org.ecosite.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.content.Document;
import org.ecosite.content.Resource;
import org.ecosite.source.FileNames;

/**
 * Where every page and file of the site lands. {@code content/reports/2024/a.md} is published
 * at {@code reports/2024/a/}; a {@code slug} replaces the last part. Folders holding reports
 * become section lists, regions get {@code regions/<name>/}. Two things that would land on
 * the same route are reported, never silently overwritten.
 */
public final class Routes {

    public static final String REGIONS = "regions/";
    public static final String TOPICS = "topics/";
    public static final String YEARS = "years/";
    public static final String SEARCH = "search/";
    /** The 主动公开目录: one row per kind of item the site publishes. */
    public static final String CATALOG = "catalog/";
    /** The folder of a list's further pages: {@code reports/page/2/}. */
    public static final String PAGE = "page";
    /** Top-level names the generator writes itself; content may not use them. */
    static final Set<String> RESERVED = Set.of("regions", "topics", "years", "indicators", "data", "search", "catalog", "assets",
            "404.html", "sitemap.xml", "robots.txt", "feed.xml");

    /**
     * Names the generator writes inside every list's folder ({@code reports/index.html}, {@code reports/page/2/}):
     * no report, region or topic may be published under them.
     */
    static final Set<String> RESERVED_IN_FOLDER = new TreeSet<>(List.of("index.html", PAGE));

    private final Map<String, String> reports;
    private final Set<String> reportPages;
    private final Map<String, String> sections;
    private final Map<String, String> regions;
    private final Map<String, String> topics;
    private final Set<String> years;
    private final Set<String> files;

    private Routes(Map<String, String> reports, Map<String, String> sections, Map<String, String> regions,
                   Map<String, String> topics, Set<String> years, Set<String> files) {
        this.reports = Map.copyOf(reports);
        this.reportPages = Set.copyOf(reports.values());
        this.sections = Map.copyOf(sections);
        this.regions = Map.copyOf(regions);
        this.topics = Map.copyOf(topics);
        this.years = Set.copyOf(years);
        this.files = Set.copyOf(files);
    }

    /** Computes all routes and reports collisions, duplicate 索引号 and reserved names. */
    public static Routes of(List<Document> documents, List<Resource> resources, Problems problems) {
        Map<String, String> reports = new LinkedHashMap<>();
        Map<String, Document> byRoute = new HashMap<>();
        Map<String, Document> byIndexNo = new HashMap<>();
        Map<String, String> sections = new TreeMap<>();
        Map<String, String> regions = new TreeMap<>();
        Set<String> regionSlugs = new TreeSet<>();
        Map<String, String> topics = new TreeMap<>();
        Set<String> topicSlugs = new TreeSet<>();
        Set<String> years = new TreeSet<>();
        // The earlier report keeps a contested slug or 索引号: the later one is the one in error.
        List<Document> byDate = documents.stream()
                .sorted(java.util.Comparator.comparing((Document d) -> d.frontMatter().date())
                        .thenComparing(d -> d.source().route()))
                .toList();
        for (Document doc : byDate) {
            String folder = doc.source().folder();
            String name = doc.frontMatter().slug().orElse(doc.source().baseName());
            String route = (folder.isEmpty() ? "" : folder + "/") + name + "/";
            String file = doc.source().display();
            String top = route.substring(0, route.indexOf('/'));
            if (RESERVED.contains(top)) {
                problems.error(file, Position.START, "route.reserved", top);
            }
            String own = route.substring(folder.isEmpty() ? 0 : folder.length() + 1, route.length() - 1);
            if (own.equals("index.html")) {
                problems.error(file, doc.frontMatter().slug().isPresent() ? doc.frontMatter().positionOf("slug")
                        : Position.START, "route.reserved_name", own);
            }
            if (Set.of(route.split("/")).contains(PAGE)) {
                problems.error(file, doc.frontMatter().slug().isPresent() ? doc.frontMatter().positionOf("slug")
                        : Position.START, "route.reserved_page", route);
            }
            Document other = byRoute.putIfAbsent(route, doc);
            if (other != null) {
                problems.error(file, doc.frontMatter().slug().isPresent()
                        ? doc.frontMatter().positionOf("slug") : Position.START,
                        "route.duplicate", route, other.source().display());
            }
            doc.frontMatter().indexNo().ifPresent(no -> {
                Document same = byIndexNo.putIfAbsent(no, doc);
                if (same != null) {
                    problems.error(file, doc.frontMatter().positionOf("index_no"), "index_no.duplicate", no,
                            same.source().display());
                }
            });
            reports.put(doc.source().route(), route);
            for (String f = folder; !f.isEmpty(); f = parent(f)) {
                sections.put(f, f + "/");
            }
            String region = doc.frontMatter().region();
            if (!regions.containsKey(region) && publishable(region, "region", doc, problems)) {
                regions.put(region, REGIONS + uniqueSlug(regionSlug(region), regionSlugs) + "/");
            }
            years.add(year(doc.frontMatter().date().getYear()));
            for (String topic : doc.frontMatter().topics()) {
                if (!topics.containsKey(topic) && publishable(topic, "topics", doc, problems)) {
                    topics.put(topic, TOPICS + uniqueSlug(regionSlug(topic), topicSlugs) + "/");
                }
            }
        }
        Set<String> pages = new TreeSet<>(reports.values());
        for (String section : sections.values()) {
            if (pages.contains(section)) {
                Document doc = byRoute.get(section);
                problems.error(doc.source().display(), Position.START, "route.section_clash", section);
            }
        }
        Set<String> files = new TreeSet<>();
        for (Resource r : resources) {
            files.add(r.route());
            String parent = r.route().contains("/") ? r.route().substring(0, r.route().lastIndexOf('/') + 1) : "";
            if (r.route().endsWith("/index.html") && (pages.contains(parent) || sections.containsValue(parent))) {
                problems.error(r.route(), Position.START, "route.file_clash", r.route());
            }
        }
        return new Routes(reports, sections, regions, topics, years, files);
    }

    /**
     * True when a region's or topic's name can name its list's folder: not a name the generator writes
     * itself, and not longer than a file system allows. Each report naming it is told.
     */
    private static boolean publishable(String name, String key, Document doc, Problems problems) {
        String slug = regionSlug(name);
        if (RESERVED_IN_FOLDER.contains(slug)) {
            problems.error(doc.source().display(), doc.frontMatter().positionOf(key), "route.reserved_name", slug);
            return false;
        }
        if (!FileNames.fits(slug)) {
            problems.error(doc.source().display(), doc.frontMatter().positionOf(key), "name.too_long", key,
                    FileNames.bytes(slug), FileNames.MAX_BYTES);
            return false;
        }
        return true;
    }

    /** The folder above a folder inside content/: {@code reports} for {@code reports/2024}; "" at the top. */
    public static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    /** A region's or topic's name as a path segment: Chinese kept, separators and spaces made dashes. */
    static String regionSlug(String region) {
        String slug = region.strip().replaceAll("[\\s/\\\\?#%*:|\"<>]+", "-").replaceAll("^[.-]+", "");
        return slug.isEmpty() ? "region" : slug;
    }

    private static String uniqueSlug(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    /** The route of a report, by its path inside content/ ({@code reports/2024/a.md}). */
    public Optional<String> report(String contentPath) {
        return Optional.ofNullable(reports.get(contentPath));
    }

    /** The route of a section list, by its folder inside content/. */
    public Optional<String> section(String folder) {
        return Optional.ofNullable(sections.get(folder));
    }

    public Map<String, String> sections() {
        return sections;
    }

    public String region(String name) {
        return regions.get(name);
    }

    public Map<String, String> regions() {
        return regions;
    }

    public String topic(String name) {
        return topics.get(name);
    }

    public Map<String, String> topics() {
        return topics;
    }

    /** The list of the reports published in a year (by 发布日期). */
    public static String year(int year) {
        return YEARS + year + "/";
    }

    /** The route of page {@code number} (from 1) of a list: the list itself, then {@code page/2/}, … */
    public static String page(String listRoute, int number) {
        return number <= 1 ? listRoute : listRoute + PAGE + "/" + number + "/";
    }

    /** The routes of every file (static or beside the reports). */
    public Set<String> files() {
        return files;
    }

    /** True when a file (static or beside the reports) is published at this route. */
    public boolean hasFile(String route) {
        return files.contains(route);
    }

    /** True when a page (report, section, region, home) is published at this route. */
    public boolean hasPage(String route) {
        return route.isEmpty() || reportPages.contains(route) || sections.containsValue(route)
                || regions.containsValue(route) || topics.containsValue(route) || route.equals(REGIONS)
                || route.equals(TOPICS) || route.equals(YEARS) || route.equals(SEARCH) || route.equals(CATALOG)
                || years.contains(route);
    }
}
