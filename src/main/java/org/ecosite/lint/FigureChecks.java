package org.ecosite.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.content.Document;
import org.ecosite.content.EditorNote;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Period;
import org.ecosite.indicator.Value;
import org.ecosite.markdown.BodyText;
import org.ecosite.markdown.TextBlock;
import org.ecosite.prose.FigureFinder;
import org.ecosite.prose.StatedFigure;

/**
 * Figures of the front matter against the same figures stated in the text, where the text can be
 * read: a figure is reported only when the text states it, none of its statements agree, and the
 * figure covers the report's own period (a text often quotes last year's value too). Day counts
 * in the text that exceed the report's period are reported as well.
 */
final class FigureChecks {

    private FigureChecks() {
    }

    private record Stated(StatedFigure figure, TextBlock block) {
        org.ecosite.check.Position position() {
            return block.position(figure.valueStart());
        }
    }

    static void check(Document doc, BodyText body, Problems problems) {
        String file = doc.source().display();
        List<EditorNote> notes = doc.frontMatter().editorNotes();
        for (EditorNote note : notes) {
            if (body.blocks().stream().noneMatch(b -> b.text().contains(note.text()))) {
                problems.warning(file, note.position(), "lint.editor_note_unmatched", note.text());
            }
        }
        if (doc.frontMatter().observations().isEmpty() && doc.frontMatter().period().isEmpty()) {
            return;
        }
        List<Stated> stated = new ArrayList<>();
        for (TextBlock block : body.blocks()) {
            for (StatedFigure f : FigureFinder.find(block.text())) {
                // A figure inside words the editor wrote a note on is kept as the source wrote it, knowingly.
                if (!f.isHidden() && !noted(block.text(), f.valueStart(), notes)) {
                    stated.add(new Stated(f, block));
                }
            }
        }
        if (stated.isEmpty()) {
            return;
        }
        Optional<Period> period = doc.frontMatter().period();
        for (Observation o : doc.frontMatter().observations()) {
            if (period.isPresent() && !o.period().equals(period.get())) {
                continue;
            }
            List<Stated> same = stated.stream().filter(s -> s.figure().indicator().equals(o.id()))
                    .filter(s -> o.location().isEmpty() || s.figure().location().isEmpty()
                            || s.figure().location().get().equals(o.location().get()))
                    .toList();
            if (!same.isEmpty() && same.stream().noneMatch(s -> agrees(o.value(), s.figure().value().get()))) {
                Stated first = same.get(0);
                problems.warning(file, first.position(), "lint.figure_mismatch", o.id(),
                        first.figure().value().get(), first.figure().sentence(), o.value().display(),
                        o.position().line());
            }
        }
        if (period.isPresent()) {
            for (Stated s : stated) {
                String id = s.figure().indicator();
                if ((id.equals("good_air_days") || id.equals("heavy_pollution_days"))
                        && new BigDecimal(s.figure().value().get())
                                .compareTo(BigDecimal.valueOf(period.get().days())) > 0) {
                    problems.warning(file, s.position(), "lint.days_exceed_period", id, s.figure().value().get(),
                            period.get().text(), period.get().days());
                }
            }
        }
    }

    /** True when the character at {@code at} stands inside the words of one of the notes. */
    static boolean noted(String text, int at, List<EditorNote> notes) {
        for (EditorNote note : notes) {
            for (int i = text.indexOf(note.text()); i >= 0; i = text.indexOf(note.text(), i + 1)) {
                if (i <= at && at < i + note.text().length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a figure as the text writes it is the value of the front matter. */
    static boolean agrees(Value value, String written) {
        if (value instanceof Value.Quantity q) {
            try {
                return q.number().compareTo(new BigDecimal(written)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (value instanceof Value.Fraction f) {
            String[] parts = written.split("/");
            return parts.length == 2 && f.done().compareTo(new BigDecimal(parts[0])) == 0
                    && f.total().compareTo(new BigDecimal(parts[1])) == 0;
        }
        return value.display().equals(written);
    }
}
