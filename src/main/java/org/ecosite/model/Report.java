package org.ecosite.model;

import java.util.Comparator;
import java.util.List;

import org.ecosite.content.Document;
import org.ecosite.content.FrontMatter;
import org.ecosite.markdown.Heading;

/**
 * A published report. Its body is not here: a site of many reports is held whole while its pages are
 * written, so each body is rendered only for its own page, as that page is made.
 *
 * @param route       where its page lands, e.g. {@code reports/2024/a/}
 * @param headings    the body's headings, for the table of contents
 * @param section     the folder inside content/ it sits in; empty at the top
 * @param regionRoute the route of its region's list
 */
public record Report(Document document, String route, List<Heading> headings, String section,
                     String regionRoute) {

    /** Newest first, as every list on the site shows reports; ties broken by title and route so order never varies. */
    public static final Comparator<Report> NEWEST_FIRST = Comparator
            .comparing((Report r) -> r.frontMatter().date()).reversed()
            .thenComparing(r -> r.frontMatter().title())
            .thenComparing(Report::route);

    public Report {
        headings = List.copyOf(headings);
    }

    public FrontMatter frontMatter() {
        return document.frontMatter();
    }
}
