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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ecosite.config.SiteLayout;
import org.ecosite.content.ContentLoader;

/**
 * Watches what a build reads, as {@link SiteLayout} names it: its files in the site folder, its
 * folders with every folder below them (the JDK's WatchService watches one folder at a time, so each
 * is registered, and new ones as they appear), and the chart font's folder. Files a build leaves out
 * (hidden files, editor backups and swap files) change nothing. Changes are handed on as paths
 * relative to the site.
 */
final class SiteWatcher implements AutoCloseable {

    private final Path site;
    private final Optional<String> chartFont;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Consumer<Set<String>> changed;
    private final Thread thread;

    /**
     * @param chartFont the chart font site.yaml names (relative to the site folder), watched wherever it is
     * @param changed   told of each batch of changes, as paths relative to the site folder with '/'
     */
    SiteWatcher(Path site, Optional<String> chartFont, Consumer<Set<String>> changed) throws IOException {
        this.site = site;
        this.chartFont = chartFont;
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        register(site);
        for (String folder : SiteLayout.INPUT_FOLDERS) {
            registerTree(site.resolve(folder));
        }
        Optional<Path> fontFolder = chartFont.map(f -> site.resolve(f).getParent());
        if (fontFolder.isPresent() && Files.isDirectory(fontFolder.get()) && !folders.containsValue(fontFolder.get())) {
            register(fontFolder.get());
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
                        if (relevant(relative, chartFont)) {
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
    static boolean relevant(Path relative, Optional<String> chartFont) {
        return !ignored(relative) && SiteLayout.isInput(relative, chartFont);
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
