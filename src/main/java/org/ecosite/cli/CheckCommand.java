package org.ecosite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ecosite.build.Build;
import org.ecosite.build.BuildOptions;
import org.ecosite.build.BuildResult;
import org.ecosite.check.Messages;
import org.ecosite.check.Severity;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecosite check}: every validation of a build, writing nothing. Problems go to standard output
 * (they are what the command is asked for), all of them; exit 0 without errors, 1 with errors (with
 * {@code --strict}, with warnings too), 2 for usage errors.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks the site as a build would, and more, without writing anything.")
final class CheckCommand implements Callable<Integer> {

    /** How problems are printed. */
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--strict", description = "warnings count as errors (exit 1)")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: one JSON object per line")
    Format format = Format.text;

    @Option(names = "--drafts", description = "also check reports marked draft: true as if published")
    boolean drafts;

    private final Environment environment;

    CheckCommand(Environment environment) {
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
        BuildOptions options = BuildOptions.of(folder).checkOnly().withDrafts(drafts).withStrict(strict)
                .withToday(environment.today());
        BuildResult result;
        try (ProgressLine progress = ProgressLine.on(err, environment.terminal() && format == Format.text,
                site.early(environment.variables()))) {
            result = Build.run(options.withProgress(progress));
        }
        Messages messages = site.messages(environment.variables(), result.language());
        if (format == Format.json) {
            JsonProblems.print(result.problems(), messages, out);
        } else {
            new ProblemPrinter(folder, messages).print(result.problems(), out);
            long errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
            out.println(messages.get(errors > 0 ? "cli.check_failed" : "cli.check_done", errors,
                    result.problems().size() - errors));
        }
        return result.failed() ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
