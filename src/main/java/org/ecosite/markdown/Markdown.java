package org.ecosite.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ecosite.check.Position;
import org.ecosite.prose.Withheld;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Turns report bodies into HTML. One instance is built per build and shared by all threads:
 * flexmark's parser and renderer are immutable once built.
 *
 * <p>Raw HTML in a body is escaped, never passed through: editors paste from Word and the
 * public site must not carry their markup or anyone's script. Every link destination goes
 * through a resolver the build supplies, so nothing unchecked reaches a page.
 */
public final class Markdown {

    /** Ids are made as GitHub does: letters (Chinese included) and digits kept, spaces to '-', the rest dropped. */
    private static final String TO_DASH = " -_";
    private static final String NON_DASH = "";
    /** Blank lines inside a block (a list item of several paragraphs): one line break in the plain text. */
    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\n\\s*\n");

    private static final DataKey<Function<String, String>> LINKS = new DataKey<>("ECOSITE_LINKS", s -> null);
    private static final DataKey<Function<FencedBlock, String>> BLOCKS = new DataKey<>("ECOSITE_BLOCKS", b -> "");
    private static final DataKey<Map<Node, FencedBlock>> BLOCK_NODES = new DataKey<>("ECOSITE_BLOCK_NODES",
            new HashMap<>());

    /**
     * How a figure the source withholds is shown.
     *
     * @param label what the page shows in its place, e.g. 未公开
     * @param name  its accessible name, what a screen reader says, e.g. 数字未公开
     */
    public record Words(String label, String name) {
        public static final Words CHINESE = new Words("未公开", "数字未公开");
    }

    private final Set<String> blockInfos;
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** @param blockInfos the info words of fenced blocks the build renders itself, e.g. {@code chart} */
    public Markdown(Set<String> blockInfos) {
        this(blockInfos, Words.CHINESE);
    }

