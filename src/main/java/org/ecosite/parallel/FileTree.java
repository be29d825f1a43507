package org.ecosite.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * The files under a folder with their attributes, read on every core. Each file's attributes are a system
 * call of its own: a site of 10,000 reports has 10,000 inputs and 44,000 output files, and reading them one
 * after another was most of a rebuild with nothing changed. The folders of each depth are read in parallel.
 */
public final class FileTree {

    private FileTree() {
    }

    /**
     * What {@code value} keeps of every file under {@code root} (a folder, or a single file), by its path
     * relative to {@code root} with '/' (a single file: its name). Links are listed as files, never followed;
     * folders are not listed. Only what {@code value} makes is held: a site of 100,000 reports has 440,000
     * files.
     *
     * @throws IOException when a folder or a file's attributes cannot be read
     */
    public static <V> Map<String, V> of(Path root, Function<BasicFileAttributes, V> value) throws IOException {
        Map<String, V> files = new ConcurrentHashMap<>();
        BasicFileAttributes top = Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!top.isDirectory()) {
            files.put(String.valueOf(root.getFileName()), value.apply(top));
            return files;
        }
        List<Folder> level = List.of(new Folder(root, ""));
        try {
            while (!level.isEmpty()) {
                List<Folder> current = level;
                Queue<Folder> below = new ConcurrentLinkedQueue<>();
                Parallel.each(current.size(), i -> current.get(i).read(files, value, below));
                level = List.copyOf(below);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** A folder to read, and the prefix of its files' paths ("" or ending in '/'). */
    private record Folder(Path path, String prefix) {

        <V> void read(Map<String, V> files, Function<BasicFileAttributes, V> value, Queue<Folder> below) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path entry : entries) {
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    String name = prefix + entry.getFileName();
                    if (attributes.isDirectory()) {
                        below.add(new Folder(entry, name + "/"));
                    } else {
                        files.put(name, value.apply(attributes));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
