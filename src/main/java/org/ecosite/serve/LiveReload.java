package org.ecosite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-sent events that tell open pages a build finished: on connecting a page hears the number of
 * the latest build, then every new one. A page whose own build number differs reloads (live.js). A
 * comment every {@value #HEARTBEAT_SECONDS} seconds finds the pages that have gone.
 */
final class LiveReload {

    static final int HEARTBEAT_SECONDS = 15;
    private static final int CLOSED = -1;

    private final Set<BlockingQueue<Integer>> clients = ConcurrentHashMap.newKeySet();
    private final IntSupplier latest;

    LiveReload(IntSupplier latest) {
        this.latest = latest;
    }

    /** Tells every open page about build {@code number}. */
    void built(int number) {
        clients.forEach(q -> q.offer(number));
    }

    /** Ends every stream, so the server can stop. */
    void close() {
        clients.forEach(q -> q.offer(CLOSED));
    }

    int clients() {
        return clients.size();
    }

    /** Serves one page's stream until the page goes or the server stops. */
    void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 1000\n\n" + event(latest.getAsInt()));
            while (true) {
                Integer next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    send(out, ": ping\n\n");
                } else if (next == CLOSED) {
                    return;
                } else {
                    send(out, event(next));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page went away.
        } finally {
            clients.remove(queue);
        }
    }

    private static String event(int build) {
        return "event: build\ndata: " + build + "\n\n";
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
