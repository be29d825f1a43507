package org.ecosite.model;

import java.util.List;
import java.util.Optional;

import org.ecosite.config.SiteConfig;

/** The whole site, ready to render: every list sorted, nothing left to compute. */
public record Site(SiteConfig config, Home home, List<Report> reports, List<Section> sections, List<Region> regions,
                   Figures figures, List<IndicatorPage> indicators) {

    public Site {
        reports = List.copyOf(reports);
        sections = List.copyOf(sections);
        regions = List.copyOf(regions);
        indicators = List.copyOf(indicators);
    }

    public Optional<Section> section(String folder) {
        return sections.stream().filter(s -> s.folder().equals(folder)).findFirst();
    }

    public Optional<Region> region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
