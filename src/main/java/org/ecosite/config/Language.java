package org.ecosite.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a site (and the program's messages) can speak. */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag used in site.yaml and in {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromTag(String tag) {
        String normal = tag.strip().replace('_', '-');
        if (normal.equalsIgnoreCase("zh") || normal.equalsIgnoreCase("zh-Hans")) {
            return Optional.of(ZH_CN);
        }
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(normal)).findFirst();
    }

    /** English when the locale is English, Chinese otherwise: Chinese is the default. */
    public static Language fromLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : ZH_CN;
    }
}
