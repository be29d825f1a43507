package org.ecosite.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Tells what SnakeYAML could not read in the editors' words, at the line where the mistake is. The
 * parser's own text is English and often names the line after the mistake (it notices a missing colon
 * only when the next line starts); its context mark names the right one.
 */
final class ParserErrors {

    private static final Pattern GLOBAL_TAG = Pattern.compile("Global tag is not allowed: tag:yaml.org,2002:(\\S+)");
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");

    private ParserErrors() {
    }

    static void report(MarkedYAMLException e, String text, String file, int firstLine, Problems problems) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Mark at = e.getProblemMark();
        Mark where = e.getContextMark() != null ? e.getContextMark() : at;
        Matcher tag = GLOBAL_TAG.matcher(problem);
        Matcher start = CANNOT_START.matcher(problem);
        if (tag.find()) {
            // SnakeYAML's own guard refused a type tag.
            error(problems, file, at, firstLine, "yaml.tag", "!!" + tag.group(1));
        } else if (start.find()) {
            String found = start.group(1);
            if (found.startsWith("\\t")) {
                error(problems, file, at, firstLine, "yaml.slip.tab", line(at, firstLine));
            } else {
                error(problems, file, at, firstLine, "yaml.parse.cannot_start", line(at, firstLine), found);
            }
        } else if (context.contains("scanning an alias") || problem.startsWith("found undefined alias")) {
            Mark star = context.contains("scanning an alias") ? where : at;
            error(problems, file, star, firstLine, "yaml.slip.star", line(star, firstLine), rest(text, star));
        } else if (context.contains("quoted scalar")) {
            error(problems, file, where, firstLine, "yaml.parse.unclosed_quote", line(where, firstLine));
        } else if (context.contains("flow sequence") || context.contains("flow mapping")) {
            error(problems, file, where, firstLine, "yaml.parse.unclosed_bracket", line(where, firstLine));
        } else if (problem.startsWith("could not find expected ':'")) {
            error(problems, file, where, firstLine, "yaml.parse.missing_colon", line(where, firstLine));
        } else if (problem.startsWith("mapping values are not allowed")) {
            error(problems, file, at, firstLine, "yaml.parse.colon_here", line(at, firstLine));
        } else if (problem.startsWith("expected <block end>")) {
            error(problems, file, at, firstLine, "yaml.parse.indentation", line(at, firstLine));
        } else {
            error(problems, file, at, firstLine, "yaml.parse.other", line(at, firstLine));
        }
    }

    private static void error(Problems problems, String file, Mark mark, int firstLine, String key, Object... args) {
        problems.error(file, position(mark, firstLine), key, args);
    }

    static Position position(Mark mark, int firstLine) {
        if (mark == null) {
            return new Position(firstLine, 1);
        }
        return new Position(mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    private static int line(Mark mark, int firstLine) {
        return position(mark, firstLine).line();
    }

    /** The rest of the line from a mark, as the editor wrote it. */
    private static String rest(String text, Mark mark) {
        if (mark == null) {
            return "";
        }
        int[] codePoints = text.codePoints().toArray();
        int from = Math.min(mark.getIndex(), codePoints.length);
        int to = from;
        while (to < codePoints.length && codePoints[to] != '\n' && codePoints[to] != '\r') {
            to++;
        }
        return new String(codePoints, from, to - from).strip();
    }
}
