package org.ecosite.kind;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlNode;

/**
 * Reads the fields of each kind beyond the shared ones, each problem at its own line and column.
 * What is read here is the schema; deadlines are checked later against the holiday calendar.
 */
public final class KindReader {

    /**
     * A natural person's name as 双公示 allows it: the surname (one or two characters) and 某 for the
     * given name, 王某 or 欧阳某某.
     */
    private static final Pattern MASKED_NAME = Pattern.compile("\\p{IsHan}{1,2}某{1,2}");
    public static final List<String> REPORT_TYPES = List.of("环境影响报告书", "环境影响报告表");
    private static final List<String> STAGE_KEYS = List.of("accepted", "proposed", "approved");

    private KindReader() {
    }

    /** The kind named by {@code kind:}; a report when it is missing. */
    public static Optional<Kind> kind(MappingReader fm) {
        Optional<YamlNode.Scalar> word = fm.scalar("kind", false);
        if (word.isEmpty()) {
            return Optional.of(Kind.REPORT);
        }
        Optional<Kind> kind = Kind.of(word.get().text().strip());
        if (kind.isEmpty()) {
            fm.problems().error(fm.file(), word.get().position(), "kind.unknown", word.get().text().strip(),
                    String.join(", ", Kind.words()));
        }
        return kind;
    }

    /**
     * @param folder      the folder of the content file, where its attachments lie
     * @param folderRoute that folder's route in the site ("" at the top of content/)
     * @return empty when a required field is missing or wrong (already reported)
     */
    public static Optional<KindFields> read(Kind kind, MappingReader fm, Optional<LocalDate> date, Path folder,
                                            String folderRoute) {
        return switch (kind) {
            case REPORT -> Optional.of(KindFields.REPORT);
            case PENALTY -> penalty(fm, date).map(p -> p);
            case EIA -> eia(fm, folder, folderRoute).map(e -> e);
        };
    }

    static Optional<Penalty> penalty(MappingReader fm, Optional<LocalDate> date) {
        String file = fm.file();
        Optional<String> docNo = fm.text("doc_no", true);
        Optional<LocalDate> decided = fm.date("decided", true);
        if (decided.isPresent() && date.isPresent() && date.get().isBefore(decided.get())) {
            fm.problems().error(file, fm.valuePositionOf("date"), "penalty.date_before_decided", date.get(),
                    decided.get());
        }
        Optional<String> party = fm.text("party", true);
        Penalty.PartyType type = Penalty.PartyType.ORGANIZATION;
        Optional<YamlNode.Scalar> typeWord = fm.scalar("party_type", false);
        if (typeWord.isPresent()) {
            String w = typeWord.get().text().strip();
            if (w.equals(Penalty.PartyType.PERSON.word())) {
                type = Penalty.PartyType.PERSON;
            } else if (!w.equals(Penalty.PartyType.ORGANIZATION.word())) {
                fm.problems().error(file, typeWord.get().position(), "penalty.party_type", w);
            }
        }
        Optional<String> creditCode = fm.text("credit_code", false);
        if (type == Penalty.PartyType.PERSON) {
            if (party.isPresent() && !MASKED_NAME.matcher(party.get()).matches()) {
                fm.problems().error(file, fm.valuePositionOf("party"), "penalty.person_name", party.get());
            }
            if (creditCode.isPresent()) {
                fm.problems().error(file, fm.valuePositionOf("credit_code"), "penalty.person_code");
                creditCode = Optional.empty();
            }
        } else if (creditCode.isEmpty()) {
            fm.problems().error(file, fm.position(), "penalty.code_required");
        } else {
            String code = creditCode.get();
            Optional<CreditCode.Flaw> flaw = CreditCode.check(code);
            if (flaw.isPresent()) {
                String key = "penalty.code_" + flaw.get().name().toLowerCase();
                if (flaw.get() == CreditCode.Flaw.CHECK) {
                    fm.problems().error(file, fm.valuePositionOf("credit_code"), key, code,
                            CreditCode.checkCharacter(code));
                } else {
                    fm.problems().error(file, fm.valuePositionOf("credit_code"), key, code, code.length());
                }
            }
        }
        Optional<String> facts = fm.text("facts", true);
        Optional<String> basis = fm.text("basis", true);
        Optional<String> result = fm.text("result", true);
        Optional<BigDecimal> fine = fm.number("fine", false);
        if (fine.isPresent() && fine.get().signum() < 0) {
            fm.problems().error(file, fm.valuePositionOf("fine"), "penalty.fine_negative", fine.get());
        }
        if (docNo.isEmpty() || decided.isEmpty() || party.isEmpty() || facts.isEmpty() || basis.isEmpty()
                || result.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Penalty(decided.get(), party.get(), type, creditCode, facts.get(), basis.get(),
                result.get(), fine, fm.valuePositionOf("decided")));
    }

