package org.ecosite.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecosite.indicator.Period;

/**
 * What the text says about itself: the organisation and title it opens with, the date it is signed
 * with, and the period its figures cover. Each finding carries the words it was read from, so the
 * editor can see why; what the text does not say is left for the editor, with a note.
 */
final class Header {

    private static final Pattern ORGANIZATION = Pattern.compile(
            "^[\\p{IsHan}（）()·]{2,30}(?:局|委员会|人民政府|办公室|分局|中心|监测站)$");
    private static final Pattern TITLE_WORD = Pattern.compile("总结|小结|报告|情况|要点|计划|汇报|通报|公报|工作");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern HALF = Pattern.compile("(\\d{4})\\s*年?\\s*([上下])半年");
    private static final Pattern MONTHS = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*[-—–~～至到]\\s*(\\d{1,2})\\s*月");
    private static final Pattern MONTHS_HIDDEN = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*[-—–~～至到]\\s*([*＊xX]+)\\s*月");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年(?:度|全年)");
    private static final Pattern HALF_NO_YEAR = Pattern.compile("(?<![\\d年])([上下])半年");
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])");

    /** The most lines at the top that can be an organisation or a title, and at the end a signature. */
    private static final int TOP = 3;

    /** A value read from the text, with the words it was read from. */
    record Found<T>(T value, String from, int line) {
    }

    Optional<Found<String>> organization = Optional.empty();
    Optional<Found<String>> title = Optional.empty();
    Optional<Found<LocalDate>> date = Optional.empty();
    Optional<Found<Period>> period = Optional.empty();
    /** 上 or 下 when the text names a half year but not its year. */
    Optional<String> half = Optional.empty();
    /** What the text says about its period that is not enough to set it, for the editor. */
    List<String> periodNotes = new ArrayList<>();
    private String unit = "行";

    /**
     * Reads the header and signature lines and removes them from {@code lines}; the rest is the body.
     *
     * @param unit what the source's numbers count, in notes to the editor: 行 for a text, 段 for Word
     */
    static Header read(List<SourceLine> lines, String unit) {
        Header h = new Header();
        h.unit = unit;
        List<SourceLine> nonBlank = lines.stream().filter(l -> !l.text().isBlank()).toList();
        for (int i = 0; i < Math.min(TOP, nonBlank.size()); i++) {
            SourceLine line = nonBlank.get(i);
            String text = line.text();
            if (NUMBERED.matcher(text).find() || text.length() > 50 || text.contains("。")) {
                break;
            }
            if (h.organization.isEmpty() && h.title.isEmpty() && ORGANIZATION.matcher(text).matches()) {
                h.organization = Optional.of(new Found<>(text, text, line.number()));
                lines.remove(line);
            } else if (h.title.isEmpty() && TITLE_WORD.matcher(text).find() && !text.endsWith("：")) {
                h.title = Optional.of(new Found<>(text, text, line.number()));
                lines.remove(line);
            } else {
                break;
            }
        }
        // A signature: the organisation and the date on the last lines.
        for (int i = nonBlank.size() - 1; i >= Math.max(0, nonBlank.size() - TOP); i--) {
            SourceLine line = nonBlank.get(i);
            Matcher d = DATE.matcher(line.text());
            if (h.date.isEmpty() && d.matches()) {
                h.date = parseDate(d).map(date -> new Found<>(date, line.text(), line.number()));
                lines.remove(line);
            } else if (ORGANIZATION.matcher(line.text()).matches() && line.text().length() <= 30) {
                if (h.organization.isEmpty()) {
                    h.organization = Optional.of(new Found<>(line.text(), line.text(), line.number()));
                }
                lines.remove(line);
            } else {
                break;
            }
        }
        h.period(lines);
        return h;
    }

    private static Optional<LocalDate> parseDate(Matcher d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The period from the title, else from the opening lines: the first that says one. */
    private void period(List<SourceLine> body) {
        List<Found<String>> places = new ArrayList<>();
        title.ifPresent(t -> places.add(new Found<>(t.value(), t.value(), t.line())));
        body.stream().filter(l -> !l.text().isBlank()).limit(3)
                .forEach(l -> places.add(new Found<>(l.text(), l.text(), l.number())));
        for (Found<String> place : places) {
            Optional<Found<Period>> found = periodIn(place.value(), place.line());
            if (found.isPresent()) {
                period = found;
                return;
            }
        }
        for (Found<String> place : places) {
            Matcher hidden = MONTHS_HIDDEN.matcher(place.value());
            if (hidden.find()) {
                periodNotes.add("原文第" + place.line() + unit + "写“" + hidden.group() + "”，截止月份被隐去，无法确定报告期；请填写 period。");
                return;
            }
            Matcher half = HALF_NO_YEAR.matcher(place.value());
            if (half.find()) {
                this.half = Optional.of(half.group(1));
                periodNotes.add("原文第" + place.line() + unit + "只写“" + half.group() + "”，没有写年份；请填写 period，例如 2024-"
                        + (half.group(1).equals("上") ? "H1" : "H2") + "。");
                return;
            }
        }
    }

    static Optional<Found<Period>> periodIn(String text, int line) {
        Matcher months = MONTHS.matcher(text);
        if (months.find()) {
            int year = Integer.parseInt(months.group(1));
            int from = Integer.parseInt(months.group(2));
            int to = Integer.parseInt(months.group(3));
            if (from >= 1 && to <= 12 && from <= to) {
                return Period.parse(monthsText(year, from, to)).map(p -> new Found<>(p, months.group(), line));
            }
        }
        Matcher half = HALF.matcher(text);
        if (half.find()) {
            String form = half.group(1) + (half.group(2).equals("上") ? "-H1" : "-H2");
            return Period.parse(form).map(p -> new Found<>(p, half.group(), line));
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            return Period.parse(year.group(1)).map(p -> new Found<>(p, year.group(), line));
        }
        return Optional.empty();
    }

    /** 1—6月 is the first half, 1—12月 the year, 4—6月 a quarter; other spans stay months. */
    static String monthsText(int year, int from, int to) {
        if (from == 1 && to == 12) {
            return String.valueOf(year);
        }
        if (from == 1 && to == 6 || from == 7 && to == 12) {
            return year + (from == 1 ? "-H1" : "-H2");
        }
        if (to - from == 2 && from % 3 == 1) {
            return year + "-Q" + (from / 3 + 1);
        }
        if (from == to) {
            return YearMonth.of(year, from).toString();
        }
        return YearMonth.of(year, from) + "/" + YearMonth.of(year, to);
    }
}
