package org.ecosite.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP side of the preview, on the JDK's own server: the site under its base path, as it will be
 * published; {@code /__ecosite/live.js} and {@code /__ecosite/events} for reloading. Only GET and HEAD;
 * only files inside the current build's folder; nothing cached, so a page is never stale after a
 * rebuild.
 */
final class PreviewServer {

    private final HttpServer server;
    private final ExecutorService threads;
    private final Supplier<PreviewState> state;
    private final Pages pages;
    private final LiveReload reload;
    private final byte[] script;
    private final Hosts hosts;

    /** How a page is dressed for the preview: the error panel when the last build failed. */
    interface Pages {
        byte[] dress(byte[] html, PreviewState state);

        /** A page to show when no build has succeeded yet. */
        byte[] nothingBuilt(PreviewState state);
    }

    PreviewServer(InetSocketAddress address, Supplier<PreviewState> state, Pages pages, LiveReload reload)
            throws IOException {
        this.state = state;
        this.pages = pages;
        this.reload = reload;
        this.hosts = new Hosts(address);
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            this.script = in.readAllBytes();
        }
        this.server = HttpServer.create(address, 0);
        // Each open page holds one event stream: threads are made as needed and end with the server.
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ecosite-preview-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::site);
        server.createContext("/__ecosite/", this::own);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        reload.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private void own(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowed(exchange)) {
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(Injector.SCRIPT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
            } else if (path.equals("/__ecosite/events")) {
                reload.stream(exchange);
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void site(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowed(exchange)) {
                return;
            }
            PreviewState now = state.get();
            String path = exchange.getRequestURI().getRawPath();
            String base = now.basePath();
            if (path == null || !path.startsWith("/")) {
                refuse(exchange);
                return;
            }
            if (!path.startsWith(base)) {
                // The site lives under its base path, as it will when published: lead there from above it.
                if (base.startsWith(path)) {
                    redirect(exchange, base);
                } else {
                    notFound(exchange, now);
                }
                return;
            }
            if (now.site().isEmpty()) {
                send(exchange, 200, ContentTypes.of("index.html"), pages.nothingBuilt(now));
                return;
            }
            Path root = now.site().get();
            SafePaths.Result found = SafePaths.resolve(root, path.substring(base.length()));
            if (!(found instanceof SafePaths.Found f)) {
                refuse(exchange);
                return;
            }
            Path file = f.file();
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    redirect(exchange, path + "/");
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file) || !SafePaths.staysInside(root, file)) {
                notFound(exchange, now);
                return;
            }
            String type = ContentTypes.of(file.getFileName().toString());
            byte[] made = now.pages().get(root.relativize(file).toString().replace('\\', '/'));
            byte[] bytes = made != null ? made : Files.readAllBytes(file);
            send(exchange, 200, type, type.startsWith("text/html") ? pages.dress(bytes, now) : bytes);
        }
    }

    private boolean allowed(HttpExchange exchange) throws IOException {
        if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
            send(exchange, 403, "text/plain; charset=utf-8",
                    "forbidden: the preview answers only for localhost\n".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    private void notFound(HttpExchange exchange, PreviewState now) throws IOException {
        Path page = now.site().map(s -> s.resolve("404.html")).filter(Files::isRegularFile).orElse(null);
        byte[] body = page == null ? "not found\n".getBytes(StandardCharsets.UTF_8)
                : pages.dress(Files.readAllBytes(page), now);
        send(exchange, 404, page == null ? "text/plain; charset=utf-8" : ContentTypes.of("404.html"), body);
    }

    private static void refuse(HttpExchange exchange) throws IOException {
        send(exchange, 400, "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
