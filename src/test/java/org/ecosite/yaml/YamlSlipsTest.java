package org.ecosite.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.ecosite.check.Messages;
import org.ecosite.check.Problem;
import org.ecosite.check.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The slips of a Chinese keyboard, each told at its own line and column, in the editors' words and
 * never in the parser's English. The texts start on line 2, as front matter does.
 */
class YamlSlipsTest {

    private static final Messages ZH = Messages.of(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = Messages.of(Locale.ENGLISH);

    /** Every problem as "LINE:COLUMN message", in Chinese. */
    private static List<String> found(String yaml) {
        return found(yaml, ZH);
    }

    private static List<String> found(String yaml, Messages messages) {
        Problems problems = new Problems();
        YamlLoader.load(yaml, "f.md", 2, problems);
        return problems.sorted().stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + messages.message(p)).toList();
    }

    @Test
    void fullWidthColonIsNamedOnItsOwnLineNotTheNext() {
        assertEquals(List.of("2:6 第 2 行用了全角冒号“：”，请改成半角冒号加空格“: ”"),
                found("title：青山县\ndate: 2024-06-05\n"));
        assertEquals(List.of("3:5 第 3 行用了全角冒号“：”，请改成半角冒号加空格“: ”"),
                found("title: 青山县\ndate：2024-06-05\nregion: 青山县\n"));
        assertEquals(List.of("3:7 第 3 行用了全角冒号“：”，请改成半角冒号加空格“: ”"),
                found("indicators:\n  - id：pm25\n    value: 15\n"));
    }

    @Test
    void aCommentAfterAKeyIsNoTextTheLinesBelowAreStillRead() {
        // As `new report` writes it: each line explained in a comment, the example made a field.
        assertEquals(List.of("4:10 第 4 行用了全角冒号“：”，请改成半角冒号加空格“: ”"),
                found("indicators:          # 指标数据，每项一个\n  - id: pm25        # 指标编号（必填）\n"
                        + "    value：28       # 数值（必填）：只写数字\n"));
        assertEquals(List.of("3:6 第 3 行用了全角冒号“：”，请改成半角冒号加空格“: ”"),
                found("footer: # 页脚\n  icp：京ICP备1号\n"));
    }

    @Test
    void fullWidthColonsInsideValuesAndListTextAreText() {
        assertEquals(List.of(), found("contact: \"电话：023-00000000\"\nsummary: 目标：完成\ntopics:\n  - 目标：完成\n"));
        assertEquals(List.of(), found("summary: |\n  一、总体情况：良好\n  notes：none\nx: 1\n"));
        assertEquals(List.of(), found("summary: 上半年\n  PM2.5：15\nx: 1\n"), "a long value goes on");
    }

    @Test
    void aMissingSpaceAfterTheColon() {
        assertEquals(List.of("2:6 第 2 行的冒号后面少了空格，请写成半角冒号加空格“: ”"), found("title:青山县\ndate: 2024-06-05\n"));
        assertEquals(List.of(), found("base_url: https://www.example.gov.cn/\ntime: 12:30\n"));
    }

    @Test
    void fullWidthAndNoBreakSpaces() {
        assertEquals(List.of("3:1 第 3 行用了全角空格“　”，请改成半角空格"), found("title: 青山县\n\u3000date: 2024-06-05\n"));
        assertEquals(List.of("2:7 第 2 行用了全角空格“　”，请改成半角空格"), found("title:\u3000青山县\ndate: 2024-06-05\n"));
        assertEquals(List.of("4:1 第 4 行用了全角空格“　”，请改成半角空格"), found("footer:\n  host: a\n\u3000\u3000icp: b\n"));
        assertTrue(found("title: 青山县\n\u00a0date: 2024-06-05\n").get(0).startsWith("3:1 第 3 行用了不换行空格"));
        assertEquals(List.of(), found("title: 青山县　上半年\n"), "inside a value it is text");
    }

    @Test
    void aTabInTheIndentationOrAfterTheColon() {
        assertEquals(List.of("3:1 第 3 行的缩进用了 Tab，请改成半角空格"), found("title: a\n\tdate: b\n"));
        assertEquals(List.of("4:3 第 4 行的缩进用了 Tab，请改成半角空格"), found("footer:\n  host: a\n  \ticp: b\n"));
        assertEquals(List.of("2:7 第 2 行的缩进用了 Tab，请改成半角空格"), found("title:\t青山县\n"));
        assertEquals(List.of("3:1 第 3 行的缩进用了 Tab，请改成半角空格", "4:1 第 4 行用了全角空格“　”，请改成半角空格"),
                found("title: a\n\t# 说明\n\u3000\ndate: 2024-06-05\n  \n"), "YAML refuses them on any line");
    }

    @Test
    void fullWidthQuotesRoundAValue() {
        assertEquals(List.of("2:8 第 2 行的值用全角引号括了起来：“青山县: 上半年”，请改成半角引号或去掉引号"),
                found("title: “青山县: 上半年”\n"));
        assertEquals(List.of(), found("title: 关于“十四五”规划的报告\n"), "quotes inside a title are text");
        assertEquals(List.of(), found("title: “十四五”规划和“无废城市”\n"), "not one pair round the value");
    }

