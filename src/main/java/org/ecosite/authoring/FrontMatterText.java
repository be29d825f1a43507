package org.ecosite.authoring;

import java.util.List;

import org.ecosite.check.TextWidth;
import org.ecosite.content.Unconfirmed;
import org.ecosite.yaml.YamlText;

/**
 * Front matter as an editor should find it in a new file: one field a line, each with a comment in
 * the site's language saying what it is for, and fields left to fill in written as comments. Values
 * go through {@link YamlText}, so any text reads back as written.
 */
public final class FrontMatterText {

    /** Comments after values start at this column where the value leaves room. */
    private static final int COMMENT_COLUMN = 36;

    private final StringBuilder text = new StringBuilder("---\n");

    /** A line of its own: {@code # text}. */
    public FrontMatterText comment(String comment) {
        text.append("# ").append(comment).append('\n');
        return this;
    }

    /** {@code key: "text"  # comment}, the text quoted when it needs to be. */
    public FrontMatterText text(String key, String value, String comment) {
        return line("", key + ": " + YamlText.scalar(value), comment);
    }

    /** {@code key: value  # comment} for a value that is YAML already: a date, a number, a boolean. */
    public FrontMatterText value(String key, String yaml, String comment) {
        return line("", key + ": " + yaml, comment);
    }

    /** {@code key: [a, b]  # comment}. */
    public FrontMatterText list(String key, List<String> items, String comment) {
        return line("", key + ": " + YamlText.list(items), comment);
    }

    /**
     * A value the editor must confirm: {@code key: "text"  # 待确认：why}. {@code check} and {@code build}
     * refuse it in a report that is not a draft until the comment is deleted.
     */
    public FrontMatterText textToConfirm(String key, String value, String why) {
        return text(key, value, toConfirm(why));
    }

    /** {@link #textToConfirm} for a value that is YAML already: a date. */
    public FrontMatterText valueToConfirm(String key, String yaml, String why) {
        return value(key, yaml, toConfirm(why));
    }

    /**
     * A field to fill in, commented out, whose value is a word, never an example that could pass for a
     * real one: {@code # index_no: "待填写"  # 待确认：why}. Uncommented and left as it is, it cannot be
     * published.
     */
    public FrontMatterText toFill(String key, String why) {
        return later(key, "\"" + TO_FILL + "\"", toConfirm(why));
    }

    /** The comment that marks a value to confirm. */
    public static String toConfirm(String why) {
        return Unconfirmed.MARK + (why.isEmpty() ? "" : "：" + why);
    }

    /** What stands for a value nobody knows yet. */
    public static final String TO_FILL = "待填写";

    /** A field to fill in later, commented out: {@code # key: example  # comment}. */
    public FrontMatterText later(String key, String example, String comment) {
        return line("# ", key + ": " + example, comment);
    }

    /**
     * A line as given, after an optional prefix ({@code "# "} comments it out), with its comment.
     * For the entries of a list: {@code line("", "  - id: pm25", "…")}.
     */
    public FrontMatterText line(String prefix, String content, String comment) {
        String written = prefix + content;
        text.append(written);
        if (comment != null && !comment.isEmpty()) {
            text.append(" ".repeat(Math.max(2, COMMENT_COLUMN - TextWidth.of(written)))).append("# ").append(comment);
        }
        text.append('\n');
        return this;
    }

    /** The front matter with its closing line. */
    public String close() {
        return text + "---\n";
    }
}
