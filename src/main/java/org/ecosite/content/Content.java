package org.ecosite.content;

import java.util.List;

/**
 * What content/ and static/ hold: Markdown files to read and render (listed, not yet read) and files to
 * copy, each sorted by path.
 */
public record Content(List<MarkdownFile> sources, List<Resource> resources) {

    public Content {
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
    }
}
