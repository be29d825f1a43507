package org.ecosite.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.ecosite.build.Build;
import org.ecosite.build.BuildCache;
import org.ecosite.build.LastBuild;
import org.ecosite.build.BuildOptions;
import org.ecosite.build.BuildProgress;
import org.ecosite.build.BuildResult;
import org.ecosite.check.Messages;
import org.ecosite.check.Problem;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;
import org.ecosite.output.Output;
import org.ecosite.template.Overlay;

/**
 * A running preview: the site built with its drafts into a folder of the preview's own (never the
 * site's output folder), served on loopback under its base path, rebuilt whenever a file it reads
 * changes. A failed rebuild leaves the last good build in place and lays its problems over every page;
 * the next good one takes them away. Every build, good or not, tells open pages to reload.
 */
public final class Preview implements AutoCloseable {

    /**
     * How to preview.
     *
     * @param site     the site folder
     * @param host     the address to listen on; loopback unless the user says otherwise
     * @param port     0 for any free port
     * @param today    the day checks count from, asked afresh for every build
     * @param quiet    how long files must be still before a rebuild starts
     * @param describe the problems of a build as the terminal shows them, for the error panel
     * @param messages the words of the error panel
     * @param listener told of every build
     * @param progress a listener for each build's progress; closed after the build when it is closeable
     */
    public record Options(Path site, InetAddress host, int port, Supplier<LocalDate> today, Duration quiet,
                          Function<List<Problem>, String> describe, Messages messages, Listener listener,
                          Supplier<BuildProgress> progress) {
    }

    /** Hears of every build: the first, and each one a change set off. */
    @FunctionalInterface
    public interface Listener {
        /** @param changed the paths (relative to the site) that set the build off; empty for the first */
        void built(int number, BuildResult result, Set<String> changed);
    }

