package org.ecosite.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ecosite.prose.Artefact;
import org.ecosite.prose.Artefacts;

/**
 * Takes out of each source line what Word and conversion left there: bookmark markers, image
 * markers, invisible and control characters, private-use bullets, and the spaces used for
 * indentation. What was taken, and from which lines, is kept so the editor can be told.
 */
final class Cleaner {

    /** What was removed, by a phrase naming it, with the lines it was on. */
    private final Map<String, TreeSet<Integer>> removed = new TreeMap<>();
    /** Characters damaged in conversion, kept in the text and reported by line. */
    private final TreeSet<Integer> damaged = new TreeSet<>();

    /** What the source's numbers count: 行 (lines of a text) or 段 (paragraphs of a Word file). */
    private final String unit;

    Cleaner(String unit) {
        this.unit = unit;
    }

    /** The lines of a text, cleaned, numbered from 1. */
    List<SourceLine> lines(String text) {
        List<SourceLine> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            out.add(new SourceLine(i + 1, clean(raw[i], i + 1)));
        }
        return out;
    }

    /** Lines already numbered (the paragraphs of a Word file), cleaned; what their source decided stays. */
    List<SourceLine> lines(List<SourceLine> lines) {
        return lines.stream().map(l -> new SourceLine(l.number(), clean(l.text(), l.number()), l.block())).toList();
    }

    private String clean(String line, int number) {
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (Artefact a : Artefacts.find(line)) {
            kept.append(line, at, a.start());
            at = a.end();
            switch (a.kind()) {
                case REPLACEMENT -> {
                    damaged.add(number);
                    kept.append(line, a.start(), a.end());
                }
                case WORD_MARKER -> note("“" + a.text() + "”（Word 书签或域代码）", number);
                case IMAGE_MARKER -> note("“" + a.text() + "”（图片占位：原文的图片没有随文本导出，请补上）", number);
                case INVISIBLE -> note("不可见字符 " + a.text(), number);
                case CONTROL -> note("控制字符 " + a.text() + "（Word 的手动换行或分页符）", number);
                case PRIVATE_USE -> note("项目符号字符 " + a.text(), number);
                case LAYOUT_SPACE -> note("行首或行尾的排版空格（不换行空格、全角空格）", number);
            }
        }
        kept.append(line.substring(at));
        return kept.toString().strip();
    }

    private void note(String what, int line) {
        removed.computeIfAbsent(what, k -> new TreeSet<>()).add(line);
    }

    /** One sentence per kind of thing removed: 已删去原文第13行的 Word 书签或域代码“[bookmark: _GoBack]”. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        removed.forEach((what, lines) -> notes.add("已删去原文" + Lines.say(lines, unit) + "的" + what + "。"));
        if (!damaged.isEmpty()) {
            notes.add("原文" + Lines.say(damaged, unit) + "有转换时损坏的字符（�），请对照原文改正。");
        }
        return notes;
    }

    /** Line (or paragraph) numbers as a reader says them: 第3行, 第3、5行, 第3、5、8行等 12 处. */
    static final class Lines {
        private Lines() {
        }

        static String say(java.util.Collection<Integer> lines, String unit) {
            List<String> first = lines.stream().limit(6).map(String::valueOf).toList();
            String listed = "第" + String.join("、", first) + unit;
            return lines.size() > first.size() ? listed + "等 " + lines.size() + " 处" : listed;
        }
    }
}
