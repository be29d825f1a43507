package org.ecosite.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecosite.config.Language;

/**
 * The span of time a figure covers, both ends inclusive, in one of the forms of the content
 * model: {@code 2024}, {@code 2024-H1}, {@code 2024-Q2}, {@code 2024-05}, {@code 2024-01/2024-05},
 * {@code 2024-01-01/2024-05-31}.
 *
 * @param text the form the editor wrote, kept for data files and messages
 */
public record Period(LocalDate start, LocalDate end, Kind kind, String text) implements Comparable<Period> {

    /** The shape of a period; 同比 compares a period with the one of the same shape a year earlier. */
    public enum Kind { YEAR, HALF, QUARTER, MONTH, MONTHS, DAYS }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");
    private static final Pattern DAYS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    /** Parses a period; empty when the text has none of the forms or its end comes before its start. */
    public static Optional<Period> parse(String raw) {
        String text = raw.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return Optional.of(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.YEAR, text));
            }
            if ((m = HALF.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                boolean first = m.group(2).equals("1");
                return Optional.of(new Period(LocalDate.of(year, first ? 1 : 7, 1),
                        first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31), Kind.HALF, text));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(year, q * 3 - 2);
                return Optional.of(new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Kind.QUARTER, text));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new Period(month.atDay(1), month.atEndOfMonth(), Kind.MONTH, text));
            }
            if ((m = MONTHS.matcher(text)).matches()) {
                YearMonth from = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                YearMonth to = YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                return ordered(from.atDay(1), to.atEndOfMonth(), Kind.MONTHS, text);
            }
            if ((m = DAYS.matcher(text)).matches()) {
                return ordered(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)), Kind.DAYS, text);
            }
        } catch (java.time.DateTimeException e) {
            // A month 13 or a 30 February: not a period.
        }
        return Optional.empty();
    }

    private static Optional<Period> ordered(LocalDate start, LocalDate end, Kind kind, String text) {
        return end.isBefore(start) ? Optional.empty() : Optional.of(new Period(start, end, kind, text));
    }

    /** How many days the period has, both ends counted: January–May 2024 has 152. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** True when the period is one whole calendar year, however it is written (2024, 2024-01/2024-12). */
    public boolean isCalendarYear() {
        return start.getDayOfYear() == 1 && end.equals(start.withMonth(12).withDayOfMonth(31));
    }

    /**
     * Which span of the year the period covers, whatever its label: {@code 2024-H1} and
     * {@code 2024-01/2024-06} both give {@code 01-01/06-30+0}. Figures of equal spans are comparable
     * (the same months of different years); figures of different spans never are.
     */
    public String span() {
        int years = end.getYear() - start.getYear();
        if (wholeMonths()) {
            // Whole months: January–February is one span in leap years and others.
            return String.format("%02d/%02d+%d", start.getMonthValue(), end.getMonthValue(), years);
        }
        return String.format("%02d-%02d/%02d-%02d+%d", start.getMonthValue(), start.getDayOfMonth(),
                end.getMonthValue(), end.getDayOfMonth(), years);
    }

    /**
     * Which trend series the period belongs to: {@code year}, {@code half}, {@code quarter} or
     * {@code month} for a calendar year, an aligned half-year, an aligned quarter or a single month,
     * however written ({@code 2024-H1} and {@code 2024-01/2024-06} are both {@code half}; H1 and H2 are
     * one series). Any other period, such as a cumulative 1—5月, is its own {@link #span}: it compares
     * only with the same months of other years.
     */
    public String series() {
        if (wholeMonths() && start.getYear() == end.getYear()) {
            int first = start.getMonthValue();
            int last = end.getMonthValue();
            if (first == 1 && last == 12) {
                return "year";
            }
            if (last - first == 5 && (first == 1 || first == 7)) {
                return "half";
            }
            if (last - first == 2 && (first - 1) % 3 == 0) {
                return "quarter";
            }
            if (first == last) {
                return "month";
            }
        }
        return span();
    }

    /** True when the period covers whole months: a month, a quarter, a half-year, January–May, a year. */
    public boolean wholeMonths() {
        return start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth();
    }

    /** The same span one year earlier, for 同比. */
    public Period yearBefore() {
        return new Period(start.minusYears(1), end.minusYears(1), kind, text);
    }

    /** True when {@code other} is this period's span one year earlier (同期), the base of a 同比 change. */
    public boolean isYearBefore(Period other) {
        Period before = yearBefore();
        return before.start.equals(other.start) && before.end.equals(other.end);
    }

    /** The period as a reader says it: 2024年1—5月, 2024年上半年 / Jan–May 2024, H1 2024. */
    public String label(Language language) {
        return language == Language.EN ? english() : chinese();
    }

    private String chinese() {
        int y = start.getYear();
        return switch (kind) {
            case YEAR -> y + "年";
            case HALF -> y + (start.getMonthValue() == 1 ? "年上半年" : "年下半年");
            case QUARTER -> y + "年第" + "一二三四".charAt((start.getMonthValue() - 1) / 3) + "季度";
            case MONTH -> y + "年" + start.getMonthValue() + "月";
            case MONTHS -> end.getYear() == y
                    ? (start.getMonthValue() == end.getMonthValue()
                        ? y + "年" + start.getMonthValue() + "月"
                        : y + "年" + start.getMonthValue() + "—" + end.getMonthValue() + "月")
                    : y + "年" + start.getMonthValue() + "月—" + end.getYear() + "年" + end.getMonthValue() + "月";
            case DAYS -> end.getYear() == y
                    ? y + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日—"
                        + end.getMonthValue() + "月" + end.getDayOfMonth() + "日"
                    : y + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日—"
                        + end.getYear() + "年" + end.getMonthValue() + "月" + end.getDayOfMonth() + "日";
        };
    }

    private static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};

    private String english() {
        int y = start.getYear();
        String m1 = MONTH_NAMES[start.getMonthValue() - 1];
        String m2 = MONTH_NAMES[end.getMonthValue() - 1];
        return switch (kind) {
            case YEAR -> String.valueOf(y);
            case HALF -> (start.getMonthValue() == 1 ? "H1 " : "H2 ") + y;
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + y;
            case MONTH -> m1 + " " + y;
            case MONTHS -> end.getYear() == y
                    ? (m1.equals(m2) ? m1 + " " + y : m1 + "–" + m2 + " " + y)
                    : m1 + " " + y + " – " + m2 + " " + end.getYear();
            case DAYS -> start.getDayOfMonth() + " " + m1 + (end.getYear() == y ? "" : " " + y) + " – "
                    + end.getDayOfMonth() + " " + m2 + " " + end.getYear();
        };
    }

    /** Earlier periods first; of two with the same end, the longer first. */
    @Override
    public int compareTo(Period other) {
        int byEnd = end.compareTo(other.end);
        return byEnd != 0 ? byEnd : start.compareTo(other.start);
    }
}
