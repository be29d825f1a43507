package org.ecosite.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ecosite.output.Output;

/**
 * A folder on this machine or on a mounted share. Files are compared by content, so a target
 * copied by other means is brought up to date without copying what already matches. Each file
 * is written beside its place and renamed over it, so a reader never gets half a page.
 */
public final class FolderTarget implements Target {

    /**
     * Marks a folder that {@code ecosite deploy} keeps. Deploying deletes every file that is not
     * built, so a non-empty folder without the mark (a portal's own web root, say) is refused.
     */
    public static final String MARKER = ".ecosite-deploy";
    private static final String PART = ".ecosite-part";

    private final Path site;
    private final Path target;
    private final boolean force;

    /**
     * @param site   the built site (the output folder of {@code ecosite build})
     * @param target the folder to bring to exactly the built site
     * @param force  deploy into a non-empty folder without the mark
     */
    public FolderTarget(Path site, Path target, boolean force) {
        this.site = site.toAbsolutePath().normalize();
        this.target = target.toAbsolutePath().normalize();
        this.force = force;
    }

    @Override
    public String name() {
        return target.toString();
    }

    @Override
    public DeployPlan plan() throws IOException, DeployException {
        if (Files.exists(target) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new DeployException("deploy.target_not_folder", target);
        }
        if (target.startsWith(site) || site.startsWith(target)) {
            throw new DeployException("deploy.target_overlaps", target, site);
        }
        Map<String, Path> built = files(site);
        Map<String, Path> present = Files.exists(target) ? files(target) : new TreeMap<>();
        present.remove(MARKER);
        if (!present.isEmpty() && !Files.exists(target.resolve(MARKER)) && !force) {
            throw new DeployException("deploy.foreign_target", target, FolderTarget.MARKER);
        }
        List<String> uploads = new ArrayList<>();
        for (Map.Entry<String, Path> file : built.entrySet()) {
            Path there = present.get(file.getKey());
            if (there == null || differs(file.getValue(), there)) {
                uploads.add(file.getKey());
            }
        }
        // Charts, pictures and data first, pages last: a page never points at a file still on its way.
        uploads.sort(Comparator.comparing((String path) -> path.endsWith(".html")).thenComparing(Comparator.naturalOrder()));
        List<String> deletes = present.keySet().stream().filter(path -> !built.containsKey(path)).toList();
        return new DeployPlan(uploads, deletes, built.size() - uploads.size());
    }

    @Override
    public void apply(DeployPlan plan) throws IOException {
        Files.createDirectories(target);
        // Marked first, so that a deployment broken off half-way is still recognised as ours.
        Files.writeString(target.resolve(MARKER), "This folder is kept by `ecosite deploy`: "
                + "files that the built site does not have are deleted from it.\n");
        for (String path : plan.uploads()) {
            Path destination = inside(path);
            clearWay(destination);
            Files.createDirectories(destination.getParent());
            Path part = destination.resolveSibling("." + destination.getFileName() + PART);
            // A stream, not Files.copy: the new file gets the permissions the user's umask gives,
            // not the source file's, so the web server can read it.
            try (InputStream in = Files.newInputStream(site.resolve(path))) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(part, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException share) {
                Files.move(part, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String path : plan.deletes()) {
            Files.deleteIfExists(inside(path));
        }
        pruneEmptyFolders();
    }

    /** A file where a folder must go, or a folder where a file must go, is removed first. */
    private void clearWay(Path destination) throws IOException {
        for (Path p = destination.getParent(); p != null && p.startsWith(target) && !p.equals(target); p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p);
            }
        }
        if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
            Output.deleteTree(destination);
        }
    }

    private void pruneEmptyFolders() throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(target)) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(target))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> list = Files.list(folder)) {
                if (list.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    private Path inside(String path) throws IOException {
        Path resolved = target.resolve(path).normalize();
        if (!resolved.startsWith(target) || resolved.equals(target)) {
            throw new IOException("refusing a path outside the target: " + path);
        }
        return resolved;
    }

    private static boolean differs(Path built, Path there) throws IOException {
        return Files.isSymbolicLink(there) || Files.size(built) != Files.size(there) || Files.mismatch(built, there) != -1;
    }

    /** Every file under a folder (links too, never followed), by its path with {@code /}, sorted. */
    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> files.put(root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"), p));
        }
        return files;
    }
}
