package org.ecosite.model;

import java.util.List;

/** An area reports cover (a county, a city), with its reports newest first. */
public record Region(String name, String route, List<Report> reports) {

    public Region {
        reports = List.copyOf(reports);
    }
}
