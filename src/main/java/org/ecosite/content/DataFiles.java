package org.ecosite.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteLayout;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.ObservationReader;
import org.ecosite.kind.PersonalData;
import org.ecosite.source.TextFile;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlNode;

/**
 * Figures kept in data files: {@code data/*.csv} in long format, one figure a row, with the header
 * {@code region,period,indicator,value} and optionally {@code status,location,source,note}. Comment
 * lines before the header name the file's {@code title} and its 发布日期 {@code date}. Every row is
 * checked exactly as an indicator in front matter is (each cell turned into the value the indicator
 * reader knows, at its line and column), so data files feed the same catalog checks, indicator pages,
 * charts and open data as reports. Each file is published as it is under {@code data/sources/}.
 */
public final class DataFiles {

    /** Where a data file is published, as the figures' source. */
    public static final String SOURCES = "data/sources/";
    static final List<String> REQUIRED = List.of("region", "period", "indicator", "value");
    static final List<String> OPTIONAL = List.of("status", "location", "source", "note");

    private DataFiles() {
    }

    /**
     * A data file's figures of one region, as a document (title, date, region) with its observations,
     * and where the file is published.
     */
    public record Read(List<Document> documents, List<Resource> resources) {
    }

    public static Read read(Path siteDir, Catalog catalog, Problems problems) {
        Path folder = siteDir.resolve(SiteLayout.DATA);
        List<Document> documents = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Read(documents, resources);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p))
                    .filter(p -> !ContentLoader.isIgnored(folder.relativize(p))).sorted().toList();
        } catch (IOException e) {
            problems.error(SiteLayout.DATA, Position.START, "file.unreadable", String.valueOf(e.getMessage()));
            return new Read(documents, resources);
        }
        ObservationReader reader = new ObservationReader(catalog);
        for (Path file : files) {
            String name = file.getFileName().toString();
            String display = SiteLayout.DATA + "/" + name;
            TextFile.read(file, display, problems).ifPresent(text -> {
                List<Document> own = file(text, display, name, file, reader, problems);
                documents.addAll(own);
                if (!own.isEmpty()) {
                    resources.add(new Resource(file, SOURCES + name));
                }
            });
        }
        return new Read(documents, resources);
    }

    private static List<Document> file(String text, String display, String name, Path path, ObservationReader reader,
                                       Problems problems) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Map<String, List<YamlNode.Mapping>> byRegion = new LinkedHashMap<>();
        Optional<String> title = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            String comment = Optional.ofNullable(parser.getHeaderComment()).orElse("");
            int line = 1;
            for (String c : comment.split("\n")) {
                String[] kv = c.split("[:：]", 2);
                if (kv.length == 2 && kv[0].strip().equals("title")) {
                    title = Optional.of(kv[1].strip()).filter(t -> !t.isEmpty());
                } else if (kv.length == 2 && kv[0].strip().equals("date")) {
                    try {
                        date = Optional.of(LocalDate.parse(kv[1].strip()));
                    } catch (DateTimeParseException e) {
                        problems.error(display, new Position(line, 1), "field.date", "date", kv[1].strip());
                    }
                }
                line++;
            }
            List<String> header = parser.getHeaderNames();
            int headerLine = comment.isEmpty() ? 1 : line;
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    problems.error(display, new Position(headerLine, 1), "data.column_missing", column,
                            String.join(",", REQUIRED));
                }
            }
            for (String column : header) {
                if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                    problems.warning(display, new Position(headerLine, 1), "data.column_unknown", column,
                            String.join(",", OPTIONAL));
                }
            }
            if (!header.containsAll(REQUIRED)) {
                return List.of();
            }
            for (CSVRecord record : parser) {
                int row = lineOf(body, record.getCharacterPosition());
                Map<String, Integer> columns = columns(body, record.getCharacterPosition(), header);
                List<YamlNode.Entry> entries = new ArrayList<>();
                String region = "";
                for (String column : header) {
                    String value = record.isSet(column) ? record.get(column) : "";
                    Position at = new Position(row, columns.getOrDefault(column, 1));
                    for (PersonalData.Finding f : PersonalData.find(value)) {
                        problems.error(display, at, f.kind().key(), f.text());
                    }
                    if (column.equals("region")) {
                        region = value;
                        if (value.isBlank()) {
                            problems.error(display, at, "field.required", "region");
                        }
                        continue;
                    }
                    if (value.isEmpty() || !(REQUIRED.contains(column) || OPTIONAL.contains(column))) {
                        continue;
                    }
                    String key = column.equals("indicator") ? "id" : column;
                    entries.add(new YamlNode.Entry(new YamlNode.Scalar(key, at, true),
                            new YamlNode.Scalar(value, at, false)));
                }
                if (!region.isBlank()) {
                    byRegion.computeIfAbsent(region, r -> new ArrayList<>())
                            .add(new YamlNode.Mapping(entries, new Position(row, 1)));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.error(display, Position.START, "data.unreadable", String.valueOf(e.getMessage()));
            return List.of();
        }
        if (date.isEmpty()) {
            problems.error(display, Position.START, "data.date_missing");
            return List.of();
        }
        List<Document> documents = new ArrayList<>();
        SourceFile source = new SourceFile(path, display, SOURCES + name, "");
        for (Map.Entry<String, List<YamlNode.Mapping>> region : byRegion.entrySet()) {
            List<MappingReader> rows = region.getValue().stream()
                    .map(m -> new MappingReader(m, display, problems)).toList();
            List<Observation> figures = reader.readAll(rows, Optional.empty());
            FrontMatter fm = new FrontMatter(title.orElse(name), date.get(), Optional.empty(), Optional.empty(),
                    region.getKey(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                    false, Optional.empty(), figures, List.of(), new HashMap<>(), org.ecosite.prose.Withheld.NONE, List.of());
            documents.add(new Document(source, fm, "", 1, List.of()));
        }
        return documents;
    }

    private static int lineOf(String text, long position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The column where each cell of a record starts, when its line holds no quotes; else none. */
    private static Map<String, Integer> columns(String text, long position, List<String> header) {
        Map<String, Integer> at = new HashMap<>();
        int start = (int) Math.min(position, text.length());
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        if (line.contains("\"")) {
            return at;
        }
        int column = 1;
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length && i < header.size(); i++) {
            int lead = cells[i].length() - cells[i].stripLeading().length();
            at.put(header.get(i), column + lead);
            column += cells[i].codePointCount(0, cells[i].length()) + 1;
        }
        return at;
    }
}
