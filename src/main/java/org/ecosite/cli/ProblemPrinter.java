package org.ecosite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Messages;
import org.ecosite.check.Problem;
import org.ecosite.check.TextWidth;

/**
 * Prints problems the way compilers do, so editors and tools can jump to them:
 * <pre>
 * content/reports/a.md:12:12: error: 百分比应在 0～100 之间，而这里是 120
 *    12 |     value: 120
 *       |            ^
 *    = 提示：……
 * </pre>
 * The first line's shape never changes; the source line and hint below it are for people.
 */
final class ProblemPrinter {

    private final Path siteDir;
    private final Messages messages;
    private final Map<String, List<String>> lines = new HashMap<>();

    ProblemPrinter(Path siteDir, Messages messages) {
        this.siteDir = siteDir;
        this.messages = messages;
    }

    /** Beyond this many warnings of one kind in one file, a build prints a count instead. */
    static final int SAME_KIND_SHOWN = 3;

    void print(List<Problem> problems, PrintWriter out) {
        for (Problem p : problems) {
            printOne(p, out);
        }
        out.flush();
    }

    /**
     * Prints every error, but of warnings of one kind in one file only the first few and then how many
     * more there are: a report full of redacted figures would otherwise bury the rest. {@code ecosite
     * check} prints them all.
     */
    void printCondensed(List<Problem> problems, PrintWriter out) {
        Map<String, Integer> total = new HashMap<>();
        for (Problem p : problems) {
            total.merge(kind(p), 1, Integer::sum);
        }
        Map<String, Integer> shown = new HashMap<>();
        for (Problem p : problems) {
            if (p.isError()) {
                printOne(p, out);
                continue;
            }
            int n = shown.merge(kind(p), 1, Integer::sum);
            if (n <= SAME_KIND_SHOWN) {
                printOne(p, out);
            }
            int all = total.get(kind(p));
            if (n == SAME_KIND_SHOWN && all > SAME_KIND_SHOWN) {
                out.println(p.file() + ": " + messages.get("cli.more_of_kind", all - SAME_KIND_SHOWN,
                        ProblemSummary.command(siteDir, ProblemSummary.kind(p.key()))));
            }
        }
        out.flush();
    }

    private static String kind(Problem p) {
        return p.file() + "\u0000" + p.key();
    }

    private void printOne(Problem p, PrintWriter out) {
        out.println(p.file() + ":" + p.position().line() + ":" + p.position().column() + ": "
                + p.severity().label() + ": " + messages.message(p));
        sourceLine(p).ifPresent(excerpt -> {
            String number = String.valueOf(p.position().line());
            String gutter = " ".repeat(number.length());
            out.println("   " + number + " | " + excerpt.text());
            out.println("   " + gutter + " | " + " ".repeat(width(excerpt.text(), excerpt.before())) + "^");
        });
        messages.hint(p).ifPresent(hint -> out.println("   = " + messages.get("cli.hint", hint)));
    }

    /** Lines longer than this many characters are shown as a window around the column. */
    private static final int WIDEST = 60;
    private static final int BEFORE = 20;

    /**
     * The part of a source line to show.
     *
     * @param before how many characters of {@code text} stand before the caret
     */
    private record Excerpt(String text, int before) {
    }

    private Optional<Excerpt> sourceLine(Problem p) {
        // A file that is not text (binary, GBK) has no line worth showing.
        if (p.file().startsWith("(") || p.key().startsWith("file.")) {
            return Optional.empty();
        }
        List<String> file = lines.computeIfAbsent(p.file(), name -> {
            try {
                byte[] bytes = Files.readAllBytes(siteDir.resolve(name));
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                return text.replace("\r\n", "\n").lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        int index = p.position().line() - 1;
        if (index < 0 || index >= file.size() || file.get(index).isBlank() && p.position().column() == 1) {
            return Optional.empty();
        }
        String line = file.get(index).replace('\t', ' ');
        int column = p.position().column() - 1;
        int length = line.codePointCount(0, line.length());
        if (length <= WIDEST) {
            return Optional.of(new Excerpt(line, column));
        }
        // Paragraphs are single long lines: show the stretch around the column, not the line's start.
        int from = Math.max(0, Math.min(column - BEFORE, length - WIDEST));
        int to = Math.min(length, from + WIDEST);
        String cut = line.substring(line.offsetByCodePoints(0, from), line.offsetByCodePoints(0, to));
        String prefix = from > 0 ? "…" : "";
        return Optional.of(new Excerpt(prefix + cut + (to < length ? "…" : ""), column - from + prefix.length()));
    }

    /** Terminal columns of the first {@code chars} characters: Chinese characters take two. */
    static int width(String text, int chars) {
        return TextWidth.of(text, chars);
    }
}
