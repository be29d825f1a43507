package org.ecosite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ecosite.check.Messages;
import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;
import org.ecosite.importer.TextImporter;
import org.ecosite.indicator.CatalogLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ecosite import FILE [--output PATH]}: makes a Markdown report of a plain-text one. Without
 * {@code --output} the report goes to standard output; with it, to a new file inside content/, never
 * over an existing one. The site's catalog (with its indicators.yaml) checks the proposed figures.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns a plain-text report (UTF-8 or GBK) into a Markdown report, as a draft.")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site = new SiteOptions();

    @Parameters(paramLabel = "FILE", description = "the plain-text report")
    Path file;

    @Option(names = "--output", paramLabel = "PATH",
            description = "the new report inside content/, e.g. reports/2024/2024-h1.md (default: standard output)")
    String output;

    private final Environment environment;

    ImportCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = site.site();
        boolean isSite = Files.isRegularFile(folder.resolve(SiteConfigLoader.FILE));
        Optional<SiteConfig> config = isSite ? SiteConfigLoader.load(folder, new Problems()) : Optional.empty();
        Messages messages = site.messages(environment.variables(), config.map(SiteConfig::language));
        Optional<Path> target = Optional.empty();
        if (output != null) {
            if (!site.isSite(environment.variables(), err)) {
                return ExitCodes.USAGE;
            }
            target = NewCommand.Report.contentFile(folder, output);
            if (target.isEmpty()) {
                err.println("ecosite: " + messages.get("cli.new_outside", output));
                return ExitCodes.USAGE;
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("ecosite: " + messages.get("cli.import_unreadable", file));
            return ExitCodes.USAGE;
        }
        Problems catalogProblems = new Problems();
        TextImporter.Options options = new TextImporter.Options(file.getFileName().toString(),
                isSite ? CatalogLoader.load(folder, catalogProblems) : CatalogLoader.builtIn(),
                config.flatMap(SiteConfig::organization), environment.today());
        Optional<TextImporter.Result> result = TextImporter.run(bytes, options);
        if (result.isEmpty()) {
            // A file of a kind import does not read is a usage mistake, like a wrong option.
            err.println("ecosite: " + messages.get("cli.import_not_text", file));
            return ExitCodes.USAGE;
        }
        TextImporter.Result imported = result.get();
        if (target.isEmpty()) {
            out.print(imported.markdown());
            out.flush();
        } else {
            int written = NewFiles.create(folder, target.get(), imported.markdown(), messages, err);
            if (written != ExitCodes.OK) {
                return written;
            }
            out.println(messages.get("cli.import_written", NewFiles.shown(folder, target.get())));
        }
        err.println(messages.get("cli.import_summary", imported.encoding(), imported.headings(), imported.indicators(),
                imported.heldBack(), imported.placeholders()));
        return ExitCodes.OK;
    }
}
