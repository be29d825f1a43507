package org.ecosite.model;

import java.util.List;

import org.ecosite.markdown.Heading;

/** A body rendered to HTML, with its headings. */
public record Body(String html, List<Heading> headings) {

    public static final Body EMPTY = new Body("", List.of());

    public Body {
        headings = List.copyOf(headings);
    }
}
