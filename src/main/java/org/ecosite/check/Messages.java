package org.ecosite.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The program's own words (problem messages, hints, summaries) in one language.
 * Chinese is the base bundle; English is {@code messages_en}. The JVM's default locale is
 * never consulted here: the caller decides the language.
 */
public final class Messages {

    private static final String BUNDLE = "org.ecosite.check.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with its arguments; a missing key is a bug, so it shows itself plainly. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(strings);
    }

    public String message(Problem problem) {
        return get(problem.key(), problem.args().toArray());
    }

    /** The text of a key the bundle may lack, e.g. a label given only in some languages. */
    public Optional<String> find(String key) {
        return bundle.containsKey(key) ? Optional.of(get(key)) : Optional.empty();
    }

    /** How to fix the problem, when the bundle has {@code key.hint}. */
    public Optional<String> hint(Problem problem) {
        String hintKey = problem.key() + ".hint";
        if (!bundle.containsKey(hintKey)) {
            return Optional.empty();
        }
        return Optional.of(get(hintKey, problem.args().toArray()));
    }
}
