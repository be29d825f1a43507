package org.ecosite.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A folder on another machine, reached by {@code rsync} over SSH ({@code user@host:/srv/site/}).
 * rsync compares by checksum and sends only what differs; the plan is its dry run, read from its
 * itemised output, so deletions are counted (and may be refused) before anything changes. The
 * real run puts all changed files in place together at its end ({@code --delay-updates}).
 */
public final class RsyncTarget implements Target {

    private final Path rsync;
    private final Path site;
    private final String destination;
    private final int builtFiles;

    /**
     * @param rsync       the rsync program
     * @param site        the built site
     * @param destination rsync's destination, as the user wrote it (a remote {@code host:path}, or a
     *                    local folder, which the tests use)
     */
    public RsyncTarget(Path rsync, Path site, String destination) throws IOException {
        this.rsync = rsync;
        this.site = site.toAbsolutePath().normalize();
        this.destination = destination.endsWith("/") ? destination : destination + "/";
        try (Stream<Path> walk = Files.walk(this.site)) {
            this.builtFiles = (int) walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).count();
        }
    }

    /** The rsync program on the PATH, or {@code null}. */
    public static Path find(String path) {
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder, "rsync");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public String name() {
        return destination;
    }

    @Override
    public DeployPlan plan() throws IOException, DeployException {
        List<String> uploads = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        for (String line : run(true)) {
            // --itemize-changes: "*deleting   path", or 11 flag characters, a space and the path;
            // the first flag is < or > for a file sent, c for a folder made, . for attributes only.
            if (line.startsWith("*deleting")) {
                String path = line.substring("*deleting".length()).strip();
                if (!path.endsWith("/")) {
                    deletes.add(path);
                }
            } else if (line.length() > 12 && (line.charAt(0) == '<' || line.charAt(0) == '>') && line.charAt(1) == 'f') {
                uploads.add(line.substring(12));
            }
        }
        uploads.sort(Comparator.comparing((String path) -> path.endsWith(".html")).thenComparing(Comparator.naturalOrder()));
        deletes.sort(Comparator.naturalOrder());
        return new DeployPlan(uploads, deletes, builtFiles - uploads.size());
    }

    @Override
    public void apply(DeployPlan plan) throws IOException, DeployException {
        run(false);
    }

    private List<String> run(boolean dryRun) throws IOException, DeployException {
        List<String> command = new ArrayList<>(List.of(rsync.toString(), "--recursive", "--links", "--checksum",
                "--delete", "--delay-updates", "--itemize-changes", "--out-format=%i %n"));
        if (dryRun) {
            command.add("--dry-run");
        }
        command.add(site + "/");
        command.add(destination);
        // Standard input stays the user's, so ssh can ask for a password or a host key.
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.getMessage();
            }
        });
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new DeployException("deploy.rsync_failed", exit, errors.join().strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted", e);
        }
        return lines;
    }
}
