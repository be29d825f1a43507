package org.ecosite.config;

import java.util.Optional;

import org.ecosite.check.Problems;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlNode;

/**
 * A text in Chinese and, when given, English: indicator names, topics, standards.
 * English falls back to Chinese so a page is never missing a word.
 */
public record LocalText(String zh, Optional<String> en) {

    public static LocalText of(String zh) {
        return new LocalText(zh, Optional.empty());
    }

    public String get(Language language) {
        return language == Language.EN ? en.orElse(zh) : zh;
    }

    /** Reads either {@code 大气} or {@code {zh-CN: 大气, en: Air}}. */
    public static Optional<LocalText> read(YamlNode node, String key, String file, Problems problems) {
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return Optional.of(of(s.text().strip()));
        }
        if (node instanceof YamlNode.Mapping) {
            MappingReader reader = MappingReader.of(node, key, file, problems).orElseThrow();
            reader.warnUnknownKeys(java.util.List.of("zh-CN", "en"));
            Optional<String> zh = reader.text("zh-CN", true);
            return zh.map(z -> new LocalText(z, reader.text("en", false)));
        }
        problems.error(file, node.position(), "field.expected_text", key);
        return Optional.empty();
    }
}
