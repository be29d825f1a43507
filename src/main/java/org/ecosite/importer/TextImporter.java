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
 * A plain-text report (UTF-8 or GBK) made into a Markdown report: front matter read from the text,
 * with every guess explained in a comment; the body with its outline as headings and lists; figures
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
    public record Result(String markdown, String encoding, int headings, long indicators, long heldBack,
                         int placeholders) {
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

    /** Imports a document; empty when the bytes are not text in UTF-8 or GBK. */
    public static Optional<Result> run(byte[] bytes, Options options) {
        Optional<TextFile.Decoded> decoded = TextFile.decodeUtf8OrGbk(bytes);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Cleaner cleaner = new Cleaner();
        List<SourceLine> lines = new ArrayList<>(cleaner.lines(decoded.get().text()));
        Header header = Header.read(lines);
        List<Block> blocks = Outline.blocks(lines);

        Proposals proposals = new Proposals(options.catalog(), header.period.map(Header.Found::value));
        List<String> placeholders = new ArrayList<>();
        int placeholderCount = 0;
        StringBuilder all = new StringBuilder();
        for (Block b : blocks) {
            String text = text(b);
            proposals.read(text, b.line());
            all.append(text).append('\n');
            for (Placeholder p : Placeholders.find(text)) {
                placeholderCount++;
                if (placeholders.size() < 5) {
                    placeholders.add("第" + b.line() + "行“" + p.text() + "”");
                }
            }
        }

        FrontMatterText fm = new FrontMatterText()
                .comment("由 ecosite import 从“" + options.sourceName() + "”（" + decoded.get().encoding() + " 编码）导入，"
                        + options.today() + "。")
                .comment("导入的报告是草稿：请对照原文逐项核对前置信息、标题层级和指标，确认无误后删去 draft: true。");
        header.organization.ifPresent(o -> fm.comment("原文第" + o.line() + "行“" + o.from() + "”移入 organization。"));
        header.title.ifPresent(t -> fm.comment("原文第" + t.line() + "行“" + t.from() + "”移入 title。"));
        header.date.ifPresent(d -> fm.comment("原文第" + d.line() + "行“" + d.from() + "”移入 date。"));
        cleaner.notes().forEach(fm::comment);
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
        fm.text("title", title, header.title.isPresent() ? "标题：取自原文" : "标题：原文没有标题，由导入程序拟定，请修改");
        fm.value("date", header.date.map(d -> d.value().toString()).orElse(options.today().toString()),
                header.date.isPresent() ? "发布日期：取自原文落款" : "发布日期：原文没有写，暂用导入当天，请改为实际发布日期");
        header.organization.ifPresentOrElse(o -> fm.text("organization", o.value(), "发布机构：取自原文"),
                () -> fm.later("organization", options.organization().orElse("某某县生态环境局"),
                        "发布机构：原文没有写，不填时沿用 site.yaml"));
        Optional<String> region = header.organization.flatMap(o -> ReportSkeleton.regionOf(o.value()));
        Optional<String> siteRegion = options.organization().flatMap(ReportSkeleton::regionOf);
        fm.text("region", region.or(() -> siteRegion).orElse("（地区）"), region.isPresent()
                ? "地区：由发布机构名称推断，请核对"
                : "地区：原文没有写明（可能被隐去），暂用站点所在地，请核对");
        header.period.ifPresentOrElse(
                p -> fm.text("period", p.value().text(), "报告期：原文“" + p.from() + "”"),
                () -> fm.later("period", "2024-H1", "报告期：原文没有写明，请填写；有指标时必填"));
        fm.later("index_no", "\"11500242MB0000000X/" + options.today().getYear() + "-00001\"", "索引号：按本单位编号规则填写")
                .later("doc_no", "青环发〔" + options.today().getYear() + "〕1号", "文号：原文有文号时填写");
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

        String markdown = fm.close() + "\n" + body(blocks);
        int headings = (int) blocks.stream().filter(b -> b instanceof Block.Heading).count();
        return Optional.of(new Result(markdown, decoded.get().encoding(), headings, proposals.active(),
                proposals.all().size() - proposals.active(), placeholderCount));
    }

    private static String text(Block b) {
        if (b instanceof Block.Heading h) {
            return h.text();
        }
        if (b instanceof Block.Paragraph p) {
            return p.text();
        }
        return ((Block.Item) b).text();
    }

    private static Optional<String> firstParagraph(List<Block> blocks) {
        return blocks.isEmpty() || !(blocks.get(0) instanceof Block.Paragraph p) ? Optional.empty()
                : Optional.of(p.text());
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

    /** The body: headings with their numbering, paragraphs, numbered lists; a blank line between blocks. */
    static String body(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block b : blocks) {
            boolean sameList = b instanceof Block.Item && previous instanceof Block.Item;
            if (previous != null && !sameList) {
                out.append('\n');
            }
            if (b instanceof Block.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(MarkdownEscape.text(h.text())).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                out.append(MarkdownEscape.text(p.text())).append('\n');
            } else if (b instanceof Block.Item i) {
                out.append(i.number()).append(". ").append(MarkdownEscape.text(i.text())).append('\n');
            }
            previous = b;
        }
        return out.toString();
    }
}
