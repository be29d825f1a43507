package org.ecosite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a build into a staging folder beside the output folder, then swaps it in with two
 * renames. Until {@link #commit()} the previous site stays exactly as it was; a failed build
 * calls {@link #abort()} and only the staging folder goes. No path may leave the staging
 * folder, and no path is written twice.
 */
public final class Output implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    /** Folders made already: making one again costs a failed system call and an exception per file. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean done;

    private Output(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts writing a new site for {@code target}. */
    public static Output begin(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
            return new Output(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one file.
     *
     * @param route its path relative to the site root, with '/'
     * @throws IllegalArgumentException when the path would leave the site or was written already
     */
    public void write(String route, byte[] bytes) {
        Path file = resolve(route);
        sizes.put(route, (long) bytes.length);
        try {
            folder(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What writes a file's bytes to a stream, for files too large to hold whole in memory first. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes one file as {@code content} produces it, through a buffer.
     *
     * @see #write(String, byte[])
     */
    public void write(String route, Content content) {
        Path file = resolve(route);
        try {
            folder(file.getParent());
            Counting out = new Counting(Files.newOutputStream(file));
            try (out) {
                content.writeTo(out);
            }
            sizes.put(route, out.count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A buffered file stream that counts what goes through it: the file's size, without asking the disk. */
    private static final class Counting extends java.io.BufferedOutputStream {
        private long count;

        Counting(java.io.OutputStream out) {
            super(out, 1 << 16);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            super.write(b);
            count++;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            count += len;
        }
    }

    /** Copies a file as it is (images, PDFs, theme assets). */
    public void copy(Path source, String route) {
        Path file = resolve(route);
        try {
            folder(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            sizes.put(route, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** True when a file was written at this route already: later writers (theme assets) give way. */
    public boolean has(String route) {
        return written.contains(route);
    }

    /** Every file written, with its size: what the output folder holds once committed. */
    public Map<String, Long> files() {
        return new TreeMap<>(sizes);
    }

    /** The files of a folder with their sizes, by path relative to it; empty when it does not exist. */
    public static Map<String, Long> list(Path folder) {
        Map<String, Long> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try {
            // walkFileTree hands over each file's attributes from the directory listing: one look per file.
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attributes) {
                    files.put(folder.relativize(file).toString().replace('\\', '/'), attributes.size());
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return files;
    }

    public int count() {
        return written.size();
    }

    private Path resolve(String route) {
        Path file = staging.resolve(route).normalize();
        if (route.isEmpty() || route.startsWith("/") || !file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("path outside the site: " + route);
        }
        if (!written.add(route)) {
            throw new IllegalArgumentException("written twice: " + route);
        }
        return file;
    }

    /** Puts the new site in place of the old one. */
    /**
     * Puts the new site in place of the old one. The old one is renamed aside, not deleted: on a slow
     * disk, deleting thousands of files takes longer than writing them, so the next build deletes it
     * while it works (see {@link #sweep}).
     */
    public void commit() {
        try {
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
                move(staging, target);
            } else {
                move(staging, target);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes, in the background, the old sites earlier builds into {@code target} renamed away in
     * {@link #commit}. The build goes on meanwhile; what is not deleted when the program ends is
     * deleted by the next build. Staging folders are left alone: one may belong to a build running now.
     */
    public static void sweep(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String old = "." + absolute.getFileName() + ".old-";
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> leftovers = new java.util.ArrayList<>();
        try (Stream<Path> list = Files.list(parent)) {
            list.filter(p -> p.getFileName().toString().startsWith(old)).sorted().forEach(leftovers::add);
        } catch (IOException e) {
            return;
        }
        if (leftovers.isEmpty()) {
            return;
        }
        Thread sweeper = new Thread(() -> leftovers.forEach(p -> {
            try {
                deleteTree(p);
            } catch (UncheckedIOException e) {
                // Left for the next build.
            }
        }), "ecosite-sweep");
        sweeper.setDaemon(true);
        sweeper.setPriority(Thread.MIN_PRIORITY);
        sweeper.start();
    }

    /** Drops the staging folder; the previous site is untouched. */
    public void abort() {
        if (!done) {
            done = true;
            deleteTree(staging);
        }
    }

    @Override
    public void close() {
        abort();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
