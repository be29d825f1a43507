package org.ecosite.content;

import java.util.List;

/** What content/ and static/ hold: Markdown sources to render and files to copy, each sorted by path. */
public record Content(List<SourceFile> sources, List<Resource> resources) {

    public Content {
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
    }
}
