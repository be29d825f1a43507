package org.ecosite.content;

import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;

/**
 * A Markdown file cut into its YAML front matter and its body, with the line on which each
 * starts so positions inside them can be told as lines of the file.
 *
 * @param yaml      the text between the two {@code ---} lines; empty when the file has none
 * @param yamlLine  the file line of the first YAML line
 * @param body      the Markdown after the closing line
 * @param bodyLine  the file line of the first body line
 */
public record FrontMatterSplit(String yaml, int yamlLine, String body, int bodyLine, boolean hasFrontMatter) {

    private static final String FENCE = "---";

    /** Splits a file; an opening {@code ---} without a closing one is a problem, reported at the opening line. */
    public static Optional<FrontMatterSplit> of(SourceFile source, Problems problems) {
        String text = source.text();
        int firstEnd = text.indexOf('\n');
        String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!firstLine.stripTrailing().equals(FENCE)) {
            return Optional.of(new FrontMatterSplit("", 1, text, 1, false));
        }
        int lineStart = firstEnd + 1;
        int line = 2;
        while (firstEnd >= 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (current.stripTrailing().equals(FENCE) || current.stripTrailing().equals("...")) {
                String yaml = text.substring(firstEnd + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return Optional.of(new FrontMatterSplit(yaml, 2, body, line + 1, true));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        problems.error(source.display(), Position.START, "frontmatter.unclosed");
        return Optional.empty();
    }
}
