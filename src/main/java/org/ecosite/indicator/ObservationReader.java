package org.ecosite.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlNode;

/** Reads a report's {@code indicators} list, checking every value against its indicator's type. */
public final class ObservationReader {

    private static final List<String> KEYS = List.of("id", "value", "period", "location", "status", "note", "source",
            "target");
    /** What redaction leaves instead of a figure: *, **, x, XX, 某某, possibly with a unit sign. */
    private static final Pattern REDACTED = Pattern.compile("[*＊xX×]+\\s*%?|某+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern CLASS = Pattern.compile("(劣)?\\s*(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|IV|V|III|II|I)\\s*类?");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V");
    private static final List<String> ROMAN_CHARS = List.of("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ");

    private final Catalog catalog;

    public ObservationReader(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<Observation> readAll(List<MappingReader> entries, Optional<Period> reportPeriod) {
        List<Observation> observations = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (MappingReader entry : entries) {
            read(entry, reportPeriod).ifPresent(o -> {
                String key = o.key() + "|" + o.period().text();
                Position first = seen.putIfAbsent(key, o.position());
                if (first != null) {
                    entry.problems().error(entry.file(), o.position(), "indicator.duplicate", o.id(), first.line());
                } else {
                    observations.add(o);
                }
            });
        }
        return observations;
    }

    public Optional<Observation> read(MappingReader entry, Optional<Period> reportPeriod) {
        String file = entry.file();
        Problems problems = entry.problems();
        entry.warnUnknownKeys(KEYS);
        Optional<Indicator> indicator = entry.text("id", true).flatMap(id -> {
            Optional<Indicator> found = catalog.find(id);
            if (found.isEmpty()) {
                List<String> near = catalog.suggest(id);
                if (near.isEmpty()) {
                    problems.error(file, entry.valuePositionOf("id"), "indicator.unknown", id);
                } else {
                    problems.error(file, entry.valuePositionOf("id"), "indicator.unknown_near", id,
                            String.join(", ", near));
                }
            }
            return found;
        });
        Optional<Period> period = entry.scalar("period", false).flatMap(s -> {
            Optional<Period> p = Period.parse(s.text());
            if (p.isEmpty()) {
                problems.error(file, s.position(), "period.invalid", s.text());
            }
            return p;
        });
        if (!entry.has("period") && reportPeriod.isEmpty()) {
            problems.error(file, entry.position(), "indicator.no_period", indicator.map(Indicator::id).orElse("?"));
        }
        Optional<Period> effective = period.or(() -> reportPeriod);
        Optional<YamlNode.Scalar> rawValue = entry.scalar("value", true);
        Optional<Value> value = indicator.flatMap(ind -> rawValue.flatMap(s -> parse(ind, s, "value", entry)));
        Optional<Value> target = indicator.flatMap(ind -> entry.scalar("target", false)
                .flatMap(s -> parse(ind, s, "target", entry)));
        if (indicator.isPresent() && value.isPresent() && effective.isPresent() && indicator.get().atMostPeriodDays()
                && value.get().plotValue().compareTo(BigDecimal.valueOf(effective.get().days())) > 0) {
            problems.error(file, rawValue.get().position(), "indicator.more_days_than_period", value.get().display(),
                    effective.get().text(), effective.get().days());
        }
        Status status = entry.scalar("status", false).map(s -> Status.fromWord(s.text().strip()).orElseGet(() -> {
            problems.error(file, s.position(), "indicator.status", s.text());
            return Status.FINAL;
        })).orElse(Status.FINAL);
        if (indicator.isEmpty() || value.isEmpty() || effective.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observation(indicator.get(), value.get(), effective.get(), entry.text("location", false),
                status, entry.text("note", false), entry.text("source", false), target, entry.position()));
    }

    /** Reads a value in the shape the indicator's type asks for; reports what is wrong with it. */
    private static Optional<Value> parse(Indicator indicator, YamlNode.Scalar scalar, String key, MappingReader entry) {
        String text = scalar.text().strip();
        String file = entry.file();
        Problems problems = entry.problems();
        Position at = scalar.position();
        if (REDACTED.matcher(text).matches()) {
            problems.error(file, at, "indicator.redacted", indicator.id(), text);
            return Optional.empty();
        }
        switch (indicator.type()) {
            case CLASS -> {
                Matcher m = CLASS.matcher(text);
                if (!m.matches()) {
                    problems.error(file, at, "indicator.class", indicator.id(), text);
                    return Optional.empty();
                }
                String numeral = m.group(2);
                int rank = ROMAN_CHARS.contains(numeral) ? ROMAN_CHARS.indexOf(numeral) + 1 : ROMAN.indexOf(numeral) + 1;
                if (m.group(1) != null) {
                    if (rank != 5) {
                        problems.error(file, at, "indicator.class", indicator.id(), text);
                        return Optional.empty();
                    }
                    rank = 6;
                }
                return Optional.of(new Value.WaterClass(rank));
            }
            case FRACTION -> {
                Matcher m = FRACTION.matcher(text);
                if (!m.matches()) {
                    problems.error(file, at, "indicator.fraction", indicator.id(), text);
                    return Optional.empty();
                }
                BigDecimal done = new BigDecimal(m.group(1));
                BigDecimal total = new BigDecimal(m.group(2));
                if (total.signum() == 0 || done.compareTo(total) > 0) {
                    problems.error(file, at, "indicator.fraction_order", indicator.id(), text);
                    return Optional.empty();
                }
                return Optional.of(new Value.Fraction(done, total));
            }
            default -> {
                String number = text.endsWith("%") && indicator.type() == IndicatorType.PERCENT
                        ? text.substring(0, text.length() - 1).strip() : text;
                if (!NUMBER.matcher(number).matches()) {
                    problems.error(file, at, "indicator.number", indicator.id(), text);
                    return Optional.empty();
                }
                BigDecimal value = new BigDecimal(number);
                if (indicator.type() == IndicatorType.PERCENT
                        && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                    problems.error(file, at, "indicator.percent_range", indicator.id(), text);
                    return Optional.empty();
                }
                if (indicator.type() == IndicatorType.COUNT
                        && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
                    problems.error(file, at, "indicator.count", indicator.id(), text);
                    return Optional.empty();
                }
                return Optional.of(new Value.Quantity(value));
            }
        }
    }
}
