package org.ecosite.template;

import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.config.Language;
import org.ecosite.source.TextFile;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;

/** The words of a theme in one language, from {@code i18n/<lang>.yaml}: a flat map of keys to texts. */
public final class ThemeStrings {

    private final Map<String, String> strings;
    private final Language language;

    private ThemeStrings(Map<String, String> strings, Language language) {
        this.strings = Map.copyOf(strings);
        this.language = language;
    }

    public static Optional<ThemeStrings> load(Theme theme, Language language, Problems problems) {
        String display = theme.display() + "/i18n/" + language.tag() + ".yaml";
        if (!Files.isRegularFile(theme.strings(language.tag()))) {
            problems.error(display, Position.START, "theme.strings_missing", language.tag());
            return Optional.empty();
        }
        Optional<String> text = TextFile.read(theme.strings(language.tag()), display, problems);
        Optional<YamlNode> tree = text.flatMap(t -> YamlLoader.load(t, display, 1, problems));
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        if (!(tree.get() instanceof YamlNode.Mapping mapping)) {
            problems.error(display, tree.get().position(), "field.expected_mapping", "i18n");
            return Optional.empty();
        }
        Map<String, String> strings = new TreeMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.value() instanceof YamlNode.Scalar s) {
                strings.put(entry.key().text(), s.text());
            } else {
                problems.error(display, entry.value().position(), "field.expected_text", entry.key().text());
            }
        }
        return Optional.of(new ThemeStrings(strings, language));
    }

    public Language language() {
        return language;
    }

    /** The text for a key with {0}, {1} filled in; a missing key is a theme bug and fails the page. */
    public String get(String key, Object... args) {
        String pattern = strings.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("the theme has no text \"" + key + "\" for " + language.tag());
        }
        if (args.length == 0) {
            return pattern;
        }
        // Numbers stay numbers only where the text chooses by them ({0,choice,1#1 report|1<{0} reports}):
        // elsewhere they are written as given, with no grouping.
        boolean chooses = pattern.contains(",choice,");
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = chooses && args[i] instanceof Number ? args[i] : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), language.locale()).format(texts);
    }
}
