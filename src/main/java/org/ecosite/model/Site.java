package org.ecosite.model;

import java.util.List;
import java.util.Optional;

import org.ecosite.config.SiteConfig;

/**
 * The whole site, ready to render: every list sorted, nothing left to compute.
 *
 * @param topics     the reports by 主题分类, topics in the reader's alphabetical order
 * @param years      the reports by year of publication, newest year first
 * @param figures    every published figure, with its report
 * @param indicators the indicators that have figures, in catalog order
 */
public record Site(SiteConfig config, Home home, List<Report> reports, List<Section> sections, List<Region> regions,
                   List<Group> topics, List<Group> years, Figures figures, List<IndicatorPage> indicators) {

    public Site {
        reports = List.copyOf(reports);
        sections = List.copyOf(sections);
        regions = List.copyOf(regions);
        topics = List.copyOf(topics);
        years = List.copyOf(years);
        indicators = List.copyOf(indicators);
    }

    public Optional<Section> section(String folder) {
        return sections.stream().filter(s -> s.folder().equals(folder)).findFirst();
    }

    public Optional<Region> region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
