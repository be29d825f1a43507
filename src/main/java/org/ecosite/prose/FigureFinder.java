package org.ecosite.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures that Chinese environmental work reports state in sentences, in the words
 * bulletins use: PM2.5 平均浓度为15微克/立方米, 优良天数达179天, 空气优良率达到95.6%, 饮用水源地水质100%达标,
 * 龙潭河达到Ⅲ类水质, 化学需氧量、氨氮……减排量分别达到658.17吨、31.08吨, 办理环境信访投诉120件, 办结率100%,
 * 立案查处环境违法行为12起, 罚款35.6万元, 反馈问题12个，已销号10个.
 *
 * <p>It reads the way an editor would, not a statistician: a change (同比下降2微克) is not a
 * level, a bound (Ⅲ类以上) is not a class, and a figure hidden behind a placeholder ({@code *%})
 * is found as hidden, so that nobody mistakes it for a value. Everything it finds is a proposal
 * for a person to confirm.
 */
public final class FigureFinder {

    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    private static final String HIDDEN = "[*＊]+|(?<![A-Za-z])[xX]{1,3}(?![A-Za-z])|某某";
    private static final String VALUE = "(?<v>" + NUMBER + "|" + HIDDEN + ")";
    private static final String VERB = "(?:为|达到|达|是|共|有|保持|稳定在|：|:)?\\s*";
    private static final String CONCENTRATION = "\\s*(?:微克/立方米|微克每立方米|μg/m³|μg/m3|ug/m³|ug/m3)";
    /** Words between a subject and its figure, but not the words of a change or a comparison. */
    private static String gap(int max) {
        return "(?:(?!同比|环比|下降|上升|降低|提高|增加|增长|减少|改善|变化|比例|比率)[^，。；,;\\d]){0," + max + "}?";
    }

