package org.ecosite.content;

import java.util.Optional;

/**
 * An {@code _index.md}: the title and text of the home page (at the top of content/) or of a section.
 *
 * @param folder the section folder inside content/, empty for the home page
 */
public record IndexPage(SourceFile source, String folder, Optional<String> title, Optional<String> summary, String body,
                        int bodyLine) {

    /** The same page without its text: what a build keeps once the page is checked. */
    public IndexPage withoutText() {
        return new IndexPage(source.withoutText(), folder, title, summary, "", bodyLine);
    }
}
