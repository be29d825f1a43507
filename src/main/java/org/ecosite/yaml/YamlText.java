package org.ecosite.yaml;

import java.util.List;

import org.ecosite.check.Problems;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes single YAML values for files ecosite creates (new and imported reports), so that any text an
 * editor gives (a title with a colon, a region starting with a quote, a period that looks like a number)
 * reads back as exactly that text. SnakeYAML decides when quotes are needed.
 */
public final class YamlText {

    private YamlText() {
    }

    /** A text as a one-line YAML scalar: plain when that reads back the same, quoted otherwise. */
    public static String scalar(String text) {
        String plain = yaml(false, DumperOptions.ScalarStyle.PLAIN).dump(text).strip();
        // A text the loader would take for an editor's slip (one wrapped in full-width quotes) goes in quotes.
        if (YamlSlips.report("x: " + plain, "", 1, new Problems())) {
            return yaml(false, DumperOptions.ScalarStyle.DOUBLE_QUOTED).dump(text).strip();
        }
        return plain;
    }

    /** A list of texts in flow style: {@code [大气, 水]}. */
    public static String list(List<String> items) {
        return yaml(true, DumperOptions.ScalarStyle.PLAIN).dump(List.copyOf(items)).strip();
    }

    private static Yaml yaml(boolean flow, DumperOptions.ScalarStyle style) {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(style);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setDefaultFlowStyle(flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options);
    }
}
