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
import org.ecosite.config.SiteLayout;
import org.ecosite.importer.ImageFile;
import org.ecosite.importer.TextImporter;
import org.ecosite.indicator.CatalogLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ecosite import FILE [--output PATH]}: makes a Markdown report of a Word (.docx) or plain-text
 * one. Without {@code --output} the report goes to standard output; with it, to a new file inside
 * content/, never over an existing one. The pictures of a Word file go to the site's
 * static/images/NAME/, NAME being the report's file name. The site's catalog (with its
 * indicators.yaml) checks the proposed figures. A file of another format is a usage error (exit 2)
 * that says how to save it as .docx.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns a Word (.docx) or plain-text report (UTF-8, GBK, UTF-16) into a Markdown report, as a draft.")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site = new SiteOptions();

    @Parameters(paramLabel = "FILE", description = "the Word (.docx) or plain-text report")
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
        String name = pictureFolder(target.map(Path::getFileName).orElse(file.getFileName()).toString());
        TextImporter.Result imported;
        try {
            imported = TextImporter.file(bytes, options,
                    isSite ? Optional.of("/" + PICTURES + "/" + name + "/") : Optional.empty());
        } catch (TextImporter.Refused refused) {
            err.println("ecosite: " + messages.get(refused.key(), file));
            return ExitCodes.USAGE;
        }
        if (target.isPresent() && Files.exists(target.get())) {
            err.println("ecosite: " + messages.get("cli.new_exists", NewFiles.shown(folder, target.get())));
            return ExitCodes.USAGE;
        }
        Path pictures = SiteLayout.of(folder).statics().resolve(PICTURES).resolve(name);
        for (ImageFile image : imported.images()) {
            int saved = NewFiles.createBytes(folder, pictures.resolve(image.name()), image.bytes(), messages, err);
            if (saved != ExitCodes.OK) {
                return saved;
            }
        }
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
        if (!imported.images().isEmpty()) {
            err.println(messages.get("cli.import_pictures", imported.images().size(),
                    NewFiles.shown(folder, pictures) + "/"));
        }
        imported.notes().forEach(note -> err.println(messages.get("cli.import_note", note)));
        if (imported.encoding().startsWith("Word")) {
            err.println(messages.get("cli.import_summary_docx", imported.headings(), imported.indicators(),
                    imported.heldBack(), imported.images().size(), imported.placeholders()));
        } else {
            err.println(messages.get("cli.import_summary", imported.encoding(), imported.headings(),
                    imported.indicators(), imported.heldBack(), imported.placeholders()));
        }
        return ExitCodes.OK;
    }

    /** The folder of the site's pictures, under static/ and so under the site's root. */
    private static final String PICTURES = "images";

    /** The report's file name without its extension, as one safe path segment: 2024-h1.md → 2024-h1. */
    static String pictureFolder(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^\\p{L}\\p{N}_-]+", "-")
                .replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "import" : stem;
    }
}