    /**
     * @param anchor words one of which the text must hold for the pattern to have a chance: a cheap test
     *               that spares running the pattern over the many paragraphs that state no figure
     */
    private record Rule(String indicator, Pattern pattern, String... anchor) {
        boolean mayMatch(String text) {
            for (String a : anchor) {
                if (text.contains(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("pm25", Pattern.compile("PM\\s?2\\.5(?!\\d)" + gap(12) + VERB + VALUE + CONCENTRATION), "PM"),
            new Rule("pm10", Pattern.compile("PM\\s?10(?![\\d.])" + gap(12) + VERB + VALUE + CONCENTRATION), "PM"),
            new Rule("good_air_days", Pattern.compile("优良天数" + gap(6) + VERB + VALUE + "\\s*天"), "优良天数"),
            new Rule("good_air_rate", Pattern.compile(
                    "优良(?:天数)?(?:比例|比率|率)" + gap(6) + VERB + VALUE + "\\s*[%％]"), "优良"),
            new Rule("heavy_pollution_days", Pattern.compile(
                    "重(?:度及以上)?污染天(?:数)?" + gap(6) + VERB + VALUE + "\\s*天"), "污染天"),
            new Rule("drinking_water_compliance", Pattern.compile(
                    "(?:饮用水(?:水)?源地?|水源地)(?:(?!同比)[^。；;，,]){0,30}?(?:达标率|合格率|达标比例)" + VERB + VALUE
                            + "\\s*[%％]"), "水源"),
            new Rule("drinking_water_compliance", Pattern.compile(
                    "(?:饮用水(?:水)?源地?|水源地)水质\\s*" + VALUE + "\\s*[%％]\\s*(?:达标|合格)"), "水源"),
            new Rule("water_good_rate", Pattern.compile(
                    "(?:断面|地表水)[^。；;，,\\d]{0,20}?(?:水质)?优良(?:比例|率)" + VERB + VALUE + "\\s*[%％]"), "优良"),
            new Rule("water_bad_rate", Pattern.compile("劣[ⅤV]类(?:水质)?(?:断面)?(?:比例)?" + VERB + VALUE + "\\s*[%％]"), "劣"),
            new Rule("complaints_received", Pattern.compile(
                    "(?:受理|办理|接到|收到)(?:(?!办结)[^。；;，,]){0,24}?(?:信访|投诉|举报)(?:(?!办结)[^。；;，,]){0,10}?"
                            + VERB + VALUE + "\\s*件"), "信访", "投诉", "举报"),
            new Rule("complaints_closed", Pattern.compile("(?:办结|完成办结)(?!率)" + gap(8) + VERB + VALUE + "\\s*件"), "办结"),
            new Rule("complaint_closure_rate", Pattern.compile("(?<!完成)办结率" + VERB + VALUE + "\\s*[%％]"), "办结率"),
            new Rule("enforcement_cases", Pattern.compile(
                    "立案(?:查处)?(?:环境违法(?:行为|案件)?)?(?:案件)?" + VERB + VALUE + "\\s*(?:起|件)"), "立案"),
            new Rule("fines", Pattern.compile("(?:罚款|处罚|罚没)(?:金额)?(?:共计|合计)?" + VERB + VALUE + "\\s*万元"), "万元"));

    private static final Pattern RECTIFIED = Pattern.compile(
            "反馈[^。；;，,]{0,12}?问题(?:共)?\\s*(?<t>" + NUMBER + "|" + HIDDEN + ")\\s*(?:个|项|件)[，,]\\s*(?:已|其中)?"
                    + "(?:完成整改|整改完成|销号|整改销号|完成销号)(?:并销号)?\\s*" + VALUE + "\\s*(?:个|项|件)");

    private static final String CLASS = "劣?[ⅠⅡⅢⅣⅤ]|劣?(?:IV|V|I{1,3})";
    private static final Pattern SECTION_CLASS = Pattern.compile(
            "(?<loc>(?:\\p{IsHan}{1,6}?(?:河|江|溪|湖|水库|断面)[、和]?)+)(?:水)?(?<note>（[^）]{1,10}）)?(?:断面)?(?:水质)?"
                    + "(?:始终|均|持续|总体)?(?:保持|达到|为|稳定在)(?:在)?\\s*(?<v>" + CLASS + ")\\s*类(?!以上|及以上|以下|及以下)");

    /** The end every SECTION_CLASS match has: a verb, a class, 类. */
    private static final Pattern CLASS_TAIL = Pattern.compile(
            "(?:保持|达到|为|稳定在)(?:在)?\\s*(?:" + CLASS + ")\\s*类");

    private static final String POLLUTANT = "化学需氧量|COD|氨氮|氮氧化物|挥发性有机物|VOCs|VOCS";
    private static final Map<String, String> POLLUTANTS = Map.of("化学需氧量", "cod_reduction", "COD", "cod_reduction",
            "氨氮", "nh3n_reduction", "氮氧化物", "nox_reduction", "挥发性有机物", "vocs_reduction",
            "VOCs", "vocs_reduction", "VOCS", "vocs_reduction");
    private static final String TONNES = "\\s*(?:吨|t(?![A-Za-z]))";
    private static final Pattern REDUCTION_LIST = Pattern.compile(
            "(?<names>(?:" + POLLUTANT + ")(?:[、和及与](?:" + POLLUTANT + "))+)[^。；;]{0,40}?(?:减排|削减)[^。；;]{0,20}?"
                    + "分别(?:达到|为|是|完成)?\\s*(?<values>(?:" + NUMBER + "|" + HIDDEN + ")" + TONNES + "(?:[、，,和]\\s*(?:"
                    + NUMBER + "|" + HIDDEN + ")" + TONNES + ")+)");
    private static final Pattern REDUCTION_ONE = Pattern.compile(
            "(?<name>" + POLLUTANT + ")[^。；;，,、]{0,12}?(?:减排|削减)(?:量)?(?:累计)?(?:完成)?(?:量)?" + VERB + VALUE + TONNES);
    private static final Pattern LIST_VALUE = Pattern.compile("(" + NUMBER + "|" + HIDDEN + ")" + TONNES);

    private FigureFinder() {
    }

    /** Every figure the text states, in the order they stand. A text is a paragraph or a heading. */
    public static List<StatedFigure> find(String text) {
        List<StatedFigure> found = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.mayMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                found.add(figure(text, rule.indicator(), Optional.empty(), value(m.group("v")), m.start(), m.end(),
                        m.start("v")));
            }
        }
        Matcher m = RECTIFIED.matcher(text.contains("反馈") ? text : "");
        while (m.find()) {
            Optional<String> done = value(m.group("v"));
            Optional<String> total = value(m.group("t"));
            Optional<String> fraction = done.isPresent() && total.isPresent()
                    ? Optional.of(done.get() + "/" + total.get()) : Optional.empty();
            found.add(figure(text, "inspection_rectified", Optional.empty(), fraction, m.start(), m.end(),
                    m.start("v")));
        }
        sectionClasses(text, found);
        reductions(text, found);
        found.sort(Comparator.comparingInt(StatedFigure::start).thenComparing(StatedFigure::indicator)
                .thenComparing(f -> f.location().orElse("")));
        return found;
    }

    private static void sectionClasses(String text, List<StatedFigure> found) {
        // The full pattern tries every Chinese run as a river name; most paragraphs never say
        // "达到Ⅱ类" at all, and the short tail tells that at once.
        if (!text.contains("类") || !CLASS_TAIL.matcher(text).find()) {
            return;
        }
        Matcher m = SECTION_CLASS.matcher(text);
        while (m.find()) {
            String value = romanClass(m.group("v"));
            String note = m.group("note") == null ? "" : m.group("note");
            for (String name : m.group("loc").split("[、和]")) {
                if (name.isEmpty()) {
                    continue;
                }
                // 沮河、南河断面 names two rivers; 出境断面 is itself the place.
                String place = placeName(name.endsWith("断面") && name.length() > 2
                        && name.substring(0, name.length() - 2).matches(".*(?:河|江|溪|湖|水库)")
                        ? name.substring(0, name.length() - 2) : name);
                found.add(figure(text, "water_section_class", Optional.of(place + note), Optional.of(value),
                        m.start(), m.end(), m.start("v")));
            }
        }
    }

    private static void reductions(String text, List<StatedFigure> found) {
        if (!text.contains("减排") && !text.contains("削减")) {
            return;
        }
        boolean[] listed = new boolean[text.length() + 1];
        Matcher m = REDUCTION_LIST.matcher(text);
        while (m.find()) {
            String[] names = m.group("names").split("[、和及与]");
            List<String> values = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            Matcher v = LIST_VALUE.matcher(m.group("values"));
            while (v.find()) {
                values.add(v.group(1));
                starts.add(m.start("values") + v.start(1));
            }
            if (names.length != values.size()) {
                continue;
            }
            for (int i = 0; i < names.length; i++) {
                found.add(figure(text, POLLUTANTS.get(names[i]), Optional.empty(), value(values.get(i)), m.start(),
                        m.end(), starts.get(i)));
            }
            for (int i = m.start(); i < m.end(); i++) {
                listed[i] = true;
            }
        }
        m = REDUCTION_ONE.matcher(text);
        while (m.find()) {
            if (!listed[m.start()]) {
                found.add(figure(text, POLLUTANTS.get(m.group("name")), Optional.empty(), value(m.group("v")),
                        m.start(), m.end(), m.start("v")));
            }
        }
    }

    /**
     * A place's name without the words a sentence puts before it: 半年我县出境断面 is 出境断面. The run of
     * Chinese characters before 河 or 断面 is cut after the last word that ends a phrase about time or area.
     */
    static String placeName(String run) {
        int cut = 0;
        for (int i = 0; i < run.length() - 1; i++) {
            if ("年月日县市区镇乡村我的中在及".indexOf(run.charAt(i)) >= 0) {
                cut = i + 1;
            }
        }
        String name = run.substring(cut);
        return name.length() < 2 ? run : name;
    }

    private static Optional<String> value(String written) {
        return written.matches(NUMBER) ? Optional.of(written) : Optional.empty();
    }

    /** Ⅰ…Ⅴ as the catalog writes them; Latin numerals (II, IV) become the Roman-numeral characters. */
    static String romanClass(String written) {
        boolean worse = written.startsWith("劣");
        String numeral = worse ? written.substring(1) : written;
        String roman = switch (numeral) {
            case "I" -> "Ⅰ";
            case "II" -> "Ⅱ";
            case "III" -> "Ⅲ";
            case "IV" -> "Ⅳ";
            case "V" -> "Ⅴ";
            default -> numeral;
        };
        return (worse ? "劣" : "") + roman;
    }

    private static StatedFigure figure(String text, String indicator, Optional<String> location,
                                       Optional<String> value, int start, int end, int valueStart) {
        return new StatedFigure(indicator, location, value, text.substring(start, end), start, valueStart,
                Sentences.around(text, start, end));
    }
}
