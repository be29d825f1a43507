package org.ecosite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ecosite.build.Build;
import org.ecosite.build.BuildOptions;
import org.ecosite.build.BuildResult;
import org.ecosite.check.Messages;
import org.ecosite.check.Problem;
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

    @Option(names = "--only", paramLabel = "KIND", split = ",",
            description = "list only problems of these kinds, as the summary names them (e.g. placeholder)")
    List<String> only = List.of();

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
        List<Problem> shown = only.isEmpty() ? result.problems() : result.problems().stream()
                .filter(p -> only.stream().anyMatch(kind -> ProblemSummary.isOfKind(p, kind))).toList();
        if (format == Format.json) {
            JsonProblems.print(shown, messages, out);
        } else {
            new ProblemPrinter(folder, messages).print(shown, out);
            ProblemSummary.print(shown, messages, folder, out);
            long errors = shown.stream().filter(Problem::isError).count();
            long notes = shown.stream().filter(p -> p.severity() == Severity.NOTE).count();
            out.println(messages.get(result.failed() ? "cli.check_failed" : "cli.check_done", errors,
                    shown.size() - errors - notes) + (notes == 0 ? "" : messages.get("cli.check_notes", notes)));
        }
        if (!only.isEmpty() && shown.isEmpty() && !result.problems().isEmpty()) {
            err.println("ecosite: " + messages.get("cli.only_unknown", String.join(",", only),
                    result.problems().stream().map(p -> ProblemSummary.kind(p.key())).distinct().sorted()
                            .collect(java.util.stream.Collectors.joining(", "))));
        }
        return result.failed() ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