    @Test
    void aStarAsValue() {
        String star = "2:8 第 2 行的值“*”以星号“*”开头，YAML 会把它当成别名（引用），请给整个值加上半角引号";
        assertEquals(List.of(star), found("value: *\nx: 1\n"));
        assertEquals(List.of(star.replace("“*”以", "“*%”以")), found("value: *%  # 原文隐去\n"));
        assertEquals(List.of(), found("value: \"*\"\n"));
        assertEquals(List.of(), found("a: &base 1\nb: *base\n"), "a real alias stays one");
    }

    @Test
    void codesWithLeadingZerosNeedQuotes() {
        assertEquals(List.of("4:17 第 4 行的“0012000001”以 0 开头又没有加引号，YAML 会把它当成数字读，开头的 0 会丢失；"
                + "请加上半角引号写成 \"0012000001\""),
                found("footer:\n  host: 青山县\n  site_id_code: 0012000001  # 网站标识码\n"));
        assertEquals(List.of(), found("footer:\n  site_id_code: \"0012000001\"\nvalue: 0\nrate: 0.5\n"));
    }

    @Test
    void aListItemWithoutItsDash() {
        assertEquals(List.of("4:3 第 4 行像是列表中的一项，但前面少了“- ”，请在内容前加上减号和空格“- ”"),
                found("topics:\n  - 大气\n  水\nx: 1\n"));
        assertEquals(List.of("3:3 第 3 行像是列表中的一项，但前面少了“- ”，请在内容前加上减号和空格“- ”"),
                found("topics:\n  大气\n  - 水\n"));
        assertEquals(List.of("5:3 第 5 行像是列表中的一项，但前面少了“- ”，请在内容前加上减号和空格“- ”"),
                found("indicators:\n  - id: pm25\n    value: 15\n  id: good_air_days\n  value: 150\n"));
        assertEquals(List.of("4:3 第 4 行的列表项“-”后面少了空格，请写成“- ”（减号加空格）再写内容"),
                found("topics:\n  - 大气\n  -水\n"));
    }

    @Test
    void wellFormedListsAreLeftAlone() {
        assertEquals(List.of(), found("topics:\n- 大气\n- 水\nregion: 青山县\n"), "items without indentation");
        assertEquals(List.of(), found("topics:\n  - 大气\n    和水\nregion: 青山县\n"), "an item going on");
        assertEquals(List.of(), found("indicators:\n  - id: pm25\n    value: -5\n  - id: x\n    value: 1\n"));
        assertEquals(List.of(), found("topics: [大气,\n  水]\ntitle: \"a\n  b\"\n"));
    }

    @Test
    void everySlipIsReportedAtOnce() {
        assertEquals(List.of("2:6", "3:8", "6:3"), found("title：a\nvalue: *\ntopics:\n  - 大气\n  水\n").stream()
                .map(s -> s.substring(0, 3)).toList());
    }

    @Test
    void inEnglishToo() {
        assertEquals(List.of("2:6 line 2 uses a full-width colon \"：\"; write a half-width colon and a space \": \" "
                + "instead"), found("title：a\n", EN));
    }

    /** What the parser still finds after the scan: told in Chinese, at the line of the mistake. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            title: "青山县\\nx: 1                | 2:8 | 第 2 行的引号没有配对：开头的引号后面找不到结束的引号
            title: a\\n  date: b               | 3:7 | 第 3 行的冒号“:”在这里不能用：这一行缩进多了，或者值里面有“: ”
            title: @青山                       | 2:8 | 第 2 行的值不能以“@”开头，请给整个值加上半角引号
            topics: [大气, 水\\nx: 1            | 2:9 | 第 2 行的方括号或花括号没有闭合
            title: a\\n青山县\\nx: 1             | 3:1 | 第 3 行缺少冒号：这一行既不是“键: 值”，也不是以“- ”开头的列表项
            value: *万吨\\nx: 1                | 2:8 | 第 2 行的值“*万吨”以星号“*”开头，YAML 会把它当成别名（引用），请给整个值加上半角引号
            """)
    void parserErrorsInTheEditorsWords(String yaml, String at, String message) {
        List<String> found = found(yaml.replace("\\n", "\n"));
        assertEquals(List.of(at + " " + message), found);
        assertFalse(found.get(0).matches(".*[a-z]{4,}.*"), "no English");
    }

    @Test
    void theHintSaysHowToFix() {
        Problems problems = new Problems();
        YamlLoader.load("title：a\n", "f.md", 1, problems);
        Problem problem = problems.sorted().get(0);
        assertTrue(ZH.hint(problem).orElseThrow().contains("英文输入法"));
    }

    @Test
    void whatEcositeWritesIsNoSlip() {
        for (String text : List.of("“青山县”", "0012000001", "*", "title：a", "-大气", "青山县")) {
            Problems problems = new Problems();
            YamlNode.Mapping read = (YamlNode.Mapping) YamlLoader.load("title: " + YamlText.scalar(text) + "\n", "f.md",
                    1, problems).orElseThrow(() -> new AssertionError(text + ": " + problems.sorted()));
            assertEquals(text, ((YamlNode.Scalar) read.get("title").orElseThrow()).text());
        }
        assertEquals("青山县", YamlText.scalar("青山县"), "plain where plain reads back the same");
    }
}
