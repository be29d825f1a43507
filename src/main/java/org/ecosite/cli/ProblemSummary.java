package org.ecosite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ecosite.check.Messages;
import org.ecosite.check.Problem;
import org.ecosite.check.Severity;
import org.ecosite.check.TextWidth;

/**
 * The table that ends what {@code build}, {@code check} and {@code serve} print: errors, warnings and notes
 * per file and per kind of problem, and the command that lists one kind in full. An editor facing a hundred
 * warnings sees at once that they are fifty-eight placeholders of one report, not a hundred mistakes.
 *
 * <p>A kind is a message key; the text checks' keys are shown without their {@code lint.} prefix
 * ({@code placeholder}, {@code days_exceed_period}), and {@code check --only} takes either form, or a family
 * such as {@code link} or {@code artefact}.
 */
final class ProblemSummary {

    private static final String LINT = "lint.";
    /** The command that lists one kind in full, before the site folder and the kind are added. */
    static final String ONLY_COMMAND = "bin/ecosite check";

    private ProblemSummary() {
    }

    /** The name of a problem's kind as the summary shows it and {@code --only} takes it. */
    static String kind(String key) {
        return key.startsWith(LINT) ? key.substring(LINT.length()) : key;
    }

    /**
     * True when a problem is of the kind named, or of its family: {@code placeholder} takes in
     * {@code placeholder_markup}, {@code link} every {@code link.*} key.
     */
    static boolean isOfKind(Problem p, String name) {
        for (String key : List.of(p.key(), kind(p.key()))) {
            if (key.equals(name) || key.startsWith(name + ".") || key.startsWith(name + "_")) {
                return true;
            }
        }
        return false;
    }

    /** Counts of one file and kind. */
    private static final class Row {
        final String file;
        final String kind;
        final int[] counts = new int[Severity.values().length];

        Row(String file, String kind) {
            this.file = file;
            this.kind = kind;
        }
    }

    /**
     * Prints the table, or nothing when there is no problem.
     *
     * @param site the site folder: the command shown names it when it is not the current folder
     */
    static void print(List<Problem> problems, Messages messages, Path site, PrintWriter out) {
        if (problems.isEmpty()) {
            return;
        }
        Map<String, Row> rows = new TreeMap<>();
        int[] total = new int[Severity.values().length];
        Map<String, Integer> byKind = new TreeMap<>();
        for (Problem p : problems) {
            String kind = kind(p.key());
            rows.computeIfAbsent(p.file() + "\u0000" + kind, k -> new Row(p.file(), kind))
                    .counts[p.severity().ordinal()]++;
            total[p.severity().ordinal()]++;
            byKind.merge(kind, 1, Integer::sum);
        }
        out.println();
        out.println(messages.get("cli.summary_title", total[Severity.ERROR.ordinal()],
                total[Severity.WARNING.ordinal()], total[Severity.NOTE.ordinal()]));
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {messages.get("cli.summary_file"), messages.get("cli.summary_kind"),
                messages.get("cli.summary_errors"), messages.get("cli.summary_warnings"),
                messages.get("cli.summary_notes")});
        for (Row row : rows.values()) {
            // The kind as --only takes it, and in words where the language has a label for it.
            String kind = row.kind + messages.find("cli.kind." + row.kind).map(l -> "（" + l + "）").orElse("");
            table.add(new String[] {row.file, kind, count(row.counts[0]), count(row.counts[1]),
                    count(row.counts[2])});
        }
        table.add(new String[] {messages.get("cli.summary_total"), "", String.valueOf(total[0]),
                String.valueOf(total[1]), String.valueOf(total[2])});
        int[] widths = new int[5];
        for (String[] line : table) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], TextWidth.of(line[i]));
            }
        }
        for (String[] line : table) {
            StringBuilder text = new StringBuilder("  ");
            text.append(pad(line[0], widths[0], false)).append("  ").append(pad(line[1], widths[1], false));
            for (int i = 2; i < line.length; i++) {
                text.append("  ").append(pad(line[i], widths[i], true));
            }
            out.println(text.toString().stripTrailing());
        }
        // The kind with most problems is the likeliest one to look at.
        String example = byKind.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).get().getKey();
        out.println(messages.get("cli.summary_only", command(site, example)));
        out.flush();
    }

    /** The command that lists one kind, with the site folder when it is not the current one. */
    static String command(Path site, String kind) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Optional<String> source = site.equals(here) ? Optional.empty()
                : Optional.of(site.startsWith(here) ? here.relativize(site).toString() : site.toString());
        return ONLY_COMMAND + source.map(s -> " --source " + (s.contains(" ") ? "'" + s + "'" : s)).orElse("")
                + " --only " + kind;
    }

    private static String count(int n) {
        return n == 0 ? "·" : String.valueOf(n);
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - TextWidth.of(text)));
        return right ? space + text : text + space;
    }
}
