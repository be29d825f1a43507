package org.ecosite.content;

/**
 * A report: its source, its checked front matter and its Markdown body.
 *
 * @param bodyLine the file line on which the body starts, so Markdown positions map to file lines
 */
public record Document(SourceFile source, FrontMatter frontMatter, String body, int bodyLine) {

    /** The same report without its text: what a build keeps once the report is checked. */
    public Document withoutText() {
        return new Document(source.withoutText(), frontMatter, "", bodyLine);
    }
}
