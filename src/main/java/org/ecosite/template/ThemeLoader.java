package org.ecosite.template;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;

/**
 * Lets Pebble read templates from a theme folder, on disk or inside the jar alike. Template
 * names cannot climb out of the folder.
 */
final class ThemeLoader implements Loader<String> {

    private static final String SUFFIX = ".peb";

    private final Path folder;

    ThemeLoader(Path folder) {
        this.folder = folder;
    }

    @Override
    public Reader getReader(String name) {
        Path file = file(name);
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "could not find template \"" + name + "\"");
        }
    }

    private Path file(String name) {
        String withSuffix = name.endsWith(SUFFIX) ? name : name + SUFFIX;
        Path file = folder.resolve(withSuffix).normalize();
        if (!file.startsWith(folder)) {
            throw new LoaderException(null, "template \"" + name + "\" is outside the theme");
        }
        return file;
    }

    @Override
    public void setCharset(String charset) {
        // Templates are UTF-8, always.
    }

    @Override
    public void setPrefix(String prefix) {
        // The folder is the prefix.
    }

    @Override
    public void setSuffix(String suffix) {
        // Templates end in .peb.
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String name) {
        return name;
    }

    @Override
    public boolean resourceExists(String name) {
        try {
            return Files.isRegularFile(file(name));
        } catch (UncheckedIOException | LoaderException e) {
            return false;
        }
    }
}
