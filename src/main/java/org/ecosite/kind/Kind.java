package org.ecosite.kind;

import java.util.List;
import java.util.Optional;

/**
 * What a content file is, named by {@code kind:} in its front matter. Every kind shares the keys of a
 * disclosure item (title, 发布日期, 发布机构, region, 索引号, 文号, topics…) and adds its own.
 */
public enum Kind {
    /** A work report with figures: what content was before kinds existed, and the default. */
    REPORT("report", List.of("period", "indicators")),
    /** 行政处罚决定. */
    PENALTY("penalty", List.of("decided", "party", "party_type", "credit_code", "facts", "basis", "result", "fine")),
    /** 环评审批: one project through its stages. */
    EIA("eia", List.of("project", "builder", "location", "report_type", "stages", "report_file"));

    /** The keys every kind reads. */
    public static final List<String> COMMON_KEYS = List.of("kind", "title", "date", "updated", "organization", "region",
            "index_no", "doc_no", "topics", "summary", "draft", "slug", "corrections", "withheld", "editor_notes");

    private final String word;
    private final List<String> own;

    Kind(String word, List<String> own) {
        this.word = word;
        this.own = own;
    }

    /** As editors write it after {@code kind:}. */
    public String word() {
        return word;
    }

    /** Every key a file of this kind may hold. */
    public List<String> keys() {
        List<String> keys = new java.util.ArrayList<>(COMMON_KEYS);
        keys.addAll(own);
        return keys;
    }

    public static Optional<Kind> of(String word) {
        for (Kind k : values()) {
            if (k.word.equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static List<String> words() {
        return java.util.Arrays.stream(values()).map(Kind::word).toList();
    }
}
