package org.ecosite.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Hashes for cache keys. The program's own fingerprint is the hash of its jar's contents (or, while
 * developing, of its compiled classes), so a changed program never reuses an old chart.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The fingerprint of the code that contains {@code type}; computed once per run. */
    public static String of(Class<?> type) {
        return Holder.forClass(type);
    }

    /**
     * A cheap identity of the code that contains {@code type}: its jar's path, size and time. Enough
     * to tell a rebuilt program apart, without reading it; while developing, the content hash.
     */
    public static String stamp(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location + "|" + Files.size(location) + "|" + Files.getLastModifiedTime(location).toMillis();
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
        return of(type);
    }

    public static String sha256(String... parts) {
        MessageDigest digest = digest();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The fingerprint of a jar's contents: the name, size and CRC-32 of every entry, in the order its central
     * directory lists them (the build makes the same jar from the same sources, order included). A jar made
     * again later has the same fingerprint, whatever its entries' times, so a chart cache kept between CI runs
     * still serves; a changed class or resource changes its CRC. Hashing the whole jar instead (34 MB with the
     * chart font) took a quarter of a second, a sixth of the demo's cold build; this reads 17,500 entries of
     * the directory in about 15 ms.
     */
    static String ofJar(Path jar) throws IOException {
        MessageDigest digest = digest();
        byte[] numbers = new byte[2 * Long.BYTES];
        ByteBuffer buffer = ByteBuffer.wrap(numbers);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                buffer.clear().putLong(entry.getSize()).putLong(entry.getCrc());
                digest.update(numbers);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Lazily computed, then constant: the program does not change while it runs. */
    private static final class Holder {
        private static final java.util.Map<Class<?>, String> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

        static String forClass(Class<?> type) {
            return KNOWN.computeIfAbsent(type, Holder::compute);
        }

        private static String compute(Class<?> type) {
            try {
                Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return ofJar(location);
                }
                MessageDigest digest = digest();
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                byte[] buffer = new byte[1 << 16];
                for (Path file : files) {
                    digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(file)) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            digest.update(buffer, 0, n);
                        }
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | RuntimeException e) {
                // Without a readable code source, never reuse: a fresh key per run.
                return "unknown-" + System.nanoTime();
            }
        }
    }
}
