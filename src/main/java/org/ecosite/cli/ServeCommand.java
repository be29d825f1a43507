package org.ecosite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.ecosite.build.BuildResult;
import org.ecosite.check.Messages;
import org.ecosite.check.Problem;
import org.ecosite.serve.Preview;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecosite serve}: builds the site with its drafts, serves it on loopback and rebuilds it on every
 * change, until stopped with Ctrl+C. Problems are printed as a build prints them; a failed rebuild's
 * errors also show in the browser. Exit 2 when the folder is no site or the port is taken.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Previews the site with its drafts, rebuilding and reloading pages on every change.")
final class ServeCommand implements Callable<Integer> {

    /** Long enough to take an editor's save as one change, short enough not to be noticed. */
    static final Duration QUIET = Duration.ofMillis(30);
    private static final int MAX_PORT = 65_535;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", paramLabel = "PORT",
            description = "the port to listen on (default: 1313; 0 for any free port)")
    int port = 1313;

    @Option(names = "--host", paramLabel = "HOST",
            description = "the address to listen on (default: 127.0.0.1, this computer only)")
    String host = "127.0.0.1";

    private final Environment environment;

    ServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!site.isSite(environment.variables(), err)) {
            return ExitCodes.USAGE;
        }
        Path folder = site.site();
        Messages messages = site.messagesOfSite(environment.variables());
        if (port < 0 || port > MAX_PORT) {
            err.println("ecosite: " + messages.get("serve.bad_port", port));
            return ExitCodes.USAGE;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            err.println("ecosite: " + messages.get("serve.bad_host", host));
            return ExitCodes.USAGE;
        }
        // The first build runs before the address is known to this command; what it found is printed after the
        // address, so the address is the first thing an editor reads.
        AtomicReference<Runnable> first = new AtomicReference<>();
        // A printer per build: it keeps the lines of the files it quotes, and they change between builds.
        Preview.Options options = new Preview.Options(folder, address, port, environment::today, QUIET,
                problems -> errorsOnly(new ProblemPrinter(folder, messages), problems), messages,
                (number, result, changed) -> {
                    Runnable print = () -> report(out, err, new ProblemPrinter(folder, messages), messages, folder,
                            number, result, changed);
                    if (number == 1) {
                        first.set(print);
                    } else {
                        print.run();
                    }
                }, () -> ProgressLine.on(out, environment.terminal(), messages));
        Preview preview;
        try {
            preview = Preview.start(options);
        } catch (BindException e) {
            err.println("ecosite: " + messages.get("serve.port_taken", port));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("ecosite: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        // Ctrl+C closes the preview from here on: an editor (or a script) who stops it as soon as the address
        // shows must not leave its folder behind.
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            preview.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        if (!address.isLoopbackAddress()) {
            err.println("ecosite: " + messages.get("serve.open_network", host));
        }
        out.println(messages.get("serve.started", preview.address()));
        out.flush();
        Optional.ofNullable(first.get()).ifPresent(Runnable::run);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from within the process (a program that embeds ecosite, a test): close as Ctrl+C does.
            Runtime.getRuntime().removeShutdownHook(hook);
            preview.close();
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** The panel in the browser shows the errors, as the terminal prints them; warnings stay in the terminal. */
    private static String errorsOnly(ProblemPrinter printer, List<Problem> problems) {
        StringWriter text = new StringWriter();
        printer.print(problems.stream().filter(Problem::isError).toList(), new PrintWriter(text));
        return text.toString().stripTrailing();
    }

    /**
     * The first build prints its errors in full and a summary of the rest, so the address is not scrolled away
     * by a screenful of warnings; a rebuild prints its errors and the warnings of the files that changed, so
     * an editor sees what the last save did and not the whole site again.
     */
    private synchronized void report(PrintWriter out, PrintWriter err, ProblemPrinter printer, Messages messages,
                                     Path folder, int number, BuildResult result, Set<String> changed) {
        if (number == 1) {
            printer.print(result.problems().stream().filter(Problem::isError).toList(), err);
            ProblemSummary.print(result.problems(), messages, folder, err);
        } else {
            printer.printCondensed(result.problems().stream()
                    .filter(p -> p.isError() || changed.contains(p.file())).toList(), err);
        }
        String time = LocalTime.now(environment.clock()).format(TIME);
        long errors = result.problems().stream().filter(Problem::isError).count();
        if (result.failed()) {
            err.println(messages.get("serve.failed", time, errors));
        } else if (number == 1) {
            out.println(messages.get("serve.built", time, result.pages(), result.charts(), result.chartsRendered(),
                    result.millis()));
        } else {
            out.println(messages.get("serve.rebuilt", time, files(changed), result.pages(), result.millis()));
        }
        err.flush();
        out.flush();
    }

    private static String files(Set<String> changed) {
        List<String> named = changed.stream().filter(s -> !s.isEmpty()).limit(3).toList();
        if (named.isEmpty()) {
            return "…";
        }
        return String.join("、", named) + (changed.size() > named.size() ? " …" : "");
    }
}
