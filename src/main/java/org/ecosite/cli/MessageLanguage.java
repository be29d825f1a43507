package org.ecosite.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ecosite.config.Language;

/**
 * Chooses the language of messages: {@code --lang} first; then the user's locale when it
 * names Chinese or English (LC_ALL, LC_MESSAGES, LANG); then the site's language; Chinese
 * when nothing says otherwise. "C" and "POSIX" locales name no language, so a CI machine
 * speaks the site's language.
 */
final class MessageLanguage {

    private MessageLanguage() {
    }

    static Language choose(Optional<Language> flag, Map<String, String> env, Optional<Language> site) {
        if (flag.isPresent()) {
            return flag.get();
        }
        Optional<Language> fromLocale = fromEnvironment(env);
        return fromLocale.or(() -> site).orElse(Language.ZH_CN);
    }

    static Optional<Language> fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            String lang = value.split("[_.@]")[0].toLowerCase(Locale.ROOT);
            if (lang.equals("zh")) {
                return Optional.of(Language.ZH_CN);
            }
            if (lang.equals("en")) {
                return Optional.of(Language.EN);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
