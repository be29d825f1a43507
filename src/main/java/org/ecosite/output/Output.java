package org.ecosite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.ecosite.parallel.FileTree;

/**
 * Writes a build into a staging folder beside the output folder, then swaps it in with two
 * renames. Until {@link #commit()} the previous site stays exactly as it was; a failed build
 * calls {@link #abort()} and only the staging folder goes. No path may leave the staging
 * folder, and no path is written twice.
 *
 * <p>Folders and files are made with the permissions of any the user makes (the umask decides),
 * never those of a private temporary folder or of the file copied: a web server running as
 * another user must be able to read them. Nothing of a build is left beside the output: the old
 * site is deleted once the new one is in place, and the staging folders of builds that were
 * killed are deleted by the next build ({@link #sweep}). A build holds a lock on a file in its
 * staging folder until it ends, so no build deletes the staging folder of one still running.
 */
public final class Output implements AutoCloseable {

    /**
     * The file that marks a folder as a site ecosite built: {@code build} replaces a non-empty output
     * folder only when it holds this file (or when told to with {@code --force}).
     */
    public static final String MARKER = ".ecosite";
    private static final String STAGING = ".building-";
    private static final String OLD = ".old-";
    private static final String LOCK = ".ecosite-lock";
    /** A staging folder without a lock this old was left by a build killed the moment it began. */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(1);

