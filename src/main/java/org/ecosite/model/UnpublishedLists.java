package org.ecosite.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.content.Document;
import org.ecosite.content.IndexPage;

/**
 * An empty column fails a government-site inspection, so the site never publishes a list without
 * a report. This tells the editor which list an author may be expecting and why it is missing:
 * a section whose {@code _index.md} has no published report, or a folder, topic or region that
 * only drafts use.
 */
public final class UnpublishedLists {

    private UnpublishedLists() {
    }

    /**
     * @param indexes the {@code _index.md} files by folder ("" for the home page)
     * @param drafts  the reports left out because they are drafts
     */
    public static void warn(Site site, Map<String, IndexPage> indexes, List<Document> drafts, Problems problems) {
        Set<String> warned = new HashSet<>();
        for (IndexPage index : new TreeMap<>(indexes).values()) {
            if (!index.folder().isEmpty() && site.section(index.folder()).isEmpty()) {
                problems.warning(index.source().display(), Position.START, "list.empty_section",
                        index.title().orElse(index.folder()), index.folder());
                warned.add(index.folder());
            }
        }
        List<Document> sorted = drafts.stream().sorted(Comparator.comparing(d -> d.source().route())).toList();
        for (Document draft : sorted) {
            String file = draft.source().display();
            for (String f = draft.source().folder(); !f.isEmpty(); f = Routes.parent(f)) {
                if (site.section(f).isEmpty() && warned.add(f)) {
                    problems.warning(file, Position.START, "list.drafts_only_folder", f);
                }
            }
            for (String topic : draft.frontMatter().topics()) {
                boolean published = site.topics().stream().anyMatch(t -> t.name().equals(topic));
                if (!published && warned.add("topic:" + topic)) {
                    problems.warning(file, draft.frontMatter().positionOf("topics"), "list.drafts_only_topic", topic);
                }
            }
            String region = draft.frontMatter().region();
            if (site.region(region).isEmpty() && warned.add("region:" + region)) {
                problems.warning(file, draft.frontMatter().positionOf("region"), "list.drafts_only_region", region);
            }
        }
    }
}
