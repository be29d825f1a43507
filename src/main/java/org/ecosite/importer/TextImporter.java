package org.ecosite.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ecosite.authoring.FrontMatterText;
import org.ecosite.authoring.ReportSkeleton;
import org.ecosite.indicator.Catalog;
import org.ecosite.prose.Placeholder;
import org.ecosite.prose.Placeholders;
import org.ecosite.prose.Sentences;
import org.ecosite.source.TextFile;

/**
 * A report, plain text (UTF-8, GBK, UTF-16) or a Word file, made into a Markdown report: front
 * matter read from the text, with every guess explained in a comment and what could not be known
 * marked to confirm; the body with its outline as headings and lists; figures
 * proposed as indicators; placeholders kept (escaped, so Markdown shows them) and counted. The report
 * is a draft, so nothing reaches the public site before an editor has read it.
 */
public final class TextImporter {

    /**
     * @param sourceName   the file's name, for the note on where the report came from
     * @param organization the site's organisation, the fallback for the region
     */
    public record Options(String sourceName, Catalog catalog, Optional<String> organization, LocalDate today) {
    }

    /** What an import made, and what the editor should know about it. */
    /**
     * What an import made, and what the editor should know about it.
     *
     * @param images the pictures of a Word file, to be saved where {@code file}'s picture address says
     * @param notes  what the editor must hear at once: tracked changes taken, comments left out (also in the draft)
     */
    public record Result(String markdown, String encoding, int headings, long indicators, long heldBack,
                         int placeholders, List<ImageFile> images, List<String> notes) {
        public Result {
            images = List.copyOf(images);
            notes = List.copyOf(notes);
        }
    }

