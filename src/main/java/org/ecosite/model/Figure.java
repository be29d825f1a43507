package org.ecosite.model;

import org.ecosite.content.Document;
import org.ecosite.indicator.Observation;

/**
 * A figure together with the report it was published in.
 *
 * @param route the route of that report's page
 */
public record Figure(Observation observation, Document document, String route) {

    public String region() {
        return document.frontMatter().region();
    }

    public String indicatorId() {
        return observation.indicator().id();
    }
}
