package org.ecosite.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of an official document, as county reports number it: 一、 then （一） then 1. then
 * （1）. Each numbered line becomes a heading that keeps its numbering, as official documents show it,
 * or a list item; a heading written as the first sentence of its paragraph
 * ({@code （一）大气环境质量稳中向好。1—6月，……}) becomes the heading and the paragraph.
 */
final class Outline {

    private static final Pattern H2 = Pattern.compile("^([一二三四五六七八九十]{1,3}[、．.])\\s*(.+)$");
    private static final Pattern H3 = Pattern.compile("^([（(][一二三四五六七八九十]{1,3}[）)])\\s*(.+)$");
    private static final Pattern H4 = Pattern.compile("^((\\d{1,2})[.．、])(?!\\d)\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile("^[（(](\\d{1,2})[）)]\\s*(.+)$");
    /** Spaces that strip() leaves: the no-break space Word puts before punctuation. */
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");

    /** A heading sentence is short; a longer first sentence is a paragraph that happens to be numbered. */
    static final int LONGEST_HEADING = 40;
    /** A numbered line this short, with no paragraph after it, can be an item of a list. */
    static final int LONGEST_ITEM = 60;

    private Outline() {
    }

    /** The blocks of a body, in order. */
    static List<Block> blocks(List<SourceLine> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.block().isPresent()) {
                blocks.add(line.block().get());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String text = line.text();
            Matcher m;
            if ((m = H2.matcher(text)).matches()) {
                heading(2, m.group(1), m.group(2), line.number(), blocks);
            } else if ((m = H3.matcher(text)).matches()) {
                heading(3, m.group(1), m.group(2), line.number(), blocks);
            } else if ((m = H4.matcher(text)).matches()) {
                // A run of short numbered lines with nothing between them is a list; otherwise headings.
                int end = i;
                while (end + 1 < lines.size() && lines.get(end + 1).block().isEmpty()
                        && H4.matcher(lines.get(end + 1).text()).matches()) {
                    end++;
                }
                if (end > i && isList(lines.subList(i, end + 1))) {
                    for (int j = i; j <= end; j++) {
                        Matcher item = H4.matcher(lines.get(j).text());
                        item.matches();
                        blocks.add(new Block.Item(Integer.parseInt(item.group(2)), strip(item.group(3)),
                                lines.get(j).number()));
                    }
                    i = end;
                } else {
                    heading(4, m.group(1), m.group(3), line.number(), blocks);
                }
            } else if ((m = ITEM.matcher(text)).matches()) {
                blocks.add(new Block.Item(Integer.parseInt(m.group(1)), strip(m.group(2)), line.number()));
            } else {
                blocks.add(new Block.Paragraph(text, line.number()));
            }
        }
        return blocks;
    }

    /** True when a line starts with the numbering of an official outline: 一、 （一） 1. （1）. */
    static boolean numbered(String text) {
        return H2.matcher(text).matches() || H3.matcher(text).matches() || H4.matcher(text).matches()
                || ITEM.matcher(text).matches();
    }

    private static boolean isList(List<SourceLine> run) {
        for (SourceLine line : run) {
            Matcher m = H4.matcher(line.text());
            m.matches();
            if (split(m.group(3)) != null || m.group(3).length() > LONGEST_ITEM) {
                return false;
            }
        }
        return true;
    }

    private static void heading(int level, String number, String rest, int line, List<Block> blocks) {
        String[] parts = split(rest);
        if (parts != null) {
            blocks.add(new Block.Heading(level, number + parts[0], line));
            if (!parts[1].isEmpty()) {
                blocks.add(new Block.Paragraph(parts[1], line));
            }
        } else if (rest.length() <= LONGEST_HEADING + 10 && rest.indexOf('。') < 0) {
            blocks.add(new Block.Heading(level, number + strip(rest), line));
        } else {
            blocks.add(new Block.Paragraph(number + rest, line));
        }
    }

    /**
     * A heading sentence and the paragraph after it, when the line starts with a short sentence ending
     * in 。; null when it does not.
     */
    static String[] split(String rest) {
        int stop = rest.indexOf('。');
        if (stop < 0 || stop > LONGEST_HEADING) {
            return null;
        }
        String heading = strip(rest.substring(0, stop));
        // 1—6月，…… is not a heading sentence: a heading names something, it does not open with a figure.
        if (heading.isEmpty() || Character.isDigit(heading.charAt(0))) {
            return null;
        }
        return new String[] {heading, strip(rest.substring(stop + 1))};
    }

    static String strip(String text) {
        return EDGE_SPACE.matcher(text).replaceAll("");
    }
}
