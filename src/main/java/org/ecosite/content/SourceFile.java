package org.ecosite.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.ecosite.source.TextFile;

/**
 * A Markdown file of the site, decoded. What a build keeps of a file once it is checked holds no
 * text ({@link #withoutText}); publishing reads the file again and compares its {@link #digest}.
 *
 * @param path    where it is on disk
 * @param display its path relative to the site folder with '/', as problems name it
 * @param route   its path relative to content/ with '/', e.g. {@code reports/2024/a.md}
 * @param text    its text, UTF-8 decoded, with '\n' line ends
 */
public record SourceFile(Path path, String display, String route, String text) {

    /** The file as found, to be read again. */
    public MarkdownFile file() {
        return new MarkdownFile(path, display, route);
    }

    /** The same file without its text: what a build keeps once the file is checked. */
    public SourceFile withoutText() {
        return new SourceFile(path, display, route, "");
    }

    /**
     * A fingerprint of the text: two reads that give the same digest read the same text, so publishing
     * can tell a file that changed since it was checked.
     */
    public long digest() {
        return TextFile.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The folder of the file inside content/, e.g. {@code reports/2024}; empty at the top. */
    public String folder() {
        int slash = route.lastIndexOf('/');
        return slash < 0 ? "" : route.substring(0, slash);
    }

    /** The file name without {@code .md}. */
    public String baseName() {
        String name = route.substring(route.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    public boolean isIndex() {
        return baseName().equals("_index");
    }
}
