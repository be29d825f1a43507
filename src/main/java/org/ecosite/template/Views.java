package org.ecosite.template;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * What templates see: plain records of display-ready values. Every text is a String that
 * Pebble escapes; only HTML the build made itself (Markdown bodies) is a {@link SafeString}.
 * Optional values are null, so templates test them with {@code {% if x %}}.
 */
public final class Views {

    private Views() {
    }

    /** A date both for machines ({@code <time datetime>}) and for readers (2024年6月5日 / 5 June 2024). */
    public record Date(String iso, String text) {
    }

    public record Link(String title, String href, boolean current) {
    }

    public record Footer(String host, String organizer, String siteIdCode, String icp, String icpHref,
                         String policeRecord, String policeHref, String contact, String errorReportUrl,
                         String badgeSrc, String badgeHref) {
    }

    /**
     * What every page shows of the site.
     *
     * @param searchHref the search page
     * @param feedHref   the Atom feed of new and corrected reports
     * @param ogLocale   the language as Open Graph writes it: zh_CN, en
     */
    public record Site(String title, String description, String lang, String baseUrl, String domain, String homeHref,
                       String organization, Footer footer, List<Link> nav, String searchHref, String feedHref,
                       String ogLocale) {
    }

    /**
     * What every page's head and frame need.
     *
     * @param columnName  the section the page belongs to (ColumnName meta)
     * @param pubDate     publication date (PubDate meta), reports only
     * @param source      publishing organisation (ContentSource meta)
     * @param social      what Open Graph and the pager's link elements say
     */
    public record Page(String title, String fullTitle, String description, String canonical, String kind,
                       List<Link> breadcrumbs, String columnName, String pubDate, String source, Social social,
                       SafeString jsonLd) {
    }

    /**
     * Open Graph and the head's links to the neighbouring pages of a list.
     *
     * @param type     {@code article} for a report, {@code website} otherwise
     * @param image    absolute URL of a picture of the page (a report's first chart), or null
     * @param modified the date of the last correction, ISO, or null
     * @param prev     the previous page of a paginated list, or null
     */
    public record Social(String type, String image, String imageAlt, String published, String modified,
                         String prev, String next) {
    }

    public record TocEntry(String text, String href, int level) {
    }

    public record Disclosure(String indexNo, String organization, Date date, Date updated, String docNo,
                             String topics, String period) {
    }

    /** One row of a report's indicator table. */
    public record Figure(String id, String name, String value, String unit, String valueWithUnit, String period,
                         String location, String status, boolean preliminary, String note, String standard,
                         String indicatorHref) {
    }

    /**
     * One figure of a report's panel, as a citizen reads it: the number, what it is, the period,
     * the change against the same period a year earlier and how it stands against the standard.
     *
     * @param change     e.g. 比上年同期下降 2 μg/m³（6.7%），改善; null without a figure a year earlier
     * @param trend      improved, worsened, unchanged or neutral: a class name, never the only signal
     * @param standard   e.g. 低于国家二级标准 35 μg/m³; null when no standard applies
     * @param meets      达标 or 超标 in words; null when no standard applies
     */
    public record Card(String id, String name, String value, String unit, String location, String period,
                       String status, boolean preliminary, String change, String trend, String standard,
                       String meets, boolean meetsStandard, String indicatorHref) {
    }

    /** A table of a chart's figures. */
    public record Table(String caption, List<String> header, List<List<String>> rows) {
    }

    /** A chart with its files, its text alternative and its data. */
    public record Chart(String id, String title, String description, String svg, String png, int width, int height,
                        Table table) {
    }

    /** A file to download: what it is and where. */
    public record Download(String label, String href, String format) {
    }

    public record Correction(Date date, String note) {
    }

    public record Report(String title, String summary, Disclosure disclosure, List<TocEntry> toc, SafeString body,
                         List<Card> cards, List<Figure> figures, String figuresPeriod, boolean figuresSamePeriod,
                         List<Chart> charts, List<Download> downloads, List<Correction> corrections, Link region,
                         Link section, boolean draft, List<EditorNote> editorNotes) {
    }

    /** An editor's note on words the report keeps as the source wrote them: those words, and the note. */
    public record EditorNote(String text, String note) {
    }

    /** A standard of an indicator page's table. */
    public record StandardRow(String name, String value, String kind, String validity) {
    }

    /** One figure of an indicator page's full table, with the report it came from. */
    public record DataRow(String region, String location, String period, String value, String status,
                          boolean preliminary, String note, Link report, Date published) {
    }

    public record Indicator(String id, String name, String unit, String type, String topic, String definition,
                            String better, List<StandardRow> standards, List<Chart> charts, List<String> single,
                            List<DataRow> rows,
                            int reportCount, List<Download> downloads) {
    }

    /** An indicator in the index: enough to choose it. */
    public record IndicatorEntry(String name, String href, String unit, int figures, String latest) {
    }

    public record Topic(String name, List<IndicatorEntry> indicators) {
    }

    public record IndicatorIndex(List<Topic> topics, List<Download> downloads) {
    }

    /** A report in a list: enough to choose it. */
    public record Item(String title, String href, Date date, String region, String period, String summary) {
    }

    /**
     * One page of a list of reports.
     *
     * @param pager null when the list fits on one page
     */
    public record ListPage(String title, String summary, SafeString intro, List<Item> items, int total,
                           List<Link> children, Pager pager) {
    }

    /**
     * Where a page of a long list stands among its pages.
     *
     * @param pages every page, the current one marked
     */
    public record Pager(int number, int count, Link previous, Link next, List<Link> pages) {
    }

    /** A region, topic or year among others: its list, how many reports it has and the newest one's date. */
    public record ListEntry(String name, String href, int count, Date latest) {
    }

    /** The reports of one region before and after a report, in order of publication. */
    public record Sequence(Link region, Item earlier, Item later) {
    }

    /**
     * A region on the home page: its newest report, and the key figures of its newest report with
     * figures, each against the standard and with its change since the same period a year earlier.
     *
     * @param figuresFrom the report the figures come from, or null when the region has none
     */
    public record RegionSummary(String name, String href, int count, Item latest, List<Card> figures,
                                Item figuresFrom) {
    }

    /** The home page: latest reports, then ways in by region, year, topic and section. */
    public record Home(SafeString intro, List<Item> latest, List<RegionSummary> regions,
                       List<ListEntry> years, List<ListEntry> topics, List<Link> sections) {
    }

    /** The index of regions, topics or years. */
    public record Entries(String intro, List<ListEntry> entries) {
    }

    /** The search page: where the index lies and what to read instead without JavaScript. */
    public record Search(String indexHref, List<Link> browse) {
    }
}