    /** Topics of the content model and the words that show a report deals with them. */
    private static final Map<String, Pattern> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put("大气", Pattern.compile("大气|空气|PM2\\.5|蓝天|扬尘|臭氧|VOCs|重污染天气"));
        TOPICS.put("水", Pattern.compile("水质|饮用水|碧水|污水|断面|河长|黑臭水体"));
        TOPICS.put("土壤", Pattern.compile("土壤|净土|耕地"));
        TOPICS.put("固废", Pattern.compile("固废|固体废物|危险废物|危废|医疗废物|垃圾|尾矿"));
        TOPICS.put("督察整改", Pattern.compile("督察"));
        TOPICS.put("执法", Pattern.compile("执法|立案|处罚|罚款"));
        TOPICS.put("生态", Pattern.compile("生态文明|生态保护|自然保护|示范创建|生物多样性|绿盾"));
    }

    /** A topic is proposed when its words occur this often. */
    private static final int TOPIC_MENTIONS = 2;
    private static final int LONGEST_SUMMARY = 120;

    private TextImporter() {
    }

    /** Imports a document; empty when the bytes are not text in UTF-8, GBK or UTF-16 with a byte-order mark. */
    public static Optional<Result> run(byte[] bytes, Options options) {
        Optional<TextFile.Decoded> decoded = TextFile.decodeUtf8OrGbk(bytes);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Cleaner cleaner = new Cleaner("行");
        List<SourceLine> lines = cleaner.lines(decoded.get().text());
        return Optional.of(draft(new Source(decoded.get().encoding() + " 编码", decoded.get().encoding(), "行", lines,
                cleaner.notes(), List.of(), List.of(), List.of()), options));
    }

    /**
     * Imports a file of any format ecosite reads: Word (.docx) by its content, whatever its name, else
     * text. A file ecosite cannot read (a .doc or .wps, a PDF, a web page, a zip) is refused with the
     * message key that tells the editor how to save it as .docx.
     *
     * @param pictureUrl where the pictures of a Word file will be served, e.g. {@code /images/2024-h1/};
     *                   empty when they cannot be saved, and then they are left out and the draft says so
     */
    public static Result file(byte[] bytes, Options options, Optional<String> pictureUrl) throws Refused {
        Optional<String> refusal = WordReader.refusal(bytes);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
        if (WordReader.isDocx(bytes)) {
            WordDocument doc = WordReader.read(bytes, pictureUrl);
            Cleaner cleaner = new Cleaner("段");
            List<SourceLine> lines = cleaner.lines(doc.lines());
            List<String> notes = new ArrayList<>(doc.notes());
            notes.addAll(cleaner.notes());
            return draft(new Source("Word 文件", "Word (.docx)", "段", lines, notes, doc.notes(), doc.footnotes(),
                    doc.images()), options);
        }
        return run(bytes, options).orElseThrow(() -> new Refused("cli.import_not_text"));
    }

    /** A file import cannot read; the message key says why and how to save it so it can. */
    public static final class Refused extends Exception {
        private final String key;

        Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * A document read from its format, for the steps every format shares.
     *
     * @param origin    how the draft names its source: UTF-8 编码, Word 文件
     * @param unit      what the line numbers count, as notes say it: 行 or 段
     * @param notes     what reading it removed or decided, for the draft's comments
     * @param notices   what the editor must hear at once (tracked changes, comments), also said on the terminal
     * @param footnotes the footnotes' texts in order, numbered from 1
     */
    private record Source(String origin, String encoding, String unit, List<SourceLine> lines, List<String> notes,
                          List<String> notices, List<String> footnotes, List<ImageFile> images) {
    }

    private static Result draft(Source source, Options options) {
        String unit = source.unit();
        List<SourceLine> lines = new ArrayList<>(source.lines());
        // The header is read from plain text; the lines it takes are taken from the lines with emphasis too.
        List<SourceLine> plain = new ArrayList<>(lines.stream()
                .map(l -> new SourceLine(l.number(), Inline.plain(l.text()), l.block())).toList());
        List<SourceLine> before = List.copyOf(plain);
        Header header = Header.read(plain, unit);
        java.util.Set<SourceLine> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(plain);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!kept.contains(before.get(i))) {
                lines.remove(i);
            }
        }
        List<Block> blocks = Outline.blocks(styleHeadings(lines));

        Proposals proposals = new Proposals(options.catalog(), header.period.map(Header.Found::value));
        List<String> placeholders = new ArrayList<>();
        int placeholderCount = 0;
        StringBuilder all = new StringBuilder();
        for (Block b : blocks) {
            String where = "原文第" + b.line() + unit;
            for (String text : texts(b)) {
                proposals.read(text, b instanceof Block.Table ? where + "的表格" : where);
            }
            String text = Inline.plain(text(b));
            all.append(text).append('\n');
            for (Placeholder p : Placeholders.find(text)) {
                placeholderCount++;
                if (placeholders.size() < 5) {
                    placeholders.add("第" + b.line() + unit + "“" + p.text() + "”");
                }
            }
        }

        FrontMatterText fm = new FrontMatterText()
                .comment("由 ecosite import 从“" + options.sourceName() + "”（" + source.origin() + "）导入，"
                        + options.today() + "。")
                .comment("导入的报告是草稿：请对照原文逐项核对前置信息、标题层级和指标，确认无误后删去 draft: true。");
        header.organization.ifPresent(o -> fm.comment("原文第" + o.line() + unit + "“" + o.from() + "”移入 organization。"));
        header.title.ifPresent(t -> fm.comment("原文第" + t.line() + unit + "“" + t.from() + "”移入 title。"));
        header.date.ifPresent(d -> fm.comment("原文第" + d.line() + unit + "“" + d.from() + "”移入 date。"));
        source.notes().forEach(fm::comment);
        if (placeholderCount > 0) {
            fm.comment("原文有 " + placeholderCount + " 处占位符（隐去的数字），如" + String.join("、", placeholders)
                    + "；正文照原文保留" + (all.indexOf("*") >= 0 ? "（星号写作“\\*”，以免被当作 Markdown 标记）" : "")
                    + "，发布前请补全或说明。运行 ecosite check 可逐一列出位置。");
        }
        header.periodNotes.forEach(fm::comment);

        String title = header.title.map(Header.Found::value)
                .orElseGet(() -> header.period.isEmpty() && header.half.isPresent()
                        ? header.half.get() + "半年生态环境保护工作总结"
                        : ReportSkeleton.defaultTitle(header.period.map(Header.Found::value)));
        if (header.title.isPresent()) {
            fm.text("title", title, "标题：取自原文");
        } else {
            fm.textToConfirm("title", title, "标题：原文没有标题，由导入程序拟定，请修改");
        }
        if (header.date.isPresent()) {
            fm.value("date", header.date.get().value().toString(), "发布日期：取自原文落款");
        } else {
            fm.valueToConfirm("date", options.today().toString(), "发布日期：原文没有写，暂用导入当天，请改为实际发布日期");
        }
        header.organization.ifPresentOrElse(o -> fm.text("organization", o.value(), "发布机构：取自原文"),
                () -> fm.later("organization", options.organization().orElse("某某县生态环境局"),
                        "发布机构：原文没有写，不填时沿用 site.yaml"));
        Optional<String> region = header.organization.flatMap(o -> ReportSkeleton.regionOf(o.value()));
        Optional<String> siteRegion = options.organization().flatMap(ReportSkeleton::regionOf);
        if (region.isPresent()) {
            fm.text("region", region.get(), "地区：由发布机构名称推断，请核对");
        } else {
            fm.textToConfirm("region", siteRegion.orElse(FrontMatterText.TO_FILL), siteRegion.isPresent()
                    ? "地区：原文没有写明（可能被隐去），暂用站点所在地，请核对" : "地区：原文没有写明，请填写");
        }
        header.period.ifPresentOrElse(
                p -> fm.text("period", p.value().text(), "报告期：原文“" + p.from() + "”"),
                () -> fm.later("period", "2024-H1", "报告期：原文没有写明，请填写；有指标时必填"));
        fm.toFill("index_no", "索引号：按本单位编号规则填写，全站唯一、永久不变；加引号")
                .toFill("doc_no", "文号：原文有文号时照写");
        List<String> topics = topics(all.toString());
        if (topics.isEmpty()) {
            fm.later("topics", "[大气, 水]", "主题分类");
        } else {
            fm.list("topics", topics, "主题分类：由正文关键词推断，请核对");
        }
        firstParagraph(blocks).map(Sentences::first).filter(s -> s.length() <= LONGEST_SUMMARY).ifPresentOrElse(
                s -> fm.text("summary", s, "摘要：取自正文第一句，请改写成一两句话的概括"),
                () -> fm.later("summary", "一两句话的摘要", "摘要"));
        fm.value("draft", "true", "草稿：核对无误后删去这一行才会发布");
        proposals.write(fm);

        String markdown = fm.close() + "\n" + body(blocks) + footnotes(source.footnotes());
        int headings = (int) blocks.stream().filter(b -> b instanceof Block.Heading).count();
        return new Result(markdown, source.encoding(), headings, proposals.active(),
                proposals.all().size() - proposals.active(), placeholderCount, source.images(), source.notices());
    }

    private static String text(Block b) {
        if (b instanceof Block.Heading h) {
            return h.text();
        } else if (b instanceof Block.Paragraph p) {
            return p.text();
        } else if (b instanceof Block.Item i) {
            return i.text();
        } else if (b instanceof Block.Bullet i) {
            return i.text();
        } else if (b instanceof Block.Table t) {
            return String.join(" ", t.rows().stream().map(r -> String.join(" ", r)).toList());
        }
        return "";
    }

    /** The texts figures are read from: the block's own, and for a table one sentence per cell. */
    private static List<String> texts(Block b) {
        return b instanceof Block.Table t ? TableSentences.of(t.rows()) : List.of(Inline.plain(text(b)));
    }

    private static Optional<String> firstParagraph(List<Block> blocks) {
        return blocks.isEmpty() || !(blocks.get(0) instanceof Block.Paragraph p) ? Optional.empty()
                : Optional.of(Inline.plain(p.text()));
    }

    /** Footnote definitions after the body: {@code [^1]: text}. */
    private static String footnotes(List<String> notes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < notes.size(); i++) {
            out.append(i == 0 ? "\n" : "").append("[^").append(i + 1).append("]: ")
                    .append(Inline.markdown(MarkdownEscape.text(notes.get(i)))).append('\n');
        }
        return out.toString();
    }

    static List<String> topics(String text) {
        List<String> topics = new ArrayList<>();
        TOPICS.forEach((topic, words) -> {
            if (words.matcher(text).results().count() >= TOPIC_MENTIONS) {
                topics.add(topic);
            }
        });
        return topics;
    }

    /**
     * Headings a Word file marks by style carry the style's level (1 for Heading 1); once the title is
     * taken, the highest of them becomes level 2, as the page's title is level 1.
     */
    private static List<SourceLine> styleHeadings(List<SourceLine> lines) {
        int top = lines.stream().flatMap(l -> l.block().stream()).filter(b -> b instanceof Block.Heading)
                .mapToInt(b -> ((Block.Heading) b).level()).min().orElse(2);
        return lines.stream().map(l -> l.block().orElse(null) instanceof Block.Heading h
                ? new SourceLine(l.number(), l.text(), Optional.of(
                        new Block.Heading(Math.min(6, h.level() - top + 2), h.text(), h.line())))
                : l).toList();
    }

    private static String inline(String text) {
        return Inline.markdown(MarkdownEscape.text(text));
    }

    /** A Markdown table: its first row as the header row; '|' is escaped in the cells. */
    private static void table(Block.Table t, StringBuilder out) {
        for (int r = 0; r < t.rows().size(); r++) {
            out.append('|');
            for (String cell : t.rows().get(r)) {
                out.append(' ').append(MarkdownEscape.text(cell)).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append("|---".repeat(t.rows().get(0).size())).append("|\n");
            }
        }
    }

    /** The body: headings with their numbering, paragraphs, numbered lists; a blank line between blocks. */
    static String body(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block b : blocks) {
            boolean sameList = b instanceof Block.Item && previous instanceof Block.Item
                    || b instanceof Block.Bullet && previous instanceof Block.Bullet;
            if (previous != null && !sameList) {
                out.append('\n');
            }
            if (b instanceof Block.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(Inline.heading(MarkdownEscape.text(h.text())))
                        .append('\n');
            } else if (b instanceof Block.Paragraph p) {
                out.append(inline(p.text())).append('\n');
            } else if (b instanceof Block.Item i) {
                out.append(i.number()).append(". ").append(inline(i.text())).append('\n');
            } else if (b instanceof Block.Bullet i) {
                out.append("- ").append(inline(i.text())).append('\n');
            } else if (b instanceof Block.Table t) {
                table(t, out);
            } else if (b instanceof Block.Picture p) {
                out.append("![").append(MarkdownEscape.text(p.alt())).append("](").append(p.url()).append(")\n");
            }
            previous = b;
        }
        return out.toString();
    }
}
