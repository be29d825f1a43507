package org.ecosite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Messages;
import org.ecosite.check.Problems;
import org.ecosite.config.Language;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command that reads a site shares: where the site is and the language of messages. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "the site folder (default: the current folder)")
    Path source = Path.of(".");

    /** The command this is part of: {@code --lang} is the root command's, given before or after the command. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path site() {
        return source.toAbsolutePath().normalize();
    }

    /** True when the folder is a site; otherwise says what is wrong with it, before anything is read. */
    boolean isSite(Map<String, String> env, PrintWriter err) {
        Optional<String> problem = BuildCommand.SiteFolders.check(site(), null, early(env));
        problem.ifPresent(p -> err.println("ecosite: " + p));
        return problem.isEmpty();
    }

    /** Messages before the site is read: the flag or the locale decides, else Chinese. */
    Messages early(Map<String, String> env) {
        return Messages.of(MessageLanguage.choose(CommandLanguage.flag(command.commandLine()), env, Optional.empty())
                .locale());
    }

    /** Messages in the site's language, read from its site.yaml, for commands that do not build. */
    Messages messagesOfSite(Map<String, String> env) {
        return messages(env, SiteConfigLoader.load(site(), new Problems()).map(SiteConfig::language));
    }

    /** Messages once the site's language is known. */
    Messages messages(Map<String, String> env, Optional<Language> site) {
        return Messages.of(MessageLanguage.choose(CommandLanguage.flag(command.commandLine()), env, site).locale());
    }
}
