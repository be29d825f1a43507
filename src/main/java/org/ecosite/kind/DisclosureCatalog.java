package org.ecosite.kind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.config.Language;
import org.ecosite.config.SiteLayout;
import org.ecosite.config.LocalText;
import org.ecosite.source.TextFile;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;

/**
 * The 主动公开目录 (catalogue of proactive disclosure) as the 2019 guide (环办厅函〔2019〕672号) asks a
 * county bureau to keep it: one row per 公开事项 with its content, basis, time limit, publisher,
 * channel, audience, manner and level. ecosite knows the rows of the kinds it publishes (a resource
 * beside this class); {@code catalog:} in site.yaml overrides their fields and adds rows for what the
 * bureau publishes elsewhere.
 */
public final class DisclosureCatalog {

    /** The fields of a row, in the order of the catalogue's columns. */
    public static final List<String> FIELDS = List.of("item", "content", "basis", "time_limit", "publisher",
            "channel", "audience", "manner", "level");
    private static final String SITE_FILE = SiteLayout.CONFIG;
    private static final String BUILT_IN_NAME = "(ecosite)/catalog.yaml";

    /** No rows of its own, no overrides: for callers that render a site without the catalogue. */
    public static final DisclosureCatalog NONE = new DisclosureCatalog(new EnumMap<>(Kind.class), List.of());

    /**
     * One row as published.
     *
     * @param kind the ecosite kind it describes, or empty for a row the site adds
     * @param href where the items are published, for a row the site adds, or empty
     */
    public record Row(Optional<Kind> kind, Map<String, String> fields, Optional<String> href) {
    }

    private final Map<Kind, Map<String, LocalText>> kinds;
    private final List<Map<String, LocalText>> extra;

    private DisclosureCatalog(Map<Kind, Map<String, LocalText>> kinds, List<Map<String, LocalText>> extra) {
        this.kinds = kinds;
        this.extra = extra;
    }

    public static DisclosureCatalog load(Path siteDir, Problems problems) {
        Map<Kind, Map<String, LocalText>> kinds = new EnumMap<>(Kind.class);
        YamlLoader.load(TextFile.resource(DisclosureCatalog.class, "catalog.yaml"), BUILT_IN_NAME, 1, problems)
                .flatMap(tree -> MappingReader.of(tree, "catalog", BUILT_IN_NAME, problems))
                .ifPresent(m -> readKinds(m, kinds));
        List<Map<String, LocalText>> extra = new ArrayList<>();
        Path site = siteDir.resolve(SITE_FILE);
        if (Files.isRegularFile(site)) {
            // site.yaml was read and checked as a whole already; only its catalog section is read here.
            TextFile.read(site, SITE_FILE, new Problems())
                    .flatMap(text -> YamlLoader.load(text, SITE_FILE, 1, new Problems()))
                    .flatMap(tree -> MappingReader.of(tree, SITE_FILE, SITE_FILE, new Problems()))
                    .flatMap(m -> m.child("catalog"))
                    .ifPresent(m -> {
                        MappingReader own = new MappingReader(m.mapping(), SITE_FILE, problems);
                        List<String> keys = new ArrayList<>(Kind.words());
                        keys.add("rows");
                        own.warnUnknownKeys(keys);
                        readKinds(own, kinds);
                        for (MappingReader row : own.mappings("rows")) {
                            fields(row, true).ifPresent(extra::add);
                        }
                    });
        }
        return new DisclosureCatalog(kinds, extra);
    }

    private static void readKinds(MappingReader m, Map<Kind, Map<String, LocalText>> kinds) {
        for (Kind kind : Kind.values()) {
            m.child(kind.word()).flatMap(k -> fields(k, false))
                    .ifPresent(f -> kinds.computeIfAbsent(kind, x -> new LinkedHashMap<>()).putAll(f));
        }
    }

    /** @param whole true for a row of its own, which must name its 公开事项 */
    private static Optional<Map<String, LocalText>> fields(MappingReader m, boolean whole) {
        List<String> known = new ArrayList<>(FIELDS);
        if (whole) {
            known.add("href");
        }
        m.warnUnknownKeys(known);
        Map<String, LocalText> fields = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.mapping().entries()) {
            String key = e.key().text();
            if (known.contains(key)) {
                LocalText.read(e.value(), key, m.file(), m.problems()).ifPresent(t -> fields.put(key, t));
            }
        }
        Optional.ofNullable(fields.get("href")).map(LocalText::zh).filter(h -> !h.matches("(?i)(https?://|/)\\S+"))
                .ifPresent(h -> {
                    m.problems().error(m.file(), m.valuePositionOf("href"), "catalog.href", h);
                    fields.remove("href");
                });
        if (whole && !fields.containsKey("item")) {
            m.problems().error(m.file(), m.position(), "field.required", "item");
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    /**
     * The rows of a site: one per kind it publishes, in the order of {@link Kind}, then its own.
     *
     * @param publisher the 公开主体 where a row names none: the site's organisation
     */
    public List<Row> rows(Language language, List<Kind> published, String publisher) {
        List<Row> rows = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (published.contains(kind)) {
                rows.add(new Row(Optional.of(kind), texts(kinds.getOrDefault(kind, Map.of()), language, publisher),
                        Optional.empty()));
            }
        }
        for (Map<String, LocalText> row : extra) {
            rows.add(new Row(Optional.empty(), texts(row, language, publisher),
                    Optional.ofNullable(row.get("href")).map(t -> t.get(language))));
        }
        return rows;
    }

    private static Map<String, String> texts(Map<String, LocalText> fields, Language language, String publisher) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String f : FIELDS) {
            texts.put(f, Optional.ofNullable(fields.get(f)).map(t -> t.get(language))
                    .orElse(f.equals("publisher") ? publisher : ""));
        }
        return texts;
    }
}
