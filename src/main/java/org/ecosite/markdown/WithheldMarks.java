package org.ecosite.markdown;

import java.util.ArrayList;
import java.util.List;

import org.ecosite.prose.Placeholder;
import org.ecosite.prose.Placeholders;
import org.ecosite.prose.Withheld;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;

/**
 * Puts a {@link WithheldFigure} in place of each placeholder mark the report acknowledges as withheld by its
 * source, once, right after parsing: the page, the plain text for search and the checks then all see the
 * same thing, and the unit after the mark stays ordinary text.
 */
final class WithheldMarks {

    private WithheldMarks() {
    }

    static void mark(Document document, Withheld withheld) {
        if (withheld.isEmpty()) {
            return;
        }
        List<Text> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text && node.getAncestorOfType(Code.class) == null) {
                texts.add(text);
            }
        }
        texts.forEach(text -> split(text, withheld));
    }

    private static void split(Text node, Withheld withheld) {
        BasedSequence chars = node.getChars();
        ReplacedTextMapper mapper = new ReplacedTextMapper(chars);
        BasedSequence text = Escaping.unescape(chars, mapper);
        List<Placeholder> covered = Placeholders.find(text).stream().filter(withheld::covers).toList();
        if (covered.isEmpty()) {
            return;
        }
        int from = 0;
        for (Placeholder p : covered) {
            int markEnd = p.start() + p.markLength();
            // An escaped star maps to where its escape starts, so the backslash goes with its star.
            int start = source(mapper, p.start());
            int end = markEnd < text.length() ? source(mapper, markEnd) : chars.length();
            if (start > from) {
                node.insertBefore(new Text(chars.subSequence(from, start)));
            }
            node.insertBefore(new WithheldFigure(chars.subSequence(start, end)));
            from = end;
        }
        if (from < chars.length()) {
            node.insertBefore(new Text(chars.subSequence(from, chars.length())));
        }
        node.unlink();
    }

    /** Where a character of the unescaped text stands in the node's source characters. */
    private static int source(ReplacedTextMapper mapper, int index) {
        return mapper.isModified() ? mapper.originalOffset(index) : index;
    }
}
