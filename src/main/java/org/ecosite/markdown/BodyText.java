package org.ecosite.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecosite.check.Position;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;

/**
 * The readable text of a parsed body, for checks that read prose (placeholders, figures stated in
 * sentences). Working on the parse rather than the file means emphasis markers, link destinations
 * and code never look like prose, and an escaped {@code \*} is the star a reader sees.
 *
 * <p>Redacted figures written with bare stars ({@code **件……*个}) are often taken by Markdown as
 * emphasis markers, so the stars vanish from the page; {@link #markers()} gives those markers with
 * the source text after them, so such a placeholder can still be found.
 *
 * @param blocks    the text of each paragraph, heading and table cell, in order
 * @param markers   every emphasis marker ({@code *}, {@code **}, {@code _}) the parser took
 * @param footnotes every footnote reference ({@code [^1]}) with no note of that label, as written
 */
public record BodyText(List<TextBlock> blocks, List<Marker> markers, List<Marker> footnotes) {

    /** Source characters kept after a marker, enough for a unit such as 微克/立方米. */
    private static final int AFTER_MARKER = 12;

    /** What starts an escape (\\*) or a character reference (&amp;amp;): text without either needs no unescaping. */
    private static final CharPredicate ESCAPES = CharPredicate.anyOf('\\', '&');

    /**
     * An emphasis marker as written.
     *
     * @param context  the marker and the source text after it on its line
     * @param position where the marker stands
     */
    public record Marker(String context, Position position) {
    }

    public BodyText {
        blocks = List.copyOf(blocks);
        markers = List.copyOf(markers);
        footnotes = List.copyOf(footnotes);
    }

    /**
     * @param bodyLine the file line on which the body starts, as given to {@link Markdown#parse}
     */
    public static BodyText of(ParsedMarkdown parsed, int bodyLine) {
        BasedSequence body = parsed.document.getChars();
        String source = body.toString();
        Markdown.Lines lines = new Markdown.Lines(source, bodyLine);
        Map<Node, Collector> blocks = new LinkedHashMap<>();
        List<Marker> markers = new ArrayList<>();
        List<Marker> footnotes = new ArrayList<>();
        for (Node node : parsed.document.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
                footnotes.add(new Marker(footnote.getChars().toString(), lines.at(footnote.getStartOffset())));
            }
            if (node instanceof DelimitedNode delimited && !(node instanceof Code)) {
                marker(delimited.getOpeningMarker(), source, lines, markers);
                marker(delimited.getClosingMarker(), source, lines, markers);
            }
            if (node instanceof WithheldFigure withheld) {
                // Acknowledged: no placeholder for the checks, and no digit either side runs into another.
                Node block = node.getAncestorOfType(Paragraph.class, Heading.class, TableCell.class);
                if (block != null) {
                    blocks.computeIfAbsent(block, b -> new Collector()).add(WithheldFigure.TEXT,
                            withheld.getStartOffset());
                }
                continue;
            }
            if (!(node instanceof Text) || node.getAncestorOfType(Code.class) != null) {
                continue;
            }
            Node block = node.getAncestorOfType(Paragraph.class, Heading.class, TableCell.class);
            if (block == null) {
                continue;
            }
            BasedSequence chars = node.getChars();
            Collector c = blocks.computeIfAbsent(block, b -> new Collector());
            if (chars.indexOfAny(ESCAPES) < 0) {
                // Most text has no escape or entity: it stands in the page as written, offset by offset.
                c.add(chars, chars.getStartOffset());
                continue;
            }
            ReplacedTextMapper mapper = new ReplacedTextMapper(chars);
            BasedSequence text = Escaping.unescape(chars, mapper);
            for (int i = 0; i < text.length(); i++) {
                c.add(text.charAt(i), chars.getStartOffset() + mapper.originalOffset(i));
            }
        }
        List<TextBlock> out = new ArrayList<>();
        for (Collector c : blocks.values()) {
            out.add(new TextBlock(c.text.toString(), java.util.Arrays.copyOf(c.offsets, c.size), lines));
        }
        return new BodyText(out, markers, footnotes);
    }

    private static void marker(BasedSequence marker, String source, Markdown.Lines lines, List<Marker> out) {
        if (marker.isNull() || marker.isEmpty()) {
            return;
        }
        int start = marker.getStartOffset();
        int lineEnd = source.indexOf('\n', start);
        int end = Math.min(lineEnd < 0 ? source.length() : lineEnd, marker.getEndOffset() + AFTER_MARKER);
        out.add(new Marker(source.substring(start, end), lines.at(start)));
    }

    private static final class Collector {
        final StringBuilder text = new StringBuilder();
        int[] offsets = new int[64];
        int size;

        /** A run of characters that stand at consecutive offsets from {@code offset}. */
        void add(CharSequence run, int offset) {
            int n = run.length();
            if (size + n > offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, Math.max(offsets.length * 2, size + n));
            }
            text.append(run);
            for (int i = 0; i < n; i++) {
                offsets[size++] = offset + i;
            }
        }

        void add(char c, int offset) {
            if (size == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, size * 2);
            }
            text.append(c);
            offsets[size++] = offset;
        }
    }
}