    /**
     * @param blockInfos the info words of fenced blocks the build renders itself, e.g. {@code chart}
     * @param words      the words of a withheld figure, in the site's language
     */
    public Markdown(Set<String> blockInfos, Words words) {
        this.blockInfos = Set.copyOf(blockInfos);
        MutableDataSet options = new MutableDataSet();
        // Footnotes ([^1] with [^1]: …) as Word's become: numbered notes at the end, never links.
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        // Editors copy headings with spaces into anchors: [见上文](#1. 扬尘管控).
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, TO_DASH);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, NON_DASH);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        return Markdown::resolve;
                    }
                })
                .nodeRendererFactory(holder -> nodeRenderer(words))
                .build();
    }

    /** The anchor id a heading with this text gets; also how a link's {@code #一、总体情况} is matched. */
    public static String anchorId(String text) {
        return HeaderIdGenerator.generateId(text, TO_DASH, NON_DASH, true, false);
    }

    /**
     * Parses a body.
     *
     * @param bodyLine the file line on which the body starts
     */
    public ParsedMarkdown parse(String body, int bodyLine) {
        return parse(body, bodyLine, Withheld.NONE);
    }

    /**
     * Parses a report's body.
     *
     * @param bodyLine the file line on which the body starts
     * @param withheld the placeholders the report acknowledges as withheld by its source: each becomes a
     *                 {@link WithheldFigure}, after heading ids are made, so anchors stay as written
     */
    public ParsedMarkdown parse(String body, int bodyLine, Withheld withheld) {
        Document document = parser.parse(body);
        Lines lines = new Lines(body, bodyLine);
        normaliseHeadingLevels(document);
        HeaderIdGenerator ids = new HeaderIdGenerator(document);
        ids.generateIds(document);
        List<Heading> headings = new ArrayList<>();
        List<LinkUse> links = new ArrayList<>();
        List<FencedBlock> blocks = new ArrayList<>();
        Map<Node, FencedBlock> blockNodes = new HashMap<>();
        Map<String, Integer> blockCounts = new HashMap<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                headings.add(new Heading(h.getLevel(), text.collectAndGetText(h).strip(), h.getAnchorRefId(),
                        lines.at(h.getStartOffset())));
            } else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null) {
                // The page shows the note's number, not its label: "[^note]" must not read "note" in text and search.
                footnote.removeChildren();
            } else if (node instanceof Link link) {
                links.add(new LinkUse(link.getUrl().unescape(), false, lines.at(link.getUrl().getStartOffset())));
            } else if (node instanceof Image image) {
                links.add(new LinkUse(image.getUrl().unescape(), true, lines.at(image.getUrl().getStartOffset())));
            } else if (node instanceof Reference ref) {
                links.add(new LinkUse(ref.getUrl().unescape(), false, lines.at(ref.getUrl().getStartOffset())));
            } else if (node instanceof AutoLink auto) {
                links.add(new LinkUse(auto.getUrl().unescape(), false, lines.at(auto.getStartOffset())));
            } else if (node instanceof FencedCodeBlock fenced) {
                String info = fenced.getInfo().toString().strip();
                if (blockInfos.contains(info)) {
                    int index = blockCounts.merge(info, 1, Integer::sum) - 1;
                    FencedBlock block = new FencedBlock(info, fenced.getContentChars().toString(), index,
                            lines.at(fenced.getContentChars().getStartOffset()));
                    blocks.add(block);
                    blockNodes.put(fenced, block);
                }
            }
        }
        document.set(BLOCK_NODES, blockNodes);
        WithheldMarks.mark(document, withheld);
        return new ParsedMarkdown(document, headings, links, blocks);
    }

    /**
     * Renders a parsed body.
     *
     * @param links  the URL each destination becomes (checked already), or null for one it does not know
     * @param blocks the trusted HTML that replaces each ecosite fenced block
     */
    public String render(ParsedMarkdown parsed, Function<String, String> links, Function<FencedBlock, String> blocks) {
        // The document is shared by nothing else, so per-page data rides on it into the renderer.
        synchronized (parsed) {
            parsed.document.set(LINKS, links);
            parsed.document.set(BLOCKS, blocks);
            return renderer.render(parsed.document);
        }
    }

    /** The body as plain text, block by block on lines of their own: what search indexes and quotes. */
    public String text(ParsedMarkdown parsed) {
        StringBuilder text = new StringBuilder();
        synchronized (parsed) {
            TextCollectingVisitor collector = new TextCollectingVisitor();
            for (Node block : parsed.document.getChildren()) {
                // The collector keeps Markdown's escapes (\\*) and entities (&amp;); a reader sees, and searches for,
                // the character. A block with neither, most of them, is as it is: flexmark looks for both with a
                // regular expression, a quarter of this method's time in a profile of 10,000 reports.
                String part = collector.collectAndGetText(block);
                if (part.indexOf('\\') >= 0 || part.indexOf('&') >= 0) {
                    part = Escaping.unescapeString(part);
                }
                part = part.strip();
                if (part.indexOf('\n') >= 0) {
                    part = BLANK_LINES.matcher(part).replaceAll("\n");
                }
                if (!part.isEmpty()) {
                    text.append(part).append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * Editors' top heading level becomes h2 (the page title is the h1), and no level is skipped,
     * so screen-reader users meet an outline in order whatever the source used.
     */
    private static void normaliseHeadingLevels(Document document) {
        int previous = 1;
        int top = 7;
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                top = Math.min(top, h.getLevel());
            }
        }
        int shift = top <= 6 ? 2 - top : 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                int level = Math.min(Math.min(h.getLevel() + shift, previous + 1), 6);
                h.setLevel(Math.max(level, 2));
                previous = h.getLevel();
            }
        }
    }

    /**
     * Every destination collected by {@link #parse} has a checked URL. Anything else (the text of
     * an undefined reference such as {@code [附件一]}) stays unresolved, so flexmark shows it as
     * text, and never carries a raw destination into the page.
     */
    private static ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        String url = LINKS.get(context.getDocument()).apply(link.getUrl());
        if (url == null) {
            return link.withUrl("#").withStatus(LinkStatus.UNKNOWN);
        }
        return link.withUrl(url).withStatus(LinkStatus.VALID);
    }

    private static NodeRenderer nodeRenderer(Words words) {
        return () -> Set.of(
                new NodeRenderingHandler<>(WithheldFigure.class, (node, context, html) -> {
                    // An image role: its name is what assistive technology reads; the word shown is decoration.
                    html.attr("class", "withheld").attr("role", "img").attr("aria-label", words.name())
                            .attr("title", words.name()).withAttr().tag("span");
                    html.text(words.label());
                    html.closeTag("span");
                }),
                new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
                    // Between two Chinese characters a line break is no space: join the lines.
                    if (joinsCjk(node)) {
                        return;
                    }
                    html.raw(context.getHtmlOptions().softBreak);
                }),
                new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> {
                    FencedBlock block = BLOCK_NODES.get(context.getDocument()).get(node);
                    if (block == null) {
                        context.delegateRender();
                    } else {
                        html.line().raw(BLOCKS.get(context.getDocument()).apply(block)).line();
                    }
                }));
    }

    private static boolean joinsCjk(SoftLineBreak node) {
        CharSequence all = node.getChars().getBaseSequence();
        int before = node.getStartOffset() - 1;
        int after = node.getEndOffset();
        return before >= 0 && after < all.length() && isCjk(all.charAt(before)) && isCjk(all.charAt(after));
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** Maps offsets in a body to file lines and columns (columns count characters, from 1). */
    static final class Lines {
        private final String body;
        private final int firstLine;
        private final int[] starts;

        Lines(String body, int firstLine) {
            this.body = body;
            this.firstLine = firstLine;
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            this.starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        Position at(int offset) {
            int index = java.util.Arrays.binarySearch(starts, offset);
            int line = index >= 0 ? index : -index - 2;
            int column = body.codePointCount(starts[line], Math.min(offset, body.length())) + 1;
            return new Position(firstLine + line, column);
        }
    }
}
