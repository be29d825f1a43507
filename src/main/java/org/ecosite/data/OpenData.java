package org.ecosite.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ecosite.config.Language;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Value;
import org.ecosite.model.Figure;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures as files anyone can download: CSV in long format (one row per figure) and JSON.
 * CSV starts with a byte-order mark so Excel opens the Chinese text correctly.
 */
public final class OpenData {

    /** The CSV columns, in order; also the keys of each figure in JSON. */
    public static final List<String> COLUMNS = List.of("region", "location", "period", "period_start", "period_end",
            "indicator_id", "indicator_name", "value", "unit", "status", "note", "report_title", "report_url");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    /** Indented for people who open the file; the stream it writes to is the caller's to close. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Language language;
    private final String baseUrl;
    /** Each indicator's definition as JSON writes it, made once for the many files that repeat it. */
    private final Map<String, Map<String, Object>> definitions = new ConcurrentHashMap<>();

    /** @param baseUrl the absolute URL of the site root, ending in '/' */
    public OpenData(Language language, String baseUrl) {
        this.language = language;
        this.baseUrl = baseUrl;
    }

    /** Writes the CSV to {@code out}, leaving it open. */
    public void csv(List<Figure> figures, OutputStream out) throws IOException {
        // The mark goes first: the printer writes the header as soon as it is made.
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSV);
        for (Figure f : figures) {
            Map<String, String> row = row(f);
            boolean number = f.observation().value() instanceof Value.Quantity;
            row.replaceAll((column, cell) -> number && column.equals("value") ? cell : inert(cell));
            csv.printRecord(row.values());
        }
        csv.flush();
    }

    /**
     * A text cell as a spreadsheet will not take for a formula: one starting with {@code = + - @}, a tab or a
     * carriage return gets a single quote in front, as OWASP recommends against CSV injection. Numbers are
     * left alone (the caller keeps the value of a quantity as it is), so they stay numbers.
     */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /**
     * Writes {@code {"indicators": [...], "figures": [...]}} to {@code out}, leaving it open: the definitions of
     * the indicators used, then every figure.
     */
    public void json(List<Figure> figures, OutputStream out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> indicators = new LinkedHashMap<>();
        for (Figure f : figures) {
            indicators.computeIfAbsent(f.indicatorId(), id -> definitions.computeIfAbsent(id,
                    any -> indicator(f.observation().indicator())));
        }
        root.put("indicators", List.copyOf(indicators.values()));
        // Each figure becomes a map only as it is written, not all of them first.
        root.put("figures", (Iterable<Map<String, Object>>) () -> figures.stream().map(this::jsonRow).iterator());
        JSON.writeValue(out, root);
        out.write('\n');
    }

    private Map<String, String> row(Figure f) {
        Observation o = f.observation();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("region", f.region());
        row.put("location", o.location().orElse(""));
        row.put("period", o.period().text());
        row.put("period_start", o.period().start().toString());
        row.put("period_end", o.period().end().toString());
        row.put("indicator_id", o.id());
        row.put("indicator_name", o.indicator().name().get(language));
        row.put("value", o.value().display());
        row.put("unit", o.indicator().unit(language));
        row.put("status", o.status().word());
        row.put("note", o.note().orElse(""));
        row.put("report_title", f.document().frontMatter().title());
        row.put("report_url", baseUrl + org.ecosite.model.Urls.encode(f.route()));
        return row;
    }

    /** In JSON a number stays a number; a class or fraction stays text. */
    private Map<String, Object> jsonRow(Figure f) {
        Map<String, Object> row = new LinkedHashMap<>(row(f));
        Value value = f.observation().value();
        if (value instanceof Value.Quantity q) {
            row.put("value", q.number());
        }
        return row;
    }

    private Map<String, Object> indicator(Indicator ind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ind.id());
        m.put("name", ind.name().get(language));
        m.put("unit", ind.unit(language));
        m.put("type", ind.type().word());
        m.put("topic", ind.topic().get(language));
        m.put("standards", ind.standards().stream().map(s -> {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("name", s.name().get(language));
            st.put("value", s.value());
            st.put("kind", s.kind());
            st.put("valid_from", s.validFrom().map(Object::toString).orElse(null));
            st.put("valid_to", s.validTo().map(Object::toString).orElse(null));
            return st;
        }).toList());
        return m;
    }

}
