package org.ecosite.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ecosite.build.Build;
import org.ecosite.build.BuildOptions;
import org.ecosite.build.BuildResult;
import org.ecosite.check.Messages;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;
import org.ecosite.config.SiteLayout;
import org.ecosite.export.PortalExport;
import org.ecosite.export.PortalFields;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ecosite export}: the site's content in the forms other systems import. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Exports the site's content for other systems.", subcommands = ExportCommand.Portal.class)
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.noCommand(spec.commandLine());
    }

    /**
     * {@code ecosite export portal}: every published item as an HTML fragment with its metadata, for the
     * county portal's import. It builds the site first (with the same checks, into a folder of the chart
     * cache, so an unchanged site is not built twice), then reads each item back from its page.
     */
    @Command(name = "portal", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Writes every published item as an HTML fragment with JSON and XML metadata for a portal.")
    static final class Portal implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        SiteOptions site = new SiteOptions();

        @Option(names = "--output", paramLabel = "DIR", description = "where the export is written (default: DIR/portal-export)")
        Path output;

        private final Environment environment;

        Portal(Environment environment) {
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
            Optional<SiteConfig> config = SiteConfigLoader.load(folder, new Problems());
            // In the cache folder: an export with nothing changed since the last one builds nothing.
            Path built = SiteLayout.of(folder, Optional.empty(), config).cacheDir().resolve("export-site");
            BuildResult result;
            try (ProgressLine progress = ProgressLine.on(err, environment.terminal(), site.early(environment.variables()))) {
                result = Build.run(BuildOptions.of(folder).withOutput(built).withToday(environment.today())
                        .withProgress(progress));
            }
            Messages messages = site.messages(environment.variables(), result.language());
            new ProblemPrinter(folder, messages).printCondensed(result.problems(), err);
            Problems problems = new Problems();
            PortalFields fields = PortalFields.load(folder, problems);
            Optional<URI> base = config.map(SiteConfig::baseUrl);
            if (result.failed() || problems.hasErrors() || base.isEmpty()) {
                new ProblemPrinter(folder, messages).print(problems.sorted(), err);
                err.println(messages.get("export.failed"));
                return ExitCodes.CONTENT;
            }
            Path target = output != null ? output.toAbsolutePath().normalize() : folder.resolve("portal-export");
            int items = PortalExport.write(built, base.get(), fields, target);
            out.println(messages.get("export.done", items, target));
            return ExitCodes.OK;
        }
    }
}
