package org.ecosite.markdown;

import java.util.List;

/**
 * What the checks between files need of a parsed body, without the body: its headings (what links
 * point to, and the table of contents), its links and its ecosite blocks. A build keeps this of every
 * file and drops the parse, so the memory of a build does not grow with the length of the texts.
 */
public record Outline(List<Heading> headings, List<LinkUse> links, List<FencedBlock> blocks) {

    public static final Outline EMPTY = new Outline(List.of(), List.of(), List.of());

    public Outline {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        blocks = List.copyOf(blocks);
    }
}
