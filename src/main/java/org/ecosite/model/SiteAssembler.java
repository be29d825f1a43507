package org.ecosite.model;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ecosite.config.Language;
import org.ecosite.config.SiteConfig;
import org.ecosite.content.Document;
import org.ecosite.content.IndexPage;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.Indicator;
import org.ecosite.markdown.Heading;
import org.ecosite.prose.Sentences;

/** Puts the checked pieces together into one immutable {@link Site}: reports without their bodies. */
public final class SiteAssembler {

    /** How long the home page's description may be when taken from its text: what a search result shows. */
    static final int HOME_DESCRIPTION = 120;

    private SiteAssembler() {
    }

    /**
     * @param documents the published reports
     * @param headings  the headings of reports' bodies, by path inside content/
     * @param intros    the rendered bodies of {@code _index.md} files, by path inside content/
     * @param indexes   the {@code _index.md} files, by folder inside content/ ("" for the home page)
     * @param catalog   the indicators, in catalog order: indicator pages follow it
     * @param homeText  the plain text of the home page's {@code _index.md}, empty without one
     */
    public static Site assemble(SiteConfig config, Catalog catalog, Routes routes, List<Document> documents,
                                Map<String, List<Heading>> headings, Map<String, String> intros,
                                Map<String, IndexPage> indexes, Figures figures, String homeText) {
        List<Report> reports = new ArrayList<>();
        for (Document doc : documents) {
            String path = doc.source().route();
            reports.add(new Report(doc, routes.report(path).orElseThrow(), headings.getOrDefault(path, List.of()),
                    doc.source().folder(), routes.region(doc.frontMatter().region())));
        }
        reports.sort(Report.NEWEST_FIRST);

        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(routes.sections()).entrySet()) {
            String folder = entry.getKey();
            List<Report> inside = reports.stream()
                    .filter(r -> r.section().equals(folder) || r.section().startsWith(folder + "/")).toList();
            Optional<IndexPage> index = Optional.ofNullable(indexes.get(folder));
            String title = index.flatMap(IndexPage::title).orElse(defaultTitle(folder, config.language()));
            String intro = index.map(i -> intros.getOrDefault(i.source().route(), "")).orElse("");
            sections.add(new Section(folder, entry.getValue(), title, index.flatMap(IndexPage::summary), intro, inside));
        }

        List<Region> regions = new ArrayList<>();
        for (Map.Entry<String, String> entry : routes.regions().entrySet()) {
            List<Report> of = reports.stream().filter(r -> r.frontMatter().region().equals(entry.getKey())).toList();
            regions.add(new Region(entry.getKey(), entry.getValue(), of));
        }
        Comparator<String> alphabetical = alphabetical(config.language());
        regions.sort(Comparator.comparing(Region::name, alphabetical));

        List<Group> topics = new ArrayList<>();
        for (Map.Entry<String, String> entry : routes.topics().entrySet()) {
            List<Report> of = reports.stream().filter(r -> r.frontMatter().topics().contains(entry.getKey())).toList();
            topics.add(new Group(entry.getKey(), entry.getValue(), of));
        }
        topics.sort(Comparator.comparing(Group::name, alphabetical));

        Map<Integer, List<Report>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Report r : reports) {
            byYear.computeIfAbsent(r.frontMatter().date().getYear(), y -> new ArrayList<>()).add(r);
        }
        List<Group> years = byYear.entrySet().stream()
                .map(e -> new Group(String.valueOf(e.getKey()), Routes.year(e.getKey()), e.getValue())).toList();

        Optional<IndexPage> homeIndex = Optional.ofNullable(indexes.get(""));
        Optional<String> lead = Optional.of(Sentences.lead(homeText, HOME_DESCRIPTION)).filter(t -> !t.isEmpty());
        Home home = new Home(homeIndex.flatMap(IndexPage::title), homeIndex.flatMap(IndexPage::summary).or(() -> lead),
                homeIndex.map(i -> intros.getOrDefault(i.source().route(), "")).orElse(""));
        List<IndicatorPage> indicators = new ArrayList<>();
        for (Indicator indicator : catalog.all()) {
            List<Figure> of = figures.of(indicator.id());
            if (!of.isEmpty()) {
                indicators.add(new IndicatorPage(indicator, IndicatorPage.routeOf(indicator.id()), of));
            }
        }
        return new Site(config, home, reports, sections, regions, topics, years, figures, indicators);
    }

    /**
     * Names as a reader of the language looks them up: Chinese by pinyin (丙县, 丁县, 甲县), English
     * by letters; equal names by code point, so the order never varies.
     */
    static Comparator<String> alphabetical(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return Comparator.<String, CollationKey>comparing(collator::getCollationKey).thenComparing(Comparator.naturalOrder());
    }

    /** A folder without {@code _index.md} is named after itself; a year folder reads 2024年 in Chinese. */
    static String defaultTitle(String folder, Language language) {
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        if (name.matches("\\d{4}") && language == Language.ZH_CN) {
            return name + "年";
        }
        return name;
    }
}
