package org.ecosite.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteLayout;

/**
 * Walks content/ and static/ in sorted order. Markdown files are listed to be read (each by the
 * stage that needs it, {@link MarkdownFile#read}); other files are listed to be copied. Hidden files, editor backups and symbolic links are left
 * out: a link could carry a file from outside the site into the public output.
 */
public final class ContentLoader {

    public static final String CONTENT = SiteLayout.CONTENT;
    public static final String STATIC = SiteLayout.STATIC;

    private ContentLoader() {
    }

    public static Content load(Path siteDir, Problems problems) {
        List<MarkdownFile> sources = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        Path content = siteDir.resolve(CONTENT);
        if (!Files.isDirectory(content)) {
            problems.error(CONTENT, Position.START, "content.missing", content.toAbsolutePath().normalize());
        } else {
            for (Path file : files(siteDir, content, problems)) {
                String route = slashed(content.relativize(file));
                if (route.endsWith(".md")) {
                    sources.add(new MarkdownFile(file, CONTENT + "/" + route, route));
                } else {
                    resources.add(new Resource(file, route));
                }
            }
        }
        Path statics = siteDir.resolve(STATIC);
        if (Files.isDirectory(statics)) {
            for (Path file : files(siteDir, statics, problems)) {
                resources.add(new Resource(file, slashed(statics.relativize(file))));
            }
        }
        return new Content(sources, resources);
    }

    /** Regular files below {@code root}, sorted by path so every build sees them in the same order. */
    static List<Path> files(Path siteDir, Path root, Problems problems) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.equals(root)).sorted().forEach(p -> {
                Path relative = root.relativize(p);
                if (isIgnored(relative)) {
                    return;
                }
                if (Files.isSymbolicLink(p)) {
                    problems.warning(slashed(siteDir.relativize(p)), Position.START, "content.symlink");
                    return;
                }
                if (hasBackslash(relative)) {
                    // Browsers read a backslash in an address as a slash: "a\..\b.md" would leave its folder.
                    // Told once, for the file or folder whose own name holds it.
                    if (p.getFileName().toString().indexOf('\\') >= 0) {
                        problems.error(slashed(siteDir.relativize(p)), Position.START, "file.backslash");
                    }
                    return;
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(slashed(siteDir.relativize(root)), Position.START, "file.unreadable", e.getMessage());
        }
        return files;
    }

    private static boolean hasBackslash(Path relative) {
        for (Path part : relative) {
            if (part.toString().indexOf('\\') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Hidden files and folders (.git, .DS_Store) and editor backups (a.md~, #a.md#, .a.md.swp). */
    public static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    /** A relative path with '/' between its parts, whatever the system's separator (a backslash on Windows only). */
    static String slashed(Path relative) {
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }
}
