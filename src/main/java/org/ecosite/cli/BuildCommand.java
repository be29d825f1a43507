package org.ecosite.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ecosite.build.Build;
import org.ecosite.build.BuildOptions;
import org.ecosite.build.BuildResult;
import org.ecosite.check.Messages;
import org.ecosite.check.Severity;
import org.ecosite.config.BaseUrl;
import org.ecosite.config.Language;
import org.ecosite.config.SiteLayout;
import org.ecosite.output.Output;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ecosite build}: builds the site; exit 0 built, 1 content errors, 2 usage errors. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site in the source folder into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "where the site is written (default: DIR/site)")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "overrides base_url of site.yaml")
    String baseUrl;

    @Option(names = "--drafts", description = "also publish reports marked draft: true")
    boolean drafts;

    @Option(names = "--strict", description = "warnings count as errors: nothing is written while there is any")
    boolean strict;

    @Option(names = "--timings", description = "print how long each stage of the build took")
    boolean timings;

    @Option(names = "--force", description = "build even when nothing changed since the last build into the output, "
            + "and replace an output folder that ecosite did not build")
    boolean force;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where drawn charts are kept between builds, e.g. a folder CI keeps (default: cache_dir of "
                    + "site.yaml, else DIR/.ecosite-cache)")
    Path cacheDir;

    private final Environment environment;
    private final Map<String, String> env;

    BuildCommand(Environment environment) {
        this.environment = environment;
        this.env = environment.variables();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path site = source.toAbsolutePath().normalize();
        Optional<Language> lang = CommandLanguage.flag(spec.commandLine());
        Messages early = Messages.of(MessageLanguage.choose(lang, env, Optional.empty()).locale());
        Path chosen = output == null ? null : output.toAbsolutePath().normalize();
        Optional<String> usage = SiteFolders.check(site, chosen, early);
        if (usage.isPresent()) {
            err.println("ecosite: " + usage.get());
            return ExitCodes.USAGE;
        }
        if (chosen != null && SiteFolders.isForeign(chosen)) {
            if (!force) {
                err.println("ecosite: " + early.get("cli.output_not_site", chosen));
                return ExitCodes.USAGE;
            }
            err.println("ecosite: " + early.get("cli.output_forced", chosen));
        }
        BuildOptions options = BuildOptions.of(site).withDrafts(drafts).withStrict(strict).withForce(force)
                .withTimings(timings).withToday(environment.today());
        if (output != null) {
            options = options.withOutput(output.toAbsolutePath().normalize());
        }
        if (cacheDir != null) {
            if (SiteLayout.of(site).holdsAsInput(cacheDir)) {
                err.println("ecosite: " + early.get("cli.cache_inside_source", cacheDir));
                return ExitCodes.USAGE;
            }
            options = options.withCacheDir(cacheDir.toAbsolutePath().normalize());
        }
        if (baseUrl != null) {
            Optional<URI> url = BaseUrl.parse(baseUrl);
            if (url.isEmpty()) {
                err.println("ecosite: " + early.get("cli.bad_base_url", baseUrl));
                return ExitCodes.USAGE;
            }
            options = options.withBaseUrl(url.get());
        }
        BuildResult result;
        try (ProgressLine progress = ProgressLine.on(out, environment.terminal(), early)) {
            result = Build.run(options.withProgress(progress));
        } catch (Output.Failed e) {
            // A full disk or a folder that cannot be written: no bug and no content mistake, and the old site stands.
            err.println("ecosite: " + early.get("cli.output_failed", displayName(site, e.target()), e.reason()));
            return ExitCodes.USAGE;
        }
        Messages messages = Messages.of(MessageLanguage.choose(lang, env, result.language())
                .locale());
        new ProblemPrinter(site, messages).printCondensed(result.problems(), err);
        ProblemSummary.print(result.problems(), messages, site, err);
        if (timings) {
            err.printf(java.util.Locale.ROOT, "%8s %10s %9s  %s%n", "wall", "cpu", "gc", "stage");
            for (org.ecosite.build.Timings.Stage stage : result.timings()) {
                String cpu = stage.cpuMillis() < 0 ? "?" : String.valueOf(stage.cpuMillis());
                err.printf(java.util.Locale.ROOT, "%5d ms %7s ms %6d ms  %s%n", stage.millis(), cpu, stage.gcMillis(),
                        stage.name());
            }
        }
        long errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = result.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
        long notes = result.problems().stream().filter(p -> p.severity() == Severity.NOTE).count();
        String outputName = displayName(site, options.output());
        if (result.failed()) {
            err.println(messages.get("cli.failed", errors, warnings, outputName));
            return ExitCodes.CONTENT;
        }
        String seconds = String.format(java.util.Locale.ROOT, "%.1f", result.millis() / 1000.0);
        String summary = result.unchanged()
                ? messages.get("cli.unchanged", outputName, result.pages(), result.charts(), seconds)
                : messages.get("cli.built", result.pages(), result.charts(), result.chartsRendered(),
                result.chartsReused(), seconds);
        out.println((warnings == 0 ? summary : summary + messages.get("cli.with_warnings", warnings))
                + (notes == 0 ? "" : messages.get("cli.check_notes", notes)));
        return ExitCodes.OK;
    }

    private static String displayName(Path site, Path output) {
        return output.startsWith(site) ? site.relativize(output) + "/" : output.toString();
    }

    /** Usage problems with the folders, found before anything is read. */
    static final class SiteFolders {
        private SiteFolders() {
        }

        static Optional<String> check(Path site, Path output, Messages messages) {
            if (!Files.isDirectory(site)) {
                return Optional.of(messages.get("cli.no_source", site));
            }
            if (!Files.isRegularFile(site.resolve(SiteLayout.CONFIG))) {
                return Optional.of(messages.get("cli.no_site_yaml", site));
            }
            if (output == null) {
                return Optional.empty();
            }
            if (site.startsWith(output)) {
                return Optional.of(messages.get("cli.output_contains_source", output));
            }
            for (String own : SiteLayout.INPUT_FOLDERS) {
                if (output.startsWith(site.resolve(own))) {
                    return Optional.of(messages.get("cli.output_inside_source", output, own));
                }
            }
            return Optional.empty();
        }

        /**
         * True when a build would replace a folder ecosite did not make: one that exists, holds something,
         * and has no {@link Output#MARKER}. An {@code index.html} proves nothing: any site has one.
         */
        static boolean isForeign(Path output) {
            return Files.isDirectory(output) && !Files.isRegularFile(output.resolve(Output.MARKER))
                    && isNotEmpty(output);
        }

        private static boolean isNotEmpty(Path folder) {
            try (var list = Files.list(folder)) {
                return list.findAny().isPresent();
            } catch (java.io.IOException e) {
                return true;
            }
        }
    }
}
