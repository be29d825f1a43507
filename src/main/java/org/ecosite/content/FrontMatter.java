package org.ecosite.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Period;
import org.ecosite.kind.KindFields;
import org.ecosite.prose.Withheld;

/**
 * A report's front matter, read and checked.
 *
 * @param date         发布日期: the day of publication, never rewritten
 * @param updated      the last substantive change, when there was one
 * @param organization 发布机构: from the report, else from site.yaml
 * @param indexNo      索引号, unique across the site
 * @param docNo        文号
 * @param topics       主题分类
 * @param positions    where each key was written, for problems found later (duplicate slugs, links)
 * @param withheld     the placeholders the source withholds on purpose, acknowledged by the editor
 * @param editorNotes  the editor's notes on words of the text kept as the source wrote them
 * @param fields       what the file's kind adds ({@code kind:} in the front matter); nothing for a report
 */
public record FrontMatter(String title, LocalDate date, Optional<LocalDate> updated, Optional<String> organization,
                          String region, Optional<Period> period, Optional<String> indexNo, Optional<String> docNo,
                          List<String> topics, Optional<String> summary, boolean draft, Optional<String> slug,
                          List<Observation> observations, List<Correction> corrections, Map<String, Position> positions,
                          Withheld withheld, List<EditorNote> editorNotes, KindFields fields) {

    /** A report's front matter. */
    public FrontMatter(String title, LocalDate date, Optional<LocalDate> updated, Optional<String> organization,
                       String region, Optional<Period> period, Optional<String> indexNo, Optional<String> docNo,
                       List<String> topics, Optional<String> summary, boolean draft, Optional<String> slug,
                       List<Observation> observations, List<Correction> corrections, Map<String, Position> positions,
                       Withheld withheld, List<EditorNote> editorNotes) {
        this(title, date, updated, organization, region, period, indexNo, docNo, topics, summary, draft, slug,
                observations, corrections, positions, withheld, editorNotes, KindFields.REPORT);
    }

    public FrontMatter {
        topics = List.copyOf(topics);
        observations = List.copyOf(observations);
        corrections = List.copyOf(corrections);
        positions = Map.copyOf(positions);
        editorNotes = List.copyOf(editorNotes);
    }

    public Position positionOf(String key) {
        return positions.getOrDefault(key, Position.START);
    }
}
