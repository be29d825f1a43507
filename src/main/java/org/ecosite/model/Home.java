package org.ecosite.model;

import java.util.Optional;

/** The home page's own words: the title and text of {@code content/_index.md}, when there is one. */
public record Home(Optional<String> title, Optional<String> summary, String introHtml) {
}
