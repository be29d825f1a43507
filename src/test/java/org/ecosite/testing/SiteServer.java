package org.ecosite.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site the way a government web server would: under its sub-path, on 127.0.0.1,
 * with the site's 404 page for anything missing. Only GET and HEAD; nothing outside the folder.
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"));

    private final HttpServer server;
    private final Path root;
    private final String basePath;

    private SiteServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @param basePath the site's sub-path, e.g. {@code /sthjj/xxgk/} */
    public static SiteServer start(Path root, String basePath) {
        try {
            return new SiteServer(root, basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's base URL on this server, e.g. {@code http://127.0.0.1:41234/sthjj/xxgk/}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            Path file = null;
            if (path.startsWith(basePath)) {
                String route = URLDecoder.decode(path.substring(basePath.length()).replace("+", "%2B"),
                        StandardCharsets.UTF_8);
                Path candidate = root.resolve(route).normalize();
                if (candidate.startsWith(root)) {
                    file = Files.isDirectory(candidate) ? candidate.resolve("index.html") : candidate;
                }
                if (file != null && Files.isDirectory(candidate) && !path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
            }
            int status = 200;
            if (file == null || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, method.equals("HEAD") ? -1 : body.length);
            if (!method.equals("HEAD")) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
