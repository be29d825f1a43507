package org.ecosite.model;

import java.util.List;
import java.util.Optional;

/**
 * A folder of content/ that holds reports, listed on its own page.
 *
 * @param folder    its path inside content/, e.g. {@code reports/2024}
 * @param introHtml the body of its {@code _index.md}, empty without one
 * @param reports   every report in it and below it, newest first
 */
public record Section(String folder, String route, String title, Optional<String> summary, String introHtml,
                     List<Report> reports) {

    public Section {
        reports = List.copyOf(reports);
    }

    /** How deep the folder is: 1 for {@code reports}, 2 for {@code reports/2024}. */
    public int depth() {
        return folder.split("/").length;
    }
}
