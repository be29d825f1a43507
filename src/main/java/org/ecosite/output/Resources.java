package org.ecosite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ecosite.content.Resource;

/** The files a build copies as they are: content files, then static/, then the theme's static files. */
public final class Resources {

    private Resources() {
    }

    /**
     * Copies each file the build has not written itself: what the site has of its own wins over the theme.
     *
     * @param themeStatics the theme's static folder (on disk or in the program's jar); may be missing
     */
    public static void copy(List<Resource> resources, Path themeStatics, Output output) {
        for (Resource r : resources) {
            if (!output.has(r.route())) {
                output.copy(r.path(), r.route());
            }
        }
        if (!Files.isDirectory(themeStatics)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(themeStatics)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String route = themeStatics.relativize(file).toString().replace('\\', '/');
                if (!output.has(route)) {
                    output.copy(file, route);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
