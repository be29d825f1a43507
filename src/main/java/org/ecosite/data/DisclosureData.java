package org.ecosite.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ecosite.kind.Eia;
import org.ecosite.kind.Kind;
import org.ecosite.kind.Penalty;
import org.ecosite.model.Report;
import org.ecosite.model.Site;
import org.ecosite.model.Urls;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The decisions and approvals of a site as files anyone can download, one row per item, newest
 * first: {@code data/penalties.csv|json} (双公示 fields of each 行政处罚决定) and {@code data/eia.csv|json}
 * (each project's stages). Column names are stable English words, values as published.
 */
public final class DisclosureData {

    public static final List<String> PENALTY_COLUMNS = List.of("doc_no", "title", "party", "party_type",
            "credit_code", "decided", "published", "facts", "basis", "result", "fine_10k_yuan", "organization",
            "region", "url");
    public static final List<String> EIA_COLUMNS = List.of("title", "project", "builder", "location", "report_type",
            "accepted", "notice_start", "notice_end", "approved", "approval_no", "report_pdf", "organization",
            "region", "published", "url");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Site site;
    private final String baseUrl;

    public DisclosureData(Site site) {
        this.site = site;
        this.baseUrl = site.config().baseUrl().toString();
    }

    /** A file to write: its route in the site and what writes it. */
    public record File(String route, Content content) {
    }

    /** Writes one file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The files of the kinds this site publishes; none for a site of reports alone. */
    public List<File> files() {
        List<File> files = new java.util.ArrayList<>();
        add(files, "data/penalties", Kind.PENALTY, PENALTY_COLUMNS, this::penalty);
        add(files, "data/eia", Kind.EIA, EIA_COLUMNS, this::eia);
        return files;
    }

    private void add(List<File> files, String name, Kind kind, List<String> columns,
                     Function<Report, Map<String, Object>> row) {
        List<Report> items = site.reports().stream().filter(r -> r.frontMatter().fields().kind() == kind).toList();
        if (items.isEmpty()) {
            return;
        }
        files.add(new File(name + ".csv", out -> csv(columns, items.stream().map(row).toList(), out)));
        files.add(new File(name + ".json", out -> {
            JSON.writeValue(out, Map.of(kind.word(), items.stream().map(row).toList()));
            out.write('\n');
        }));
    }

    /** CSV with a byte-order mark, so Excel opens the Chinese text correctly (as the figures' CSV). */
    private static void csv(List<String> columns, List<Map<String, Object>> rows, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).get());
        for (Map<String, Object> row : rows) {
            printer.printRecord(columns.stream().map(c -> row.get(c) == null ? "" : String.valueOf(row.get(c)))
                    .toList());
        }
        printer.flush();
    }

    private Map<String, Object> penalty(Report r) {
        Penalty p = (Penalty) r.frontMatter().fields();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("doc_no", r.frontMatter().docNo().orElse(null));
        row.put("title", r.frontMatter().title());
        row.put("party", p.party());
        row.put("party_type", p.partyType().word());
        row.put("credit_code", p.creditCode().orElse(null));
        row.put("decided", p.decided().toString());
        row.put("published", r.frontMatter().date().toString());
        row.put("facts", p.facts());
        row.put("basis", p.basis());
        row.put("result", p.result());
        row.put("fine_10k_yuan", p.fine().map(BigDecimal::stripTrailingZeros).orElse(null));
        common(r, row);
        return row;
    }

    private Map<String, Object> eia(Report r) {
        Eia e = (Eia) r.frontMatter().fields();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", r.frontMatter().title());
        row.put("project", e.project());
        row.put("builder", e.builder());
        row.put("location", e.location());
        row.put("report_type", e.reportType());
        row.put("accepted", date(e.accepted().map(Eia.Stage::date)));
        row.put("notice_start", date(e.proposed().map(Eia.Notice::start)));
        row.put("notice_end", date(e.proposed().map(Eia.Notice::end)));
        row.put("approved", date(e.approved().map(Eia.Stage::date)));
        row.put("approval_no", e.approved().flatMap(Eia.Stage::docNo).orElse(null));
        row.put("report_pdf", e.report().map(a -> baseUrl + Urls.encode(a.route())).orElse(null));
        common(r, row);
        row.put("published", r.frontMatter().date().toString());
        return row;
    }

    private void common(Report r, Map<String, Object> row) {
        row.put("organization", r.frontMatter().organization().or(site.config()::organization).orElse(null));
        row.put("region", r.frontMatter().region());
        row.put("url", baseUrl + Urls.encode(r.route()));
    }

    private static String date(Optional<java.time.LocalDate> date) {
        return date.map(Object::toString).orElse(null);
    }
}