    private final Options options;
    private final Path work;
    private final BuildCache cache = BuildCache.forPreview();
    /** Numbers the folders builds go in; a build number counts what pages have shown, which can differ. */
    private int folders;
    private final Overlay overlay = new Overlay();
    private final LiveReload reload;
    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ecosite-preview-clean");
        t.setDaemon(true);
        return t;
    });
    private final PreviewServer server;
    private volatile PreviewState state;
    private SiteWatcher watcher;
    private Debouncer debouncer;
    private boolean closed;

    private Preview(Options options) throws IOException {
        this.options = options;
        this.work = Files.createTempDirectory("ecosite-preview-");
        this.state = new PreviewState(0, Optional.empty(), basePath("/"), Optional.empty(), List.of());
        this.reload = new LiveReload(() -> state.build());
        try {
            this.server = new PreviewServer(new InetSocketAddress(options.host(), options.port()), () -> state,
                    new Dress(), reload);
        } catch (IOException | RuntimeException e) {
            // A taken port stops the preview before it started: its folder goes with it.
            Output.deleteTree(work);
            throw e;
        }
    }

    /**
     * Builds the site once, then serves and watches it.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static Preview start(Options options) throws IOException {
        Preview preview = new Preview(options);
        try {
            preview.build(Set.of());
            preview.server.start();
            preview.debouncer = new Debouncer(options.quiet(), preview::build);
            preview.watcher = new SiteWatcher(options.site(), SiteConfigLoader.load(options.site(), new Problems())
                    .flatMap(c -> c.charts().font()), preview.debouncer::changed);
            return preview;
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
    }

    /** Where the site can be seen, e.g. {@code http://127.0.0.1:1313/sthjj/xxgk/}. */
    public URI address() {
        String host = options.host().getHostAddress();
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + authority + ":" + server.port() + state.basePath());
    }

    public int port() {
        return server.port();
    }

    /** How many builds have finished. */
    public int builds() {
        return state.build();
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return reload.clients();
    }

    private synchronized void build(Set<String> changed) {
        if (closed) {
            return;
        }
        Optional<LastBuild.Page> shown = showEditedReport(changed);
        Optional<LastBuild> before = cache.lastBuild();
        Path output = work.resolve(String.valueOf(++folders)).resolve("site");
        BuildProgress progress = options.progress().get();
        BuildResult result;
        try {
            result = Build.run(BuildOptions.of(options.site()).withOutput(output).withDrafts(true)
                    .withToday(options.today().get()).withCache(cache).withProgress(progress));
        } finally {
            if (progress instanceof AutoCloseable closeable) {
                close(closeable);
            }
        }
        String base = basePath(state.basePath());
        Optional<Path> previous = state.site();
        // When the whole site came out as the page shown already promised, open pages are up to date.
        boolean promised = shown.isPresent() && result.written() && before.isPresent()
                && cache.lastBuild().filter(now -> now != before.get())
                .map(now -> now.showsSameAs(before.get(), shown.get())).orElse(false);
        int number = promised ? state.build() : state.build() + 1;
        if (result.written()) {
            state = new PreviewState(number, Optional.of(output), base, Optional.empty(), result.problems());
        } else {
            state = new PreviewState(number, state.site(), base,
                    Optional.of(options.describe().apply(result.problems())), result.problems());
        }
        // Pages reload first; telling the terminal and tidying up can wait those few milliseconds.
        if (!promised) {
            reload.built(number);
        }
        options.listener().built(number, result, changed);
        if (result.written()) {
            // The build before the previous one can go (the previous may still be serving a request), on a
            // thread of its own: deleting a thousand pages should not hold up the next build.
            previous.ifPresent(p -> cleaner.execute(() -> deleteOlderThan(p.getParent())));
        }
    }

    /**
     * When the one file saved is the text of a report, and the last build was good, that report's page is
     * made at once and open pages reload to it; the full build follows and reloads them again only if it
     * turns out different.
     */
    private Optional<LastBuild.Page> showEditedReport(Set<String> changed) {
        if (changed.size() != 1 || state.failure().isPresent() || state.site().isEmpty()) {
            return Optional.empty();
        }
        Optional<LastBuild.Page> page = cache.lastBuild().flatMap(last -> last.page(changed.iterator().next()));
        page.ifPresent(p -> {
            state = new PreviewState(state.build() + 1, state.site(), state.basePath(), Optional.empty(),
                    state.problems(), Map.of(p.path(), p.bytes()));
            reload.built(state.build());
        });
        return page;
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // A progress line that cannot wipe itself is no reason to stop.
        }
    }

    /** The base path site.yaml gives now; the one before when it cannot be read. */
    private String basePath(String before) {
        return SiteConfigLoader.load(options.site(), new Problems()).map(SiteConfig::basePath).orElse(before);
    }

    private void deleteOlderThan(Path keep) {
        try (Stream<Path> builds = Files.list(work)) {
            for (Path old : builds.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> Integer.parseInt(p.getFileName().toString())
                            < Integer.parseInt(keep.getFileName().toString())).toList()) {
                Output.deleteTree(old);
            }
        } catch (IOException e) {
            // A folder left behind in the temporary folder is harmless; close() tries again.
        }
    }

    /** Stops watching and serving, and removes the preview's builds. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (debouncer != null) {
            debouncer.close();
        }
        server.stop();
        cleaner.shutdownNow();
        try {
            // A deletion of old builds still walking the folder would make the one below fail half-way.
            cleaner.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            // Waits for a build under way; none starts after this.
            closed = true;
            try {
                Output.deleteTree(work);
            } catch (UncheckedIOException e) {
                // Left in the temporary folder.
            }
        }
    }

    /** Pages as the preview sends them: with the reload script, and the error panel after a failed build. */
    private final class Dress implements PreviewServer.Pages {
        @Override
        public byte[] dress(byte[] html, PreviewState now) {
            return Injector.inject(html, now.build(), panel(now));
        }

        @Override
        public byte[] nothingBuilt(PreviewState now) {
            String page = overlay.emptyPage(options.messages().locale().toLanguageTag(),
                    options.messages().get("serve.nothing_built"));
            return dress(page.getBytes(StandardCharsets.UTF_8), now);
        }

        private String panel(PreviewState now) {
            if (now.failure().isEmpty()) {
                return "";
            }
            Messages m = options.messages();
            return overlay.panel(m.get("serve.overlay_title"), m.get(now.site().isPresent()
                    ? "serve.overlay_note" : "serve.overlay_note_nothing"), now.failure().get(), m.get("serve.close"));
        }
    }
}