    static Optional<Eia> eia(MappingReader fm, Path folder, String folderRoute) {
        Optional<String> project = fm.text("project", true);
        Optional<String> builder = fm.text("builder", true);
        Optional<String> location = fm.text("location", true);
        Optional<String> type = fm.text("report_type", true);
        if (type.isPresent() && !REPORT_TYPES.contains(type.get())) {
            fm.problems().error(fm.file(), fm.valuePositionOf("report_type"), "eia.report_type", type.get(),
                    String.join("、", REPORT_TYPES));
        }
        Optional<MappingReader> stages = fm.child("stages");
        Optional<Eia.Stage> accepted = Optional.empty();
        Optional<Eia.Notice> proposed = Optional.empty();
        Optional<Eia.Stage> approved = Optional.empty();
        if (stages.isEmpty()) {
            fm.scalar("stages", true);
        } else {
            MappingReader s = stages.get();
            s.warnUnknownKeys(STAGE_KEYS);
            if (s.mapping().entries().isEmpty()) {
                fm.problems().error(fm.file(), fm.valuePositionOf("stages"), "eia.no_stage");
            }
            accepted = s.child("accepted").flatMap(m -> stage(m, false));
            proposed = s.child("proposed").flatMap(KindReader::notice);
            approved = s.child("approved").flatMap(m -> stage(m, true));
            if (accepted.isPresent() && approved.isPresent() && approved.get().date().isBefore(accepted.get().date())) {
                fm.problems().error(fm.file(), approved.get().dateAt(), "eia.stage_order", approved.get().date(),
                        accepted.get().date());
            }
            if (proposed.isPresent() && approved.isPresent() && approved.get().date().isBefore(proposed.get().end())) {
                fm.problems().error(fm.file(), approved.get().dateAt(), "eia.approved_during_notice",
                        approved.get().date(), proposed.get().end());
            }
        }
        Optional<Eia.Attachment> report = fm.text("report_file", false).flatMap(name -> attachment(fm, name, folder,
                folderRoute));
        if (project.isEmpty() || builder.isEmpty() || location.isEmpty() || type.isEmpty() || stages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Eia(project.get(), builder.get(), location.get(), type.get(), accepted, proposed,
                approved, report));
    }

    /**
     * A file beside the content file, published with it: named alone (no folder, nothing hidden), a
     * regular file and no link, so nothing from outside content/ can be attached.
     */
    private static Optional<Eia.Attachment> attachment(MappingReader fm, String name, Path folder, String folderRoute) {
        boolean plain = !name.contains("/") && !name.contains("\\") && !name.startsWith(".") && !name.startsWith("#")
                && !name.endsWith("~");
        try {
            Path file = folder == null ? null : folder.resolve(name);
            if (plain && file != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                String route = folderRoute.isEmpty() ? name : folderRoute + "/" + name;
                return Optional.of(new Eia.Attachment(name, route, Files.size(file)));
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // No such file can be published: reported as missing below.
        }
        fm.problems().error(fm.file(), fm.valuePositionOf("report_file"), "eia.report_file", name);
        return Optional.empty();
    }

    private static Optional<Eia.Stage> stage(MappingReader m, boolean approval) {
        m.warnUnknownKeys(approval ? List.of("date", "published", "doc_no") : List.of("date", "published"));
        Optional<LocalDate> date = m.date("date", true);
        Optional<LocalDate> published = m.date("published", false);
        Optional<String> docNo = approval ? m.text("doc_no", true) : Optional.empty();
        if (date.isPresent() && published.isPresent() && published.get().isBefore(date.get())) {
            m.problems().error(m.file(), m.valuePositionOf("published"), "eia.published_before", published.get(),
                    date.get());
        }
        return date.map(d -> new Eia.Stage(d, published, docNo, m.valuePositionOf("date"),
                m.valuePositionOf("published")));
    }

    private static Optional<Eia.Notice> notice(MappingReader m) {
        m.warnUnknownKeys(List.of("start", "end"));
        Optional<LocalDate> start = m.date("start", true);
        Optional<LocalDate> end = m.date("end", true);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            m.problems().error(m.file(), m.valuePositionOf("end"), "eia.notice_order", end.get(), start.get());
            return Optional.empty();
        }
        return start.flatMap(s -> end.map(e -> new Eia.Notice(s, e, m.valuePositionOf("end"))));
    }
}
