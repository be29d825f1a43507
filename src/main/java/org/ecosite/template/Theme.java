package org.ecosite.template;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteLayout;

/**
 * A theme: {@code templates/} (Pebble), {@code static/} (copied to the site root) and
 * {@code i18n/} (the theme's words per language). A site's own {@code themes/<name>/} wins;
 * otherwise the theme built into the program is used, so a new site needs no copy of it.
 *
 * @param root    the theme folder, on disk or inside the program's jar
 * @param display how problems name its files, e.g. {@code themes/default}
 */
public record Theme(String name, Path root, String display) {

    private static final String BUILT_IN = "/themes/";

    public static Optional<Theme> locate(SiteLayout layout, String name, Problems problems) {
        Path own = layout.theme(name);
        if (Files.isDirectory(own)) {
            return Optional.of(new Theme(name, own, SiteLayout.themeDisplay(name)));
        }
        Optional<Path> builtIn = builtIn(name);
        if (builtIn.isPresent()) {
            return Optional.of(new Theme(name, builtIn.get(), "(ecosite)/themes/" + name));
        }
        problems.error(SiteLayout.CONFIG, Position.START, "theme.missing", name, own.toAbsolutePath().normalize());
        return Optional.empty();
    }

    /** The theme inside the program: a folder while developing, a folder in the jar when installed. */
    static Optional<Path> builtIn(String name) {
        URL url = Theme.class.getResource(BUILT_IN + name + "/templates");
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return Optional.of(jar.getPath(BUILT_IN + name));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            return Optional.empty();
        }
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path statics() {
        return root.resolve("static");
    }

    public Path strings(String languageTag) {
        return root.resolve("i18n").resolve(languageTag + ".yaml");
    }
}
