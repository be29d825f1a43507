package org.ecosite.config;

import java.util.List;
import java.util.Optional;

/**
 * The {@code health} part of site.yaml: how often the site, and each column of it, is expected to publish.
 * A site or column left longer than its threshold gets a note, never a warning: a bureau that publishes
 * twice a year has made no mistake in its content, and its strict build must pass.
 *
 * @param staleAfterDays the whole site: days after its newest report before {@code check} notes it
 * @param sections       columns (folders of content/) with a rhythm of their own, in the order written
 */
public record Health(int staleAfterDays, List<Section> sections) {

    /**
     * The inspection rule for news-like home pages (国办秘函〔2019〕19号): not updated for two weeks fails.
     */
    public static final int DEFAULT_STALE_AFTER_DAYS = 14;

    public static final Health DEFAULT = new Health(DEFAULT_STALE_AFTER_DAYS, List.of());

    /**
     * @param folder         the column's folder inside content/, e.g. {@code reports}
     * @param staleAfterDays days after the column's newest report before it is noted
     */
    public record Section(String folder, int staleAfterDays) {

        /** True when a report of this folder inside content/ belongs to the column. */
        public boolean holds(String reportFolder) {
            return reportFolder.equals(folder) || reportFolder.startsWith(folder + "/");
        }
    }

    public Health {
        sections = List.copyOf(sections);
    }

    /** The column a report of this folder belongs to: the most specific one that holds it. */
    public Optional<Section> sectionOf(String reportFolder) {
        return sections.stream().filter(s -> s.holds(reportFolder))
                .max(java.util.Comparator.comparingInt(s -> s.folder().length()));
    }
}
