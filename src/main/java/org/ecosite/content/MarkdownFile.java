package org.ecosite.content;

import java.nio.file.Path;
import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.source.TextFile;

/**
 * A Markdown file of content/, found but not read: a build lists every file first and reads each
 * one when it comes to it, so the texts of a whole site are never held together.
 *
 * @param path    where it is on disk
 * @param display its path relative to the site folder with '/', as problems name it
 * @param route   its path relative to content/ with '/', e.g. {@code reports/2024/a.md}
 */
public record MarkdownFile(Path path, String display, String route) {

    /** The file's text, strict UTF-8; empty (with the problem told) when it cannot be read as such. */
    public Optional<SourceFile> read(Problems problems) {
        return TextFile.read(path, display, problems).map(text -> new SourceFile(path, display, route, text));
    }
}
