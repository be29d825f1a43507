package org.ecosite.model;

import java.util.List;

/**
 * A list of reports that share a topic (主题分类) or a year of publication, newest first.
 *
 * @param name  the topic, or the year as digits
 * @param route where its list lands, e.g. {@code topics/大气/} or {@code years/2024/}
 */
public record Group(String name, String route, List<Report> reports) {

    public Group {
        reports = List.copyOf(reports);
    }
}