    private final Path target;
    private final Path staging;
    private final FileChannel lockFile;
    private final FileLock lock;
    /**
     * Writers hold the read side while they write a file, {@link #abort} the write side: once aborted, a
     * writer still running (a parallel stream goes on after one of its tasks failed) writes nothing more,
     * and cannot make the staging folder anew after it was deleted.
     */
    private final ReadWriteLock writing = new ReentrantReadWriteLock();
    /** Every file written, with its size once known: one entry per file of a site that may have a million. */
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    /** Folders made already: making one again costs a failed system call and an exception per file. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private volatile boolean done;

    private Output(Path target, Path staging, FileChannel lockFile, FileLock lock) {
        this.target = target;
        this.staging = staging;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Starts writing a new site for {@code target}.
     *
     * @throws Failed when the folder beside it cannot be written
     */
    public static Output begin(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = newFolder(parent, "." + absolute.getFileName() + STAGING);
            FileChannel channel = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Output output = new Output(absolute, staging, channel, channel.lock());
            output.write(MARKER, ("This folder is a site built by ecosite. Each build replaces the whole folder.\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return output;
        } catch (IOException e) {
            if (staging != null) {
                deleteQuietly(staging);
            }
            throw new Failed(absolute, e);
        }
    }

    /**
     * Makes a new folder with a random name: with the permissions of any folder the user makes, where
     * {@link Files#createTempDirectory} would make it private to the user (mode 700).
     */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        while (true) {
            Path folder = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                // Taken: draw another name.
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The output could not be written: a full disk, a read-only or forbidden folder. Not a mistake in the
     * content nor a bug: the command says what the system said, and the previous site is untouched.
     */
    public static final class Failed extends RuntimeException {
        private final Path target;

        Failed(Path target, IOException cause) {
            super(cause.getMessage(), cause);
            this.target = target;
        }

        /** The output folder the build was writing. */
        public Path target() {
            return target;
        }

        /** What the system said, e.g. {@code /srv/site/.site.building-1/a.png: No space left on device}. */
        public String reason() {
            IOException cause = (IOException) getCause();
            if (cause instanceof java.nio.file.FileSystemException f) {
                String reason = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
                return (f.getFile() == null ? "" : f.getFile() + ": ") + reason;
            }
            return String.valueOf(cause.getMessage());
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
        guarded(() -> {
            folder(file.getParent());
            Files.write(file, bytes);
        });
    }

    /** One step of writing the staging folder. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /** Runs a step unless the build was aborted; a failure of the disk becomes {@link Failed}. */
    private void guarded(Step step) {
        writing.readLock().lock();
        try {
            if (done) {
                throw new IllegalStateException("the output of this build is closed");
            }
            step.run();
        } catch (IOException e) {
            throw new Failed(target, e);
        } finally {
            writing.readLock().unlock();
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
        guarded(() -> {
            folder(file.getParent());
            Counting out = new Counting(Files.newOutputStream(file));
            try (out) {
                content.writeTo(out);
            }
            sizes.put(route, out.count);
        });
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

    /**
     * Copies a file's bytes as they are (images, PDFs, theme assets). Only the bytes: {@link Files#copy(Path, Path,
     * java.nio.file.CopyOption...)} would give the copy the source's permissions, and an editor's private file
     * would be one the web server cannot read.
     */
    public void copy(Path source, String route) {
        Path file = resolve(route);
        guarded(() -> {
            folder(file.getParent());
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                sizes.put(route, Files.copy(source, out));
            }
        });
    }

    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** True when a file was written at this route already: later writers (theme assets) give way. */
    public boolean has(String route) {
        return sizes.containsKey(route);
    }

    /** Every file written, with its size: what the output folder holds once committed. */
    public Map<String, Long> files() {
        return new TreeMap<>(sizes);
    }

    /** The files of a folder with their sizes, by path relative to it; empty when it does not exist or cannot be read. */
    public static Map<String, Long> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try {
            return FileTree.of(folder, java.nio.file.attribute.BasicFileAttributes::size);
        } catch (IOException e) {
            return Map.of();
        }
    }

    public int count() {
        return sizes.size();
    }

    private Path resolve(String route) {
        Path file = staging.resolve(route).normalize();
        if (route.isEmpty() || route.startsWith("/") || !file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("path outside the site: " + route);
        }
        if (sizes.putIfAbsent(route, 0L) != null) {
            throw new IllegalArgumentException("written twice: " + route);
        }
        return file;
    }

    /**
     * Puts the new site in place of the old one with two renames, then deletes the old one: nothing of it is
     * left beside the output, where a web server would serve it too. The lock and its file go first, so the
     * site holds only what was written.
     *
     * @throws Failed when a rename fails; the previous site is then still in place
     */
    public void commit() {
        writing.writeLock().lock();
        try {
            unlock();
            Files.delete(staging.resolve(LOCK));
            if (Files.exists(target)) {
                Path old = newFolder(target.getParent(), "." + target.getFileName() + OLD);
                Files.delete(old);
                move(target, old);
                try {
                    move(staging, target);
                } catch (IOException e) {
                    move(old, target);
                    throw e;
                }
                done = true;
                // The new site is in place; an old one that cannot be deleted now is deleted by the next build.
                deleteQuietly(old);
            } else {
                move(staging, target);
                done = true;
            }
        } catch (IOException e) {
            throw new Failed(target, e);
        } finally {
            writing.writeLock().unlock();
        }
    }

    /**
     * Deletes what earlier builds into {@code target} left beside it: old sites a build could not delete,
     * and the staging folders of builds that were killed. The staging folder of a build still running
     * holds a lock and is left alone. Deletes in the background: the build goes on meanwhile, and what is
     * not deleted when the program ends is deleted by the next build.
     */
    public static void sweep(Path target) {
        List<Path> leftovers = leftovers(target);
        if (leftovers.isEmpty()) {
            return;
        }
        Thread sweeper = new Thread(() -> leftovers.forEach(Output::deleteQuietly), "ecosite-sweep");
        sweeper.setDaemon(true);
        sweeper.setPriority(Thread.MIN_PRIORITY);
        sweeper.start();
    }

    /** What {@link #sweep} deletes: the old sites and abandoned staging folders beside {@code target}. */
    static List<Path> leftovers(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String old = "." + absolute.getFileName() + OLD;
        String building = "." + absolute.getFileName() + STAGING;
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(p -> p.getFileName().toString().startsWith(old)
                    || p.getFileName().toString().startsWith(building) && abandoned(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * True when no build holds the lock of a staging folder: the build that made it was killed (the system
     * releases a dead process's locks). A folder without a lock file is abandoned once it is a minute old.
     */
    static boolean abandoned(Path staging) {
        if (!Files.isDirectory(staging, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path lockPath = staging.resolve(LOCK);
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return false;
            }
            held.release();
            return true;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false;   // a build of this very process holds it
        } catch (java.nio.file.NoSuchFileException e) {
            try {
                return Files.getLastModifiedTime(staging).toInstant()
                        .isBefore(java.time.Instant.now().minus(UNLOCKED_GRACE));
            } catch (IOException gone) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Drops the staging folder; the previous site is untouched. */
    public void abort() {
        writing.writeLock().lock();
        try {
            if (!done) {
                done = true;
                unlock();
                deleteQuietly(staging);
            }
        } finally {
            writing.writeLock().unlock();
        }
    }

    private void unlock() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            lockFile.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        }
    }

    /** Deletes a folder if it can; one that cannot be deleted now is deleted by the next build's {@link #sweep}. */
    private static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (UncheckedIOException e) {
            // Left for the next build.
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
