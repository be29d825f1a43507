package org.ecosite.kind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Position;

/**
 * One project's 环评审批 (environmental impact assessment approval), published stage by stage:
 * 受理 (the application accepted, with the report's full text), 拟批准公示 (the intended approval,
 * open for comment for at least 5 working days) and 批复 (the approval with its 文号).
 *
 * @param reportType  环境影响报告书 or 环境影响报告表
 * @param report      the report's full text (a PDF beside the content file), when attached
 */
public record Eia(String project, String builder, String location, String reportType, Optional<Stage> accepted,
                  Optional<Notice> proposed, Optional<Stage> approved, Optional<Attachment> report)
        implements KindFields {

    /**
     * A file published beside the page.
     *
     * @param route where it is published, e.g. {@code eia/2024/report.pdf}
     * @param bytes its size
     */
    public record Attachment(String name, String route, long bytes) {
    }

    /**
     * A stage done on one day.
     *
     * @param published when the stage was made public, when the editor gives it
     * @param docNo     the approval's 文号 (批复 only)
     */
    public record Stage(LocalDate date, Optional<LocalDate> published, Optional<String> docNo, Position dateAt,
                        Position publishedAt) {
    }

    /** A notice open from {@code start} to {@code end}, both days included. */
    public record Notice(LocalDate start, LocalDate end, Position endAt) {
    }

    @Override
    public Kind kind() {
        return Kind.EIA;
    }

    @Override
    public List<String> words() {
        List<String> words = new ArrayList<>(List.of(project, builder, location, reportType));
        approved.flatMap(Stage::docNo).ifPresent(words::add);
        return words;
    }
}
