package org.ecosite.feed;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ecosite.content.Correction;
import org.ecosite.content.FrontMatter;
import org.ecosite.model.Report;
import org.ecosite.model.Site;
import org.ecosite.model.Urls;

/**
 * The Atom feed ({@code feed.xml}) of new and corrected reports: the most recently published or
 * corrected first, each entry with its 发布日期 as {@code published}, the day of its last
 * correction as {@code updated}, and the correction notes in its summary. Reports carry dates,
 * not times: they are written as midnight China Standard Time, the time zone of the bureaus.
 */
public final class AtomFeed {

    public static final String FILE = "feed.xml";
    /** Enough for a year of a busy bureau; feed readers keep what they have seen. */
    static final int ENTRIES = 50;
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param title     the feed's title
     * @param corrected the line telling a correction: (date as readers write it, note)
     */
    public static byte[] write(Site site, String title, BiFunction<LocalDate, String, String> corrected) {
        String base = site.config().baseUrl().toString();
        List<Report> entries = site.reports().stream()
                .sorted(Comparator.comparing(AtomFeed::lastChange).reversed().thenComparing(Report.NEWEST_FIRST))
                .limit(ENTRIES).toList();
        LocalDate updated = entries.isEmpty() ? LocalDate.of(1970, 1, 1) : lastChange(entries.get(0));
        return Xml.document(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", site.config().language().tag());
            xml.writeCharacters("\n");
            Xml.element(xml, "title", title + " - " + site.config().title());
            Xml.element(xml, "id", base + FILE);
            link(xml, "self", base + FILE);
            link(xml, "alternate", base);
            Xml.element(xml, "updated", time(updated));
            xml.writeStartElement("author");
            Xml.element(xml, "name", site.config().organization().orElse(site.config().title()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            for (Report r : entries) {
                entry(xml, r, base, corrected, site);
            }
            xml.writeEndElement();
        });
    }

    private static void entry(XMLStreamWriter xml, Report r, String base, BiFunction<LocalDate, String, String> corrected,
                              Site site) throws XMLStreamException {
        FrontMatter fm = r.frontMatter();
        String url = base + Urls.encode(r.route());
        xml.writeStartElement("entry");
        xml.writeCharacters("\n");
        Xml.element(xml, "title", fm.title());
        Xml.element(xml, "id", url);
        link(xml, "alternate", url);
        Xml.element(xml, "published", time(fm.date()));
        Xml.element(xml, "updated", time(lastChange(r)));
        xml.writeStartElement("author");
        Xml.element(xml, "name", fm.organization().or(() -> site.config().organization())
                .orElse(site.config().title()));
        xml.writeEndElement();
        xml.writeCharacters("\n");
        for (String topic : fm.topics()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", topic);
            xml.writeCharacters("\n");
        }
        StringBuilder summary = new StringBuilder(fm.summary().orElse(""));
        for (Correction c : fm.corrections()) {
            summary.append(summary.length() == 0 ? "" : "\n").append(corrected.apply(c.date(), c.note()));
        }
        if (summary.length() > 0) {
            Xml.element(xml, "summary", summary.toString());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeCharacters("\n");
    }

    /** The day a report last changed: its latest correction, else its publication. */
    static LocalDate lastChange(Report r) {
        FrontMatter fm = r.frontMatter();
        LocalDate last = fm.updated().orElse(fm.date());
        for (Correction c : fm.corrections()) {
            last = c.date().isAfter(last) ? c.date() : last;
        }
        return last;
    }

    static String time(LocalDate date) {
        return date + "T00:00:00+08:00";
    }
}
