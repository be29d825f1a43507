package org.ecosite.cli;

import org.ecosite.config.Language;

import picocli.CommandLine;

/** Reads {@code --lang zh-CN|en}. */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        return Language.fromTag(value).orElseThrow(
                () -> new CommandLine.TypeConversionException("expected zh-CN or en, got '" + value + "'"));
    }
}
