package org.ecosite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.ecosite.check.Messages;
import org.ecosite.check.Problems;
import org.ecosite.config.Language;
import org.ecosite.config.SiteConfig;
import org.ecosite.config.SiteConfigLoader;

import picocli.CommandLine;

/**
 * The language of the command line itself (usage help and usage errors), chosen as for every message:
 * {@code --lang} wherever it was given, the user's locale, the language of the site named by
 * {@code --source} (or of the current folder), Chinese. The help texts are picocli resource bundles,
 * {@code usage.properties} in Chinese and {@code usage_en.properties} in English.
 */
final class CommandLanguage {

    private static final String BUNDLE = "org.ecosite.cli.usage";

    private CommandLanguage() {
    }

    /** The language for a command whose arguments were read (in full or until a mistake). */
    static Language of(CommandLine command) {
        Map<String, String> env = main(command).env;
        Optional<Language> flag = flag(command);
        if (flag.isPresent() || MessageLanguage.fromEnvironment(env).isPresent()) {
            return MessageLanguage.choose(flag, env, Optional.empty());
        }
        // Only then is site.yaml read: a command line with --lang or a locale needs nothing of the site.
        return MessageLanguage.choose(flag, env, site(command));
    }

    /** Makes the usage help of every command speak the language of {@code command}'s messages. */
    static void use(CommandLine command) {
        Language language = of(command);
        command.getCommandSpec().root().commandLine().setResourceBundle(ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    static Messages messages(CommandLine command) {
        return Messages.of(of(command).locale());
    }

    /** {@code --lang} as given before or after the command. */
    static Optional<Language> flag(CommandLine command) {
        return Optional.ofNullable(main(command).lang);
    }

    /** The root command: it holds {@code --lang} as given before or after the command, and the environment. */
    private static Main main(CommandLine command) {
        return (Main) command.getCommandSpec().root().userObject();
    }

    private static Optional<Language> site(CommandLine command) {
        CommandLine.Model.OptionSpec source = command.getCommandSpec().findOption("--source");
        Path folder = source != null && source.getValue() instanceof Path given ? given : Path.of(".");
        if (!Files.isRegularFile(folder.resolve(SiteConfigLoader.FILE))) {
            return Optional.empty();
        }
        return SiteConfigLoader.load(folder, new Problems()).map(SiteConfig::language);
    }
}
