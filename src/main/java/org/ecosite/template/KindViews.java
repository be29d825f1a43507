package org.ecosite.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.ecosite.config.Language;
import org.ecosite.kind.DisclosureCatalog;
import org.ecosite.kind.Eia;
import org.ecosite.kind.Kind;
import org.ecosite.kind.KindFields;
import org.ecosite.kind.Penalty;
import org.ecosite.model.Report;
import org.ecosite.model.Site;

/**
 * What the page of each content kind shows beyond a report's disclosure fields and body: the
 * decision of a penalty, the stages of an EIA approval. Each kind has its own template, named as
 * the kind ({@code penalty.peb}, {@code eia.peb}); a report keeps {@code report.peb}.
 */
public final class KindViews {

    private final Language language;
    private final String base;
    private final ThemeStrings strings;

    KindViews(Language language, String base, ThemeStrings strings) {
        this.language = language;
        this.base = base;
        this.strings = strings;
    }

    /** The template of an item's page. */
    static String template(Report r) {
        return r.frontMatter().fields().kind().word();
    }

    /** The page's context with its kind's view added, under the kind's name. */
    Map<String, Object> context(Map<String, Object> reportContext, Report r, boolean hasBody) {
        KindFields fields = r.frontMatter().fields();
        if (fields instanceof KindFields.None) {
            return reportContext;
        }
        Map<String, Object> context = new HashMap<>(reportContext);
        if (fields instanceof Penalty p) {
            context.put("penalty", penalty(p, hasBody));
        } else if (fields instanceof Eia e) {
            context.put("eia", eia(e, hasBody));
        }
        return context;
    }

    /** A 行政处罚决定 as 双公示 lists it. */
    public record PenaltyView(String party, String partyType, String creditCode, Views.Date decided, String facts,
                              String basis, String result, String fine, boolean hasBody) {
    }

    PenaltyView penalty(Penalty p, boolean hasBody) {
        return new PenaltyView(p.party(), strings.get("penalty.party_" + p.partyType().word()),
                p.creditCode().orElse(null), Dates.of(p.decided(), language), p.facts(), p.basis(), p.result(),
                p.fine().map(f -> strings.get("penalty.fine_value", plain(f))).orElse(null), hasBody);
    }

    /**
     * One stage of an approval, in the order they happen.
     *
     * @param end       the last day of a notice, or null
     * @param published when the stage was made public, when the editor said
     */
    public record StageView(String key, String name, Views.Date date, Views.Date end, Views.Date published,
                            String docNo) {
    }

    /** @param report the report's PDF, or null */
    public record EiaView(String project, String builder, String location, String reportType, List<StageView> stages,
                          Views.Download report, String reportSize, boolean hasBody) {
    }

    EiaView eia(Eia e, boolean hasBody) {
        List<StageView> stages = new ArrayList<>();
        e.accepted().ifPresent(s -> stages.add(stage("accepted", s)));
        e.proposed().ifPresent(n -> stages.add(new StageView("proposed", strings.get("eia.stage_proposed"),
                Dates.of(n.start(), language), Dates.of(n.end(), language), null, null)));
        e.approved().ifPresent(s -> stages.add(stage("approved", s)));
        Views.Download report = e.report().map(a -> new Views.Download(strings.get("eia.report_link", e.reportType()),
                org.ecosite.model.Urls.href(base, a.route()), "PDF")).orElse(null);
        return new EiaView(e.project(), e.builder(), e.location(), e.reportType(), List.copyOf(stages), report,
                e.report().map(a -> size(a.bytes())).orElse(null), hasBody);
    }

    private StageView stage(String key, Eia.Stage s) {
        return new StageView(key, strings.get("eia.stage_" + key), Dates.of(s.date(), language), null,
                s.published().map(d -> Dates.of(d, language)).orElse(null), s.docNo().orElse(null));
    }

    /**
     * A row of the 主动公开目录; for a kind ecosite publishes, how many items it has, the newest one's
     * date and the list that holds them.
     *
     * @param count  null for a row the site adds
     * @param href   the list of the items, or where the site publishes them; null when unknown
     */
    public record CatalogRow(String item, String content, String basis, String timeLimit, String publisher,
                             String channel, String audience, String manner, String level, Integer count,
                             Views.Date latest, String href) {
    }

    public record CatalogView(String intro, List<CatalogRow> rows) {
    }

    CatalogView catalog(Site site, DisclosureCatalog catalog, Function<String, String> href) {
        Map<Kind, List<Report>> byKind = new EnumMap<>(Kind.class);
        for (Report r : site.reports()) {
            byKind.computeIfAbsent(r.frontMatter().fields().kind(), k -> new ArrayList<>()).add(r);
        }
        String publisher = site.config().organization().orElse(site.config().title());
        List<CatalogRow> rows = new ArrayList<>();
        for (DisclosureCatalog.Row row : catalog.rows(language, List.copyOf(byKind.keySet()), publisher)) {
            Map<String, String> f = row.fields();
            Integer count = null;
            Views.Date latest = null;
            String link = row.href().map(h -> h.startsWith("/") ? href.apply(h.substring(1)) : h).orElse(null);
            if (row.kind().isPresent()) {
                List<Report> items = byKind.get(row.kind().get());
                count = items.size();
                latest = Dates.of(items.get(0).frontMatter().date(), language);
                link = commonSection(site, items).map(href).orElse(null);
            }
            rows.add(new CatalogRow(f.get("item"), f.get("content"), f.get("basis"), f.get("time_limit"),
                    f.get("publisher"), f.get("channel"), f.get("audience"), f.get("manner"), f.get("level"), count,
                    latest, link));
        }
        return new CatalogView(strings.get("catalog.intro"), rows);
    }

    /** The column (top-level section) holding every one of these items, when they share one. */
    private static Optional<String> commonSection(Site site, List<Report> items) {
        List<String> columns = items.stream().map(r -> r.section().split("/")[0]).distinct().toList();
        return columns.size() == 1 ? site.section(columns.get(0)).map(org.ecosite.model.Section::route)
                : Optional.empty();
    }

    /** A file size as readers know it: 820 KB, 2.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return BigDecimal.valueOf(bytes / (1024.0 * 1024.0)).setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString() + " MB";
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
