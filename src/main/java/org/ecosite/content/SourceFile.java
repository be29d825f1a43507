package org.ecosite.content;

import java.nio.file.Path;

/**
 * A Markdown file of the site, decoded.
 *
 * @param path    where it is on disk
 * @param display its path relative to the site folder with '/', as problems name it
 * @param route   its path relative to content/ with '/', e.g. {@code reports/2024/a.md}
 * @param text    its text, UTF-8 decoded, with '\n' line ends
 */
public record SourceFile(Path path, String display, String route, String text) {

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
