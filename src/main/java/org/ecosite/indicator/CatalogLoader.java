package org.ecosite.indicator;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.config.LocalText;
import org.ecosite.source.TextFile;
import org.ecosite.config.SiteLayout;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;

/**
 * Loads the built-in catalog (a resource of the program) and applies the site's
 * indicators.yaml on top: a new id adds an indicator, a known id overrides the fields it names.
 */
public final class CatalogLoader {

    public static final String SITE_FILE = SiteLayout.CATALOG;
    static final String BUILT_IN = "catalog.yaml";
    private static final String BUILT_IN_NAME = "(ecosite)/catalog.yaml";

    private static final List<String> KEYS = List.of("id", "name", "short", "unit", "type", "topic", "better",
            "standards", "at_most", "definition");
    private static final List<String> STANDARD_KEYS = List.of("name", "label", "value", "valid_from", "valid_to",
            "kind", "averaging");

    private CatalogLoader() {
    }

    public static Catalog load(Path siteDir, Problems problems) {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        read(builtInText(), BUILT_IN_NAME, byId, problems);
        Path site = siteDir.resolve(SITE_FILE);
        if (Files.isRegularFile(site)) {
            TextFile.read(site, SITE_FILE, problems).ifPresent(text -> read(text, SITE_FILE, byId, problems));
        }
        return new Catalog(byId);
    }

    /** The built-in catalog alone: for tools that have no site. */
    public static Catalog builtIn() {
        Problems problems = new Problems();
        Map<String, Indicator> byId = new LinkedHashMap<>();
        read(builtInText(), BUILT_IN_NAME, byId, problems);
        if (problems.hasErrors()) {
            throw new IllegalStateException("the built-in catalog is invalid: " + problems.sorted());
        }
        return new Catalog(byId);
    }

    private static String builtInText() {
        return TextFile.resource(CatalogLoader.class, BUILT_IN);
    }

    private static void read(String text, String file, Map<String, Indicator> byId, Problems problems) {
        Optional<YamlNode> tree = YamlLoader.load(text, file, 1, problems);
        if (tree.isEmpty()) {
            return;
        }
        if (!(tree.get() instanceof YamlNode.Sequence list)) {
            problems.error(file, tree.get().position(), "catalog.expected_list");
            return;
        }
        Map<String, Position> seenHere = new LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            MappingReader.of(item, "indicator", file, problems).ifPresent(entry -> {
                entry.warnUnknownKeys(KEYS);
                entry.text("id", true).ifPresent(id -> {
                    if (!id.matches("[a-z][a-z0-9_]*")) {
                        problems.error(file, entry.valuePositionOf("id"), "catalog.id_form", id);
                        return;
                    }
                    Position first = seenHere.putIfAbsent(id, entry.positionOf("id"));
                    if (first != null) {
                        problems.error(file, entry.positionOf("id"), "catalog.duplicate_id", id, first.line());
                        return;
                    }
                    entry(entry, id, Optional.ofNullable(byId.get(id))).ifPresent(ind -> byId.put(id, ind));
                });
            });
        }
    }

    /** Reads one entry; fields it leaves out keep the built-in values when {@code base} is present. */
    private static Optional<Indicator> entry(MappingReader entry, String id, Optional<Indicator> base) {
        String file = entry.file();
        Problems problems = entry.problems();
        boolean isNew = base.isEmpty();
        Optional<LocalText> name = entry.mapping().get("name")
                .flatMap(n -> LocalText.read(n, "name", file, problems)).or(() -> base.map(Indicator::name));
        if (name.isEmpty()) {
            problems.error(file, entry.position(), "field.required", "name");
        }
        Optional<LocalText> shortName = entry.mapping().get("short")
                .flatMap(n -> LocalText.read(n, "short", file, problems)).or(() -> base.flatMap(Indicator::shortName));
        Optional<IndicatorType> type = entry.scalar("type", isNew).flatMap(s -> {
            Optional<IndicatorType> t = IndicatorType.fromWord(s.text().strip());
            if (t.isEmpty()) {
                problems.error(file, s.position(), "catalog.type", s.text(), "number, percent, count, class, fraction");
            }
            return t;
        }).or(() -> base.map(Indicator::type));
        Optional<LocalText> unit = entry.mapping().get("unit")
                .filter(n -> !(n instanceof YamlNode.Scalar s && (s.isNull() || s.text().isBlank())))
                .flatMap(n -> LocalText.read(n, "unit", file, problems))
                .or(() -> base.map(Indicator::unit))
                .or(() -> type.map(t -> LocalText.of(t == IndicatorType.PERCENT ? "%" : "")));
        LocalText topic = entry.mapping().get("topic").flatMap(n -> LocalText.read(n, "topic", file, problems))
                .or(() -> base.map(Indicator::topic)).orElse(LocalText.of("其他"));
        Better better = entry.scalar("better", false).map(s -> Better.fromWord(s.text().strip()).orElseGet(() -> {
            problems.error(file, s.position(), "catalog.better", s.text());
            return Better.NEITHER;
        })).or(() -> base.map(Indicator::better)).orElse(Better.NEITHER);
        List<Standard> standards = entry.has("standards") ? standards(entry)
                : base.map(Indicator::standards).orElse(List.of());
        boolean atMostDays = entry.scalar("at_most", false).map(s -> {
            if (!s.text().strip().equals("period_days")) {
                problems.error(file, s.position(), "catalog.at_most", s.text());
            }
            return true;
        }).orElse(base.map(Indicator::atMostPeriodDays).orElse(false));
        Optional<LocalText> definition = entry.mapping().get("definition")
                .flatMap(n -> LocalText.read(n, "definition", file, problems))
                .or(() -> base.flatMap(Indicator::definition));
        if (name.isEmpty() || type.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(id, name.get(), shortName, unit.get(), type.get(), topic, better, standards,
                atMostDays, definition));
    }

    private static List<Standard> standards(MappingReader entry) {
        List<Standard> standards = new ArrayList<>();
        for (MappingReader s : entry.mappings("standards")) {
            s.warnUnknownKeys(STANDARD_KEYS);
            Optional<LocalText> name = s.mapping().get("name")
                    .flatMap(n -> LocalText.read(n, "name", s.file(), s.problems()));
            if (name.isEmpty() && !s.has("name")) {
                s.problems().error(s.file(), s.position(), "field.required", "name");
            }
            Optional<LocalText> label = s.mapping().get("label")
                    .flatMap(n -> LocalText.read(n, "label", s.file(), s.problems()));
            Optional<BigDecimal> value = s.number("value", true);
            Optional<LocalDate> from = s.date("valid_from", false);
            Optional<LocalDate> to = s.date("valid_to", false);
            String kind = s.text("kind", false).orElse("limit");
            if (!kind.equals("limit") && !kind.equals("guideline")) {
                s.problems().error(s.file(), s.valuePositionOf("kind"), "catalog.standard_kind", kind);
            }
            String averaging = s.text("averaging", false).orElse("any");
            if (!averaging.equals("any") && !averaging.equals("year")) {
                s.problems().error(s.file(), s.valuePositionOf("averaging"), "catalog.standard_averaging", averaging);
            }
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                s.problems().error(s.file(), s.valuePositionOf("valid_to"), "catalog.standard_dates", from.get(), to.get());
            }
            if (name.isPresent() && value.isPresent()) {
                standards.add(new Standard(name.get(), label, value.get(), from, to, kind, averaging.equals("year")));
            }
        }
        return standards;
    }
}
