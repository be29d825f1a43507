package org.ecosite.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a table said as sentences, so that the rules that find figures in prose find them in
 * tables too: the row 「PM2.5平均浓度（微克/立方米）| 28」 under the column 「2024年上半年」 is read as
 * 「2024年上半年PM2.5平均浓度为28微克/立方米」. Both orders of row and column label are said, so a table
 * with its indicators in rows reads as one with them in columns.
 */
final class TableSentences {

    /** A label ending with its unit in brackets: 浓度（微克/立方米）. */
    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*[（(]([^（）()]{1,12})[）)]\\s*$");
    private static final Pattern BARE = Pattern.compile("^(?:-?\\d+(?:\\.\\d+)?|[*＊]+)$");

    private TableSentences() {
    }

    static List<String> of(List<List<String>> rows) {
        List<String> sentences = new ArrayList<>();
        if (rows.size() < 2) {
            return sentences;
        }
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            String[] rowLabel = split(row.get(0));
            for (int c = 1; c < row.size() && c < header.size(); c++) {
                String value = row.get(c).strip();
                if (value.isEmpty()) {
                    continue;
                }
                String[] column = split(header.get(c));
                String unit = BARE.matcher(value).matches() ? (rowLabel[1].isEmpty() ? column[1] : rowLabel[1]) : "";
                sentences.add(column[0] + rowLabel[0] + "为" + value + unit);
                sentences.add(rowLabel[0] + column[0] + "为" + value + unit);
            }
        }
        return sentences;
    }

    /** The label without its unit, and the unit (empty when it names none). */
    private static String[] split(String label) {
        Matcher m = UNIT.matcher(label.strip());
        return m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {label.strip(), ""};
    }
}
