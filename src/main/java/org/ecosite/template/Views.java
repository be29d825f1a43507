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

    public record Site(String title, String description, String lang, String baseUrl, String domain, String homeHref,
                       String organization, Footer footer, List<Link> nav) {
    }

    /**
     * What every page's head and frame need.
     *
     * @param columnName  the section the page belongs to (ColumnName meta)
     * @param pubDate     publication date (PubDate meta), reports only
     * @param source      publishing organisation (ContentSource meta)
     */
    public record Page(String title, String fullTitle, String description, String canonical, String kind,
                       List<Link> breadcrumbs, String columnName, String pubDate, String source) {
    }

    public record TocEntry(String text, String href, int level) {
    }

    public record Disclosure(String indexNo, String organization, Date date, Date updated, String docNo,
                             String topics, String period) {
    }

    /** One row of a report's indicator table. */
    public record Figure(String id, String name, String value, String unit, String valueWithUnit, String period,
                         String location, String status, boolean preliminary, String note, String standard) {
    }

    /** A chart with its files and its text alternative. */
    public record Chart(String id, String title, String description, String svg, String png, int width, int height) {
    }

    public record Correction(Date date, String note) {
    }

    public record Report(String title, String summary, Disclosure disclosure, List<TocEntry> toc, SafeString body,
                         List<Figure> figures, String figuresPeriod, boolean figuresSamePeriod, List<Chart> charts,
                         List<Correction> corrections, Link region, Link section, boolean draft) {
    }

    /** A report in a list: enough to choose it. */
    public record Item(String title, String href, Date date, String region, String period, String summary) {
    }

    public record ListPage(String title, String summary, SafeString intro, List<Item> items, List<Link> children) {
    }

    public record RegionEntry(String name, String href, int count, Date latest) {
    }

    public record Home(SafeString intro, List<Item> latest, List<RegionEntry> regions, List<Link> sections) {
    }
}
