package org.ecosite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ecosite.authoring.ReportSkeleton;
import org.ecosite.check.Messages;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;
import org.ecosite.content.ContentLoader;
import org.ecosite.indicator.Period;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ecosite new}: creates content files; {@code ecosite new report PATH} a new report. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Creates a new content file.", subcommands = {NewCommand.Report.class})
final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: what can be created, and exit 2. */
    @Override
    public Integer call() {
        return ExitCodes.noCommand(spec.commandLine());
    }

    /**
     * {@code ecosite new report PATH}: writes a report skeleton with every field of the content model,
     * today's date and the site's organisation. PATH is inside content/ (written with or without the
     * leading {@code content/}); an existing file is never overwritten (exit 2).
     */
    @Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Writes a new report with a complete front matter, as a draft.")
    static final class Report implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        SiteOptions site = new SiteOptions();

        @Parameters(paramLabel = "PATH", description = "the new file, e.g. content/reports/2024/2024-h1.md")
        String path;

        @Option(names = "--title", paramLabel = "T", description = "the report's title")
        String title;

        @Option(names = "--region", paramLabel = "R",
                description = "the area it covers (default: from the site's organisation)")
        String region;

        @Option(names = "--period", paramLabel = "P", description = "the period of its figures, e.g. 2024-H1")
        String period;

        private final Environment environment;

        Report(Environment environment) {
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
            Messages messages = site.early(environment.variables());
            Optional<Period> parsed = Optional.ofNullable(period).map(p -> Period.parse(p).orElse(null));
            if (period != null && parsed.isEmpty()) {
                err.println("ecosite: " + messages.get("cli.new_bad_period", period));
                return ExitCodes.USAGE;
            }
            Optional<Path> target = contentFile(folder, path);
            if (target.isEmpty()) {
                err.println("ecosite: " + messages.get("cli.new_outside", path));
                return ExitCodes.USAGE;
            }
            Optional<SiteConfig> config = SiteConfigLoader.load(folder, new Problems());
            messages = site.messages(environment.variables(), config.map(SiteConfig::language));
            String text = ReportSkeleton.text(new ReportSkeleton.Start(Optional.ofNullable(title),
                    Optional.ofNullable(region), parsed, config.flatMap(SiteConfig::organization),
                    environment.today()));
            int written = NewFiles.create(folder, target.get(), text, messages, err);
            if (written != ExitCodes.OK) {
                return written;
            }
            out.println(messages.get("cli.new_created", NewFiles.shown(folder, target.get())));
            return ExitCodes.OK;
        }

        /** The file for PATH inside the site's content/ folder; empty when it would lie elsewhere or is no .md file. */
        static Optional<Path> contentFile(Path site, String path) {
            Path content = site.resolve(ContentLoader.CONTENT);
            Path given = Path.of(path.endsWith(".md") || path.contains(".") && !path.endsWith("/")
                    ? path : path + ".md");
            Path file;
            if (given.isAbsolute()) {
                file = given.normalize();
            } else {
                file = (given.startsWith(ContentLoader.CONTENT) ? site.resolve(given) : content.resolve(given))
                        .normalize();
            }
            if (!file.startsWith(content) || file.equals(content) || !file.getFileName().toString().endsWith(".md")
                    || file.getFileName().toString().startsWith(".")) {
                return Optional.empty();
            }
            return Optional.of(file);
        }
    }
}
