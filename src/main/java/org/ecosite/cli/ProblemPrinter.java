package org.ecosite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Messages;
import org.ecosite.check.Problem;

/**
 * Prints problems the way compilers do, so editors and tools can jump to them:
 * <pre>
 * content/reports/a.md:12:12: error: 百分比应在 0～100 之间，而这里是 120
 *    12 |     value: 120
 *       |            ^
 *    = 提示：……
 * </pre>
 * The first line's shape never changes; the source line and hint below it are for people.
 */
final class ProblemPrinter {

    private final Path siteDir;
    private final Messages messages;
    private final Map<String, List<String>> lines = new HashMap<>();

    ProblemPrinter(Path siteDir, Messages messages) {
        this.siteDir = siteDir;
        this.messages = messages;
    }

    void print(List<Problem> problems, PrintWriter out) {
        for (Problem p : problems) {
            out.println(p.file() + ":" + p.position().line() + ":" + p.position().column() + ": "
                    + p.severity().label() + ": " + messages.message(p));
            sourceLine(p).ifPresent(text -> {
                String number = String.valueOf(p.position().line());
                String gutter = " ".repeat(number.length());
                out.println("   " + number + " | " + text);
                out.println("   " + gutter + " | " + " ".repeat(width(text, p.position().column() - 1)) + "^");
            });
            messages.hint(p).ifPresent(hint -> out.println("   = " + messages.get("cli.hint", hint)));
        }
        out.flush();
    }

    private Optional<String> sourceLine(Problem p) {
        // A file that is not text (binary, GBK) has no line worth showing.
        if (p.file().startsWith("(") || p.key().startsWith("file.")) {
            return Optional.empty();
        }
        List<String> file = lines.computeIfAbsent(p.file(), name -> {
            try {
                byte[] bytes = Files.readAllBytes(siteDir.resolve(name));
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                return text.replace("\r\n", "\n").lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        int index = p.position().line() - 1;
        if (index < 0 || index >= file.size() || file.get(index).isBlank() && p.position().column() == 1) {
            return Optional.empty();
        }
        String line = file.get(index).replace('\t', ' ');
        return Optional.of(line.length() > 160 ? line.substring(0, 160) + "…" : line);
    }

    /** Terminal columns of the first {@code chars} characters: Chinese characters take two. */
    static int width(String text, int chars) {
        int width = 0;
        int count = 0;
        for (int i = 0; i < text.length() && count < chars; count++) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width + Math.max(0, chars - count);
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return script == Character.UnicodeScript.HAN || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61;
    }
}
