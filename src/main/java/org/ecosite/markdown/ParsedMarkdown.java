package org.ecosite.markdown;

import java.util.List;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A body parsed once: its headings and links are known before any page is rendered, so links
 * between reports (and their anchors) can be checked first and resolved while rendering.
 */
public final class ParsedMarkdown {

    final Document document;
    private final List<Heading> headings;
    private final List<LinkUse> links;
    private final List<FencedBlock> blocks;

    ParsedMarkdown(Document document, List<Heading> headings, List<LinkUse> links, List<FencedBlock> blocks) {
        this.document = document;
        this.headings = List.copyOf(headings);
        this.links = List.copyOf(links);
        this.blocks = List.copyOf(blocks);
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<LinkUse> links() {
        return links;
    }

    /** Fenced blocks with an info word ecosite acts on, such as {@code chart}. */
    public List<FencedBlock> blocks() {
        return blocks;
    }

    /** What is kept of the body once it is checked. */
    public Outline outline() {
        return new Outline(headings, links, blocks);
    }
}
