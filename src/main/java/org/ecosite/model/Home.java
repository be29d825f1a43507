package org.ecosite.model;

import java.util.Optional;

/**
 * The home page's own words: the title and text of {@code content/_index.md}, when there is one.
 *
 * @param description what the page is about, for its meta description: the front matter's summary,
 *                    else the opening of its text
 */
public record Home(Optional<String> title, Optional<String> description, String introHtml) {
}
