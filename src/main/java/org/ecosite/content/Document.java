package org.ecosite.content;

import java.util.List;

import org.ecosite.yaml.ScalarSpan;

/**
 * A report: its source, its checked front matter and its Markdown body.
 *
 * @param bodyLine the file line on which the body starts, so Markdown positions map to file lines
 * @param values   the front matter's values as written, for the checks of what an editor typed; found when
 *                 the front matter was read, so they need not read it again
 */
public record Document(SourceFile source, FrontMatter frontMatter, String body, int bodyLine,
                       List<ScalarSpan> values) {

    /** The same report without its text: what a build keeps once the report is checked. */
    public Document withoutText() {
        return new Document(source.withoutText(), frontMatter, "", bodyLine, List.of());
    }
}
