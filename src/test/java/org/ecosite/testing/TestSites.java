package org.ecosite.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ecosite.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fixture sites from src/test/resources/sites, copied to a temporary folder so tests can change them. */
public final class TestSites {

    private TestSites() {
    }

    /** Copies {@code sites/<name>} into {@code into}/name and returns that folder. */
    public static Path copy(String name, Path into) {
        Path source = fixture(name);
        Path target = into.resolve(name.replace('/', '-'));
        copyTree(source, target);
        return target;
    }

    public static Path fixture(String name) {
        try {
            return Path.of(TestSites.class.getResource("/sites/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture site " + name, e);
        }
    }

    public static void copyTree(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The day tests run on, whatever the real date: checks that count from today (a stale site, dates in
     * the future) then give the same result every time. The fixture site's newest report is a few days old.
     */
    public static final LocalDate TODAY = LocalDate.of(2024, 7, 22);

    /** Runs the command line with a neutral locale (so the site's language decides) and captures both streams. */
    public static Run run(String... args) {
        return run(Map.of("LANG", "C.UTF-8"), args);
    }

    public static Run run(Map<String, String> env, String... args) {
        return runOn(TODAY, env, args);
    }

    /** Runs the command line as if it were {@code today}. */
    public static Run runOn(LocalDate today, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(zone).toInstant(), zone);
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, clock, false);
        return new Run(code, out.toString(), err.toString());
    }

    /** The result of one command line. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public static Document html(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it; a folder already gone is fine. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a site into a folder and fails with the build's output when it does not succeed. */
    public static Run build(Path source, Path output, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--source",
                source.toString(), "--output", output.toString()));
        args.addAll(java.util.List.of(more));
        Run run = run(args.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new AssertionError("the build failed:\n" + run);
        }
        return run;
    }

    /**
     * Runs the command line in a JVM of its own (this Java, these classes) with more environment variables
     * and JVM options: for what one JVM cannot show, such as the order {@code Map.of} chose at start-up or
     * the fonts the machine offers. Its output goes through files in {@code logs}.
     */
    public static Run inNewJvm(Path logs, Map<String, String> env, java.util.List<String> jvmOptions,
                               String... args) {
        return inNewJvm(logs, env, jvmOptions, Main.class, args);
    }

    /** Runs the {@code main} of any class of the program or its tests in a JVM of its own. */
    public static Run inNewJvm(Path logs, Map<String, String> env, java.util.List<String> jvmOptions,
                               Class<?> main, String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(java.util.List.of(args));
        try {
            Files.createDirectories(logs);
            Path out = Files.createTempFile(logs, "out", ".log");
            Path err = Files.createTempFile(logs, "err", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            return new Run(process.waitFor(), read(out), read(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every file below a folder with its bytes, by relative path: to compare two outputs exactly. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
