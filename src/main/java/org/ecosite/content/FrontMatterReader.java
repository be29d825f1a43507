package org.ecosite.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.ObservationReader;
import org.ecosite.indicator.Period;
import org.ecosite.kind.Kind;
import org.ecosite.kind.KindFields;
import org.ecosite.kind.KindReader;
import org.ecosite.prose.Withheld;
import org.ecosite.source.FileNames;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;

/** Reads the front matter of reports and {@code _index.md} files as the content model defines it. */
public final class FrontMatterReader {

    static final List<String> INDEX_KEYS = List.of("title", "summary");
    private static final List<String> CORRECTION_KEYS = List.of("date", "note");
    private static final List<String> EDITOR_NOTE_KEYS = List.of("text", "note");
    /** A slug is one path segment of letters, digits, '.', '-' and '_'; Chinese letters are letters. */
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private final ObservationReader observations;

    public FrontMatterReader(Catalog catalog) {
        this.observations = new ObservationReader(catalog);
    }

    public Optional<Document> readReport(SourceFile source, Problems problems) {
        Optional<FrontMatterSplit> split = FrontMatterSplit.of(source, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        if (!split.get().hasFrontMatter()) {
            problems.error(source.display(), Position.START, "frontmatter.missing");
            return Optional.empty();
        }
        String file = source.display();
        Optional<YamlLoader.Loaded> loaded = YamlLoader.read(split.get().yaml(), file, split.get().yamlLine(),
                problems);
        if (loaded.isEmpty()) {
            if (split.get().yaml().isBlank()) {
                problems.error(file, Position.START, "frontmatter.empty");
            }
            return Optional.empty();
        }
        Unconfirmed.check(split.get().yaml(), split.get().yamlLine(), loaded.get(), file, problems);
        return MappingReader.of(loaded.get().tree(), "front matter", file, problems)
                .flatMap(fm -> report(fm, source))
                .map(fm -> new Document(source, fm, split.get().body(), split.get().bodyLine(),
                        loaded.get().values()));
    }

    public Optional<IndexPage> readIndex(SourceFile source, Problems problems) {
        Optional<FrontMatterSplit> split = FrontMatterSplit.of(source, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> title = Optional.empty();
        Optional<String> summary = Optional.empty();
        if (split.get().hasFrontMatter()) {
            Optional<MappingReader> reader = YamlLoader.load(split.get().yaml(), source.display(),
                    split.get().yamlLine(), problems)
                    .flatMap(tree -> MappingReader.of(tree, "front matter", source.display(), problems));
            if (reader.isPresent()) {
                reader.get().warnUnknownKeys(INDEX_KEYS);
                title = reader.get().text("title", false);
                summary = reader.get().text("summary", false);
            }
        }
        return Optional.of(new IndexPage(source, source.folder(), title, summary, split.get().body(),
                split.get().bodyLine()));
    }

    private Optional<FrontMatter> report(MappingReader fm, SourceFile source) {
        String file = fm.file();
        Problems problems = fm.problems();
        Optional<Kind> kind = KindReader.kind(fm);
        fm.warnUnknownKeys(kind.orElse(Kind.REPORT).keys());
        Optional<String> title = fm.text("title", true);
        Optional<LocalDate> date = fm.date("date", true);
        Optional<KindFields> fields = kind.flatMap(k -> KindReader.read(k, fm, date, source.path().getParent(),
                source.folder()));
        Optional<LocalDate> updated = fm.date("updated", false);
        Optional<String> region = fm.text("region", true);
        // Only reports carry figures: another kind's period or indicators is an unknown key, warned above.
        boolean report = kind.orElse(Kind.REPORT) == Kind.REPORT;
        Optional<Period> period = !report ? Optional.empty() : fm.scalar("period", false).flatMap(s -> {
            Optional<Period> p = Period.parse(s.text());
            if (p.isEmpty()) {
                problems.error(file, s.position(), "period.invalid", s.text());
            }
            return p;
        });
        if (date.isPresent() && updated.isPresent() && updated.get().isBefore(date.get())) {
            problems.error(file, fm.valuePositionOf("updated"), "frontmatter.updated_before_date", updated.get(),
                    date.get());
        }
        Optional<String> slug = fm.text("slug", false).filter(s -> validSlug(s, fm));
        List<Observation> figures = report ? observations.readAll(fm.mappings("indicators"), period) : List.of();
        List<Correction> corrections = corrections(fm, date);
        boolean draft = fm.bool("draft").orElse(false);
        Map<String, Position> positions = new HashMap<>();
        for (YamlNode.Entry entry : fm.mapping().entries()) {
            positions.put(entry.key().text(), entry.value().position());
        }
        if (title.isEmpty() || date.isEmpty() || region.isEmpty() || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(title.get(), date.get(), updated, fm.text("organization", false),
                region.get(), period, fm.text("index_no", false), fm.text("doc_no", false), fm.texts("topics"),
                fm.text("summary", false), draft, slug, figures, corrections, positions, withheld(fm),
                editorNotes(fm), fields.get()));
    }

    /** The placeholders the source withholds: each entry must be one, or it would acknowledge nothing. */
    private static Withheld withheld(MappingReader fm) {
        List<Withheld.Entry> entries = new ArrayList<>();
        Optional<YamlNode> node = fm.mapping().get("withheld");
        List<YamlNode> items = node.map(n -> n instanceof YamlNode.Sequence seq ? seq.items() : List.of(n))
                .orElse(List.of());
        if (node.isPresent() && !(node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            fm.texts("withheld");  // reports a list that is no list of texts
        }
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                continue;
            }
            Optional<Withheld.Entry> entry = Withheld.entry(scalar.text());
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else {
                fm.problems().error(fm.file(), item.position(), "withheld.not_placeholder", scalar.text().strip());
            }
        }
        return new Withheld(entries);
    }

    private static List<EditorNote> editorNotes(MappingReader fm) {
        List<EditorNote> notes = new ArrayList<>();
        for (MappingReader n : fm.mappings("editor_notes")) {
            n.warnUnknownKeys(EDITOR_NOTE_KEYS);
            Optional<String> text = n.text("text", true);
            Optional<String> note = n.text("note", true);
            if (text.isPresent() && note.isPresent()) {
                notes.add(new EditorNote(text.get(), note.get(), n.valuePositionOf("text")));
            }
        }
        return notes;
    }

    private static boolean validSlug(String slug, MappingReader fm) {
        if (slug.contains("/") || slug.contains("\\") || slug.contains("..")) {
            fm.problems().error(fm.file(), fm.valuePositionOf("slug"), "slug.outside", slug);
            return false;
        }
        if (!SLUG.matcher(slug).matches()) {
            fm.problems().error(fm.file(), fm.valuePositionOf("slug"), "slug.invalid", slug);
            return false;
        }
        if (!FileNames.fits(slug)) {
            fm.problems().error(fm.file(), fm.valuePositionOf("slug"), "name.too_long", "slug", FileNames.bytes(slug),
                    FileNames.MAX_BYTES);
            return false;
        }
        return true;
    }

    private static List<Correction> corrections(MappingReader fm, Optional<LocalDate> published) {
        List<Correction> list = new ArrayList<>();
        for (MappingReader c : fm.mappings("corrections")) {
            c.warnUnknownKeys(CORRECTION_KEYS);
            Optional<LocalDate> date = c.date("date", true);
            Optional<String> note = c.text("note", true);
            if (date.isPresent() && published.isPresent() && date.get().isBefore(published.get())) {
                c.problems().error(c.file(), c.valuePositionOf("date"), "frontmatter.correction_before_date",
                        date.get(), published.get());
            }
            if (date.isPresent() && note.isPresent()) {
                list.add(new Correction(date.get(), note.get()));
            }
        }
        list.sort(java.util.Comparator.comparing(Correction::date));
        return list;
    }
}
