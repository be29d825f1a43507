package org.ecosite.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ecosite.authoring.FrontMatterText;
import org.ecosite.check.Messages;
import org.ecosite.check.Problem;
import org.ecosite.check.Problems;
import org.ecosite.indicator.Catalog;
import org.ecosite.indicator.ObservationReader;
import org.ecosite.indicator.Period;
import org.ecosite.prose.FigureFinder;
import org.ecosite.prose.StatedFigure;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlLoader;
import org.ecosite.yaml.YamlNode;
import org.ecosite.yaml.YamlText;

/**
 * The figures a text states, proposed as indicators for the editor to confirm. Each proposal quotes
 * its sentence with the source line. A figure the build would reject (179 good-air days in a 152-day
 * period), a hidden one ({@code *%}) or a second, different value for the same figure is written
 * commented out with the reason, so nothing doubtful is published by accident. Proposals are checked
 * with the same reader the build uses, so the reasons are the build's own words.
 */
final class Proposals {

    /** A figure with the line it stands on and, when it is held back, why. */
    record Proposal(StatedFigure figure, String where, Optional<String> heldBack) {
        String key() {
            return figure.indicator() + figure.location().map(l -> "@" + l).orElse("");
        }
    }

    private final Catalog catalog;
    private final Optional<Period> period;
    private final Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
    private final List<Proposal> proposals = new ArrayList<>();

    Proposals(Catalog catalog, Optional<Period> period) {
        this.catalog = catalog;
        this.period = period;
    }

    /**
     * Reads the figures of one block of text.
     *
     * @param where the place in the source, as the editor is told it: 原文第12行
     */
    void read(String text, String where) {
        for (StatedFigure f : FigureFinder.find(text)) {
            if (catalog.find(f.indicator()).isEmpty()) {
                continue;
            }
            Proposal candidate = new Proposal(f, where, Optional.empty());
            Optional<Proposal> same = proposals.stream().filter(p -> p.key().equals(candidate.key())).findFirst();
            if (f.isHidden()) {
                boolean known = proposals.stream().anyMatch(p -> p.key().equals(candidate.key())
                        && p.figure().sentence().equals(f.sentence()));
                if (!known) {
                    proposals.add(new Proposal(f, where, Optional.of("原文数字被隐去，请补上或删去这一项")));
                }
            } else if (same.isPresent() && same.get().figure().value().equals(f.value())) {
                continue; // the same figure said again, e.g. in the summary of results
            } else if (same.isPresent() && same.get().figure().value().isPresent()) {
                proposals.add(new Proposal(f, where, Optional.of(same.get().where() + "的数字是 "
                        + same.get().figure().value().get() + "，这里是 " + f.value().get() + "，请确认用哪一个")));
            } else {
                proposals.add(new Proposal(f, where, check(f)));
            }
        }
    }

    List<Proposal> all() {
        return List.copyOf(proposals);
    }

    /** Why the build would refuse this figure, in its own words; empty when it would accept it. */
    private Optional<String> check(StatedFigure f) {
        Problems problems = new Problems();
        Optional<YamlNode> tree = YamlLoader.load(String.join("\n", entry(f)), "import", 1, problems);
        if (tree.isEmpty() || !(tree.get() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            return Optional.of("无法写成指标");
        }
        MappingReader.of(list.items().get(0), "indicator", "import", problems)
                .ifPresent(reader -> new ObservationReader(catalog).read(reader, period));
        return problems.sorted().stream().filter(Problem::isError).findFirst().map(messages::message);
    }

    /** The lines of one list entry, unindented: {@code - id: pm25}, {@code   value: 15}. */
    private static List<String> entry(StatedFigure f) {
        List<String> lines = new ArrayList<>();
        lines.add("- id: " + f.indicator());
        // Values come from the finder as digits, a Roman-numeral class or done/total: plain YAML as they are.
        lines.add("  value: " + f.value().orElse(""));
        f.location().ifPresent(l -> lines.add("  location: " + YamlText.scalar(l)));
        return lines;
    }

    /**
     * Writes the {@code indicators} field: active proposals as entries whose value is marked to confirm,
     * held-back ones commented out.
     */
    void write(FrontMatterText fm) {
        if (proposals.isEmpty()) {
            fm.comment("原文中没有找到可以录入的指标数字。");
            return;
        }
        long active = proposals.stream().filter(p -> p.heldBack().isEmpty()).count();
        fm.value("indicators", "", "由导入程序从正文中找出，请逐项对照原文核对");
        String quoted = null;
        for (Proposal p : proposals) {
            String quote = "  # " + p.where() + "：“" + p.figure().sentence() + "”";
            if (!quote.equals(quoted)) {
                fm.line("", quote, null);
                quoted = quote;
            }
            p.heldBack().ifPresent(reason -> fm.line("", "  # 未录入：" + reason, null));
            String prefix = p.heldBack().isPresent() ? "  # " : "  ";
            for (String line : entry(p.figure())) {
                // The value of an entry that is written is marked: it publishes only once the editor confirmed it.
                boolean value = line.startsWith("  value:") && p.heldBack().isEmpty();
                fm.line(prefix, line.stripTrailing(), value ? FrontMatterText.toConfirm("") : null);
            }
        }
        if (active == 0) {
            fm.comment("（以上各项都未录入，indicators 暂时为空。）");
        }
    }

    long active() {
        return proposals.stream().filter(p -> p.heldBack().isEmpty()).count();
    }
}
