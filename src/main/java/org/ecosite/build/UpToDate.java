package org.ecosite.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.cache.Fingerprint;
import org.ecosite.check.Position;
import org.ecosite.check.Problem;
import org.ecosite.check.Severity;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteLayout;
import org.ecosite.output.Output;
import org.ecosite.parallel.FileTree;

/**
 * Knows when a build would write exactly what the output folder already holds, so that
 * publishing the same site again costs a glance instead of a build.
 *
 * <p>After a successful build it records a fingerprint of everything the output depends on (the
 * program, the Java version, the options, the day, and the path, size and modification time of
 * every input {@link SiteLayout#inputs} names, the chart font included) together with the list
 * of files it wrote and the warnings it found. The next build with the same fingerprint, into an
 * output folder that still holds exactly those files, is skipped: the output is what a build
 * would write, since builds are deterministic, and the warnings are told again.
 */
final class UpToDate {

    /** What a successful build left: its fingerprint, its files and what it told the editor. */
    record Manifest(String inputs, Map<String, Long> files, List<Saved> problems, int pages, int charts,
                    String language) {
    }

    /** A problem as stored between builds. */
    record Saved(String file, int line, int column, String severity, String key, List<String> args) {

        static Saved of(Problem p) {
            return new Saved(p.file(), p.position().line(), p.position().column(), p.severity().name(), p.key(),
                    p.args());
        }

        Problem problem() {
            return new Problem(file, new Position(line, column), Severity.valueOf(severity), key, args);
        }
    }

    private UpToDate() {
    }

    /** The fingerprint of a build's inputs; reading only file attributes, never contents. */
    static String inputs(BuildOptions options, SiteLayout layout, Optional<SiteConfig> config) {
        MessageDigest digest = sha256();
        add(digest, "ecosite-build-v1");
        add(digest, Fingerprint.stamp(UpToDate.class));
        add(digest, System.getProperty("java.version"));
        add(digest, options.source().toAbsolutePath().normalize().toString());
        add(digest, options.output().toAbsolutePath().normalize().toString());
        add(digest, options.baseUrl().map(Object::toString).orElse(""));
        add(digest, options.drafts() + "|" + options.strict() + "|" + options.today());
        for (Path root : layout.inputs(config)) {
            if (!Files.exists(root)) {
                add(digest, "-" + layout.root().relativize(root));
                continue;
            }
            try {
                List<String> entries = new ArrayList<>();
                FileTree.of(root, a -> a.size() + "|" + a.lastModifiedTime().toMillis())
                        .forEach((file, sizeAndTime) -> entries.add(file + "|" + sizeAndTime));
                // Sorted: the order the files were read in is the file system's and the threads'.
                java.util.Collections.sort(entries);
                add(digest, root.toString());
                entries.forEach(entry -> add(digest, entry));
            } catch (IOException e) {
                // Unreadable inputs never match: the build runs and says what is wrong.
                add(digest, "unreadable " + System.nanoTime());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The last build's manifest, when its fingerprint is {@code inputs} and the output is as it left it. */
    static Optional<Manifest> unchanged(BuildOptions options, SiteLayout layout, String inputs) {
        Path file = manifestFile(options, layout);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Manifest manifest = ManifestJson.read(file);
            if (!manifest.inputs().equals(inputs)) {
                return Optional.empty();
            }
            if (!manifest.files().equals(Output.list(options.output()))) {
                return Optional.empty();
            }
            return Optional.of(manifest);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers a successful build. A manifest that cannot be written only costs the next build time. */
    static void record(BuildOptions options, SiteLayout layout, String inputs, Map<String, Long> files,
                       List<Problem> problems, int pages, int charts, org.ecosite.config.Language language) {
        List<Saved> saved = new ArrayList<>();
        problems.forEach(p -> saved.add(Saved.of(p)));
        Path file = manifestFile(options, layout);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".", ".tmp");
            ManifestJson.write(temp, new Manifest(inputs, files, saved, pages, charts, language.tag()));
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Ignored on purpose: see above.
        }
    }

    /** One manifest per output folder: a site may be built into several. */
    private static Path manifestFile(BuildOptions options, SiteLayout layout) {
        String output = options.output().toAbsolutePath().normalize().toString();
        return layout.builds().resolve(Fingerprint.sha256(output).substring(0, 16) + ".json");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void add(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
