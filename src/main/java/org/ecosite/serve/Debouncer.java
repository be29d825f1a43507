package org.ecosite.serve;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Gathers changes until the files have been quiet for a moment, then hands them on in one batch: an
 * editor's save is often several events (write, rename, touch), and a build per event would be
 * wasted. Changes that arrive during a build wait for it to end and make the next batch. One thread,
 * so batches never overlap.
 */
final class Debouncer implements AutoCloseable {

    private final BlockingQueue<Set<String>> changes = new LinkedBlockingQueue<>();
    private final Duration quiet;
    private final Consumer<Set<String>> batch;
    private final Thread thread;

    Debouncer(Duration quiet, Consumer<Set<String>> batch) {
        this.quiet = quiet;
        this.batch = batch;
        this.thread = new Thread(this::run, "ecosite-preview-build");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void changed(Set<String> paths) {
        changes.offer(paths);
    }

    private void run() {
        try {
            while (true) {
                Set<String> gathered = new TreeSet<>(changes.take());
                Set<String> more;
                while ((more = changes.poll(quiet.toNanos(), TimeUnit.NANOSECONDS)) != null) {
                    gathered.addAll(more);
                }
                try {
                    batch.accept(gathered);
                } catch (RuntimeException e) {
                    // A fault of ecosite, not of the content: say so, and keep watching for the next save.
                    Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
                    if (handler != null) {
                        handler.uncaughtException(thread, e);
                    } else {
                        e.printStackTrace();
                    }
                }
            }
        } catch (InterruptedException e) {
            // Stopping.
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
