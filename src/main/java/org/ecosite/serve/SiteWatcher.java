package org.ecosite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ecosite.content.ContentLoader;

/**
 * Watches what a build reads: site.yaml, indicators.yaml and holidays.yaml in the site folder, and content/, data/,
 * themes/ and static/ with every folder below them (the JDK's WatchService watches one folder at a
 * time, so each is registered, and new ones as they appear). Files a build leaves out (hidden files,
 * editor backups and swap files) change nothing. Changes are handed on as paths relative to the site.
 */
final class SiteWatcher implements AutoCloseable {

    static final List<String> FILES = List.of("site.yaml", "indicators.yaml", "holidays.yaml");
    static final List<String> FOLDERS = List.of("content", "data", "themes", "static");

    private final Path site;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Consumer<Set<String>> changed;
    private final Thread thread;

    /** @param changed told of each batch of changes, as paths relative to the site folder with '/' */
    SiteWatcher(Path site, Consumer<Set<String>> changed) throws IOException {
        this.site = site;
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        register(site);
        for (String folder : FOLDERS) {
            registerTree(site.resolve(folder));
        }
        this.thread = new Thread(this::run, "ecosite-preview-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                if (!ignored(site.relativize(folder))) {
                    register(folder);
                }
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                Set<String> batch = new HashSet<>();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        batch.add("");
                        continue;
                    }
                    if (folder != null) {
                        Path path = folder.resolve((Path) event.context());
                        Path relative = site.relativize(path);
                        if (relevant(relative)) {
                            batch.add(relative.toString().replace('\\', '/'));
                            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                                registerTree(path);
                            }
                        }
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
                if (!batch.isEmpty()) {
                    changed.accept(batch);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // Closed: the preview is stopping.
        } catch (IOException e) {
            changed.accept(Set.of(""));
        }
    }

    /** A path inside the site that a build reads. */
    static boolean relevant(Path relative) {
        if (relative.getNameCount() == 0 || ignored(relative)) {
            return false;
        }
        String first = relative.getName(0).toString();
        return relative.getNameCount() == 1 ? FILES.contains(first) || FOLDERS.contains(first)
                : FOLDERS.contains(first);
    }

    /** What a build leaves out (hidden files, editor backups), and vim's probe file 4913. */
    static boolean ignored(Path relative) {
        return ContentLoader.isIgnored(relative) || relative.getFileName() != null
                && relative.getFileName().toString().equals("4913");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing left to do.
        }
        thread.interrupt();
    }
}
