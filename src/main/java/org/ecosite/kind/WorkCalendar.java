package org.ecosite.kind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.ecosite.check.Problems;
import org.ecosite.config.SiteLayout;
import org.ecosite.source.TextFile;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;

/**
 * The official calendar of working days: Monday to Friday, less the 法定节假日 and plus the 调休
 * weekend days that the State Council's yearly notice (国务院办公厅关于XXXX年部分节假日安排的通知)
 * names. The notices of 2019 to 2026 are built in ({@code holidays.yaml} beside this class); a site's
 * own {@code holidays.yaml} adds a year or replaces one, in the same form.
 */
public final class WorkCalendar {

    public static final String SITE_FILE = SiteLayout.HOLIDAYS;
    private static final String BUILT_IN = "holidays.yaml";
    private static final String BUILT_IN_NAME = "(ecosite)/holidays.yaml";
    private static final List<String> YEAR_KEYS = List.of("year", "source", "off", "work");
    private static final List<String> SPAN_KEYS = List.of("name", "from", "to");

    /** One year's arrangement: its days off (weekends included) and its weekend days worked. */
    private record Year(int year, String source, Set<LocalDate> off, Set<LocalDate> work) {
    }

    private final Map<Integer, Year> years;
    private final Set<LocalDate> off = new HashSet<>();
    private final Set<LocalDate> work = new HashSet<>();

    private WorkCalendar(Map<Integer, Year> years) {
        this.years = new TreeMap<>(years);
        for (Year y : this.years.values()) {
            off.addAll(y.off());
            work.addAll(y.work());
        }
    }

    /** The built-in notices, then the site's {@code holidays.yaml} when it has one. */
    public static WorkCalendar load(Path siteDir, Problems problems) {
        Map<Integer, Year> years = new TreeMap<>();
        read(builtInText(), BUILT_IN_NAME, years, problems);
        Path site = siteDir.resolve(SITE_FILE);
        if (Files.isRegularFile(site)) {
            TextFile.read(site, SITE_FILE, problems).ifPresent(text -> read(text, SITE_FILE, years, problems));
        }
        return new WorkCalendar(years);
    }

    /** The built-in notices alone. */
    public static WorkCalendar builtIn() {
        Problems problems = new Problems();
        Map<Integer, Year> years = new TreeMap<>();
        read(builtInText(), BUILT_IN_NAME, years, problems);
        if (problems.hasErrors()) {
            throw new IllegalStateException("the built-in holiday calendar is invalid: " + problems.sorted());
        }
        return new WorkCalendar(years);
    }

    /** True when the notice of {@code year} is known, so its working days can be counted. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** The years whose notice is known, in order. */
    public Set<Integer> years() {
        return ((TreeMap<Integer, Year>) years).navigableKeySet();
    }

    /** The notice a year's working days come from. */
    public Optional<String> source(int year) {
        return Optional.ofNullable(years.get(year)).map(Year::source);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (work.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !off.contains(day);
    }

    /** The first year from {@code from} to {@code to} whose notice is not known, if any. */
    public Optional<Integer> missingYear(LocalDate from, LocalDate to) {
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            if (!covers(y)) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /**
     * Which working day after {@code from} the day {@code to} is: the working days {@code d} with
     * {@code from < d <= to}. A decision of Friday published on the next Monday was published on the
     * 1st working day after it. Ask {@link #missingYear} first: unknown years count weekends only.
     */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    /** The working days from {@code start} to {@code end}, both counted. */
    public int workingDaysFrom(LocalDate start, LocalDate end) {
        return workingDaysAfter(start.minusDays(1), end);
    }

    // --- reading -------------------------------------------------------------------------------

    private static String builtInText() {
        return TextFile.resource(WorkCalendar.class, BUILT_IN);
    }

    private static void read(String text, String file, Map<Integer, Year> years, Problems problems) {
        Optional<YamlNode> tree = YamlLoader.load(text, file, 1, problems);
        if (tree.isEmpty()) {
            return;
        }
        if (!(tree.get() instanceof YamlNode.Sequence list)) {
            problems.error(file, tree.get().position(), "holidays.expected_list");
            return;
        }
        for (YamlNode item : list.items()) {
            MappingReader.of(item, "holidays", file, problems).flatMap(WorkCalendar::year)
                    .ifPresent(y -> years.put(y.year(), y));
        }
    }

    private static Optional<Year> year(MappingReader m) {
        m.warnUnknownKeys(YEAR_KEYS);
        Optional<Integer> year = m.scalar("year", true).flatMap(s -> {
            if (s.text().strip().matches("\\d{4}")) {
                return Optional.of(Integer.parseInt(s.text().strip()));
            }
            m.problems().error(m.file(), s.position(), "holidays.year", s.text());
            return Optional.empty();
        });
        Optional<String> source = m.text("source", true);
        Set<LocalDate> off = new HashSet<>();
        for (MappingReader span : m.mappings("off")) {
            span.warnUnknownKeys(SPAN_KEYS);
            span.text("name", true);
            Optional<LocalDate> from = span.date("from", true);
            Optional<LocalDate> to = span.date("to", true);
            if (from.isPresent() && to.isPresent()) {
                if (to.get().isBefore(from.get())) {
                    span.problems().error(span.file(), span.valuePositionOf("to"), "holidays.span_order", to.get(),
                            from.get());
                }
                for (LocalDate d = from.get(); !d.isAfter(to.get()); d = d.plusDays(1)) {
                    off.add(d);
                }
            }
        }
        Set<LocalDate> work = new HashSet<>();
        Optional<YamlNode> days = m.mapping().get("work");
        if (days.isPresent() && days.get() instanceof YamlNode.Sequence seq) {
            for (YamlNode day : seq.items()) {
                if (day instanceof YamlNode.Scalar s) {
                    m.parseDate(s, "work").ifPresent(d -> {
                        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                            m.problems().error(m.file(), s.position(), "holidays.work_weekday", d);
                        }
                        work.add(d);
                    });
                } else {
                    m.problems().error(m.file(), day.position(), "field.expected_text_item", "work");
                }
            }
        } else if (days.isPresent()) {
            m.problems().error(m.file(), days.get().position(), "field.expected_list", "work");
        }
        if (year.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Year(year.get(), source.get(), Set.copyOf(off), Set.copyOf(work)));
    }
}
