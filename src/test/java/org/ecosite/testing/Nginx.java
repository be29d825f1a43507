package org.ecosite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Serves a built site with Debian's nginx, the way a web team would: the location block the
 * README recommends ({@code docs/nginx/ecosite.conf}, word for word, with only the base path and the
 * folder replaced) inside a server on a free loopback port. Run as root, the workers run as
 * {@code www-data}, as in Debian's own configuration, so a site that only its owner may read
 * answers 403 here just as it would on the server.
 *
 * <p>Without nginx the calling test is skipped; with {@code CI=true} it fails instead, so CI can never
 * pass without it ({@code .ci/run} installs the package).
 */
public final class Nginx implements AutoCloseable {

    /** The README's configuration, the one file both the README and these tests use. */
    public static final Path SNIPPET = Path.of("docs", "nginx", "ecosite.conf");
    private static final String SNIPPET_BASE = "/sthjj/xxgk/";
    private static final String SNIPPET_ROOT = "/srv/ecosite/site/";

    private final Process process;
    private final Path prefix;
    private final int port;
    private final String basePath;

    private Nginx(Process process, Path prefix, int port, String basePath) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
        this.basePath = basePath;
    }

    /** The nginx program, or {@code null} when this machine has none. */
    static Path binary() {
        for (String candidate : new String[] {System.getenv("ECOSITE_NGINX"), "/usr/sbin/nginx", "/usr/bin/nginx"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /** Skips the calling test when there is no nginx, or fails it on CI. */
    public static void assumeAvailable() {
        if (binary() != null) {
            return;
        }
        String message = "nginx not found (apt-get install nginx, or set ECOSITE_NGINX): nginx tests skipped";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message.replace("skipped", "required on CI"));
        }
        Assumptions.abort(message);
    }

    /**
     * Starts nginx serving {@code root} under {@code basePath}.
     *
     * @param basePath the site's sub-path, e.g. {@code /sthjj/xxgk/}
     */
    public static Nginx start(Path root, String basePath) {
        assumeAvailable();
        try {
            Path prefix = Files.createTempDirectory("ecosite-nginx");
            String location = Files.readString(SNIPPET, StandardCharsets.UTF_8)
                    .replace(SNIPPET_BASE, basePath)
                    .replace(SNIPPET_ROOT, root.toAbsolutePath().normalize() + "/");
            boolean root0 = "root".equals(System.getProperty("user.name"));
            for (int attempt = 0; ; attempt++) {
                int port = freePort();
                String conf = (root0 ? "user www-data;\n" : "") + """
                        worker_processes 1;
                        daemon off;
                        pid %1$s/nginx.pid;
                        error_log %1$s/error.log warn;
                        events { worker_connections 512; }
                        http {
                            include /etc/nginx/mime.types;
                            default_type application/octet-stream;
                            access_log off;
                            client_body_temp_path %1$s/body;
                            proxy_temp_path %1$s/proxy;
                            fastcgi_temp_path %1$s/fastcgi;
                            uwsgi_temp_path %1$s/uwsgi;
                            scgi_temp_path %1$s/scgi;
                            server {
                                listen 127.0.0.1:%2$d;
                                server_name localhost;
                        %3$s
                            }
                        }
                        """.formatted(prefix, port, location);
                Path file = prefix.resolve("nginx.conf");
                Files.writeString(file, conf, StandardCharsets.UTF_8);
                Process process = new ProcessBuilder(binary().toString(), "-p", prefix.toString(), "-c", file.toString())
                        .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
                if (awaitListening(process, port)) {
                    return new Nginx(process, prefix, port, basePath);
                }
                process.destroyForcibly().waitFor();
                if (attempt == 2) {
                    throw new IllegalStateException("nginx did not start:\n" + log(prefix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean awaitListening(Process process, int port) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(end) && process.isAlive()) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    private static String log(Path prefix) {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {"stdout.log", "error.log"}) {
            try {
                text.append(Files.readString(prefix.resolve(name), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.append(name).append(": ").append(e.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    /** The site's base URL on this server, e.g. {@code http://127.0.0.1:41234/sthjj/xxgk/}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + port + basePath);
    }

    /** What nginx wrote to its error log so far, for a failing test's message. */
    public String errorLog() {
        return log(prefix);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        TestSites.deleteTree(prefix);
    }

    /**
     * Opens a test's temporary folder to other users (mode 755, as {@code /srv} is), so that
     * nginx's workers can reach a site built inside it. The site folder itself keeps whatever
     * permissions the build gave it: that is what the tests check.
     */
    public static Path publicFolder(Path temp) {
        try {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
