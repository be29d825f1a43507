package org.ecosite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ecosite.output.Output;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad input: every kind the content model names, and every input that once made the
 * program fail with an internal error or hang. Each fixture under sites/invalid/ is laid over
 * sites/invalid/_base; inputs that cannot live in the repository (a file name with a backslash, 16 MB of
 * front matter) are made by the test. The build must name each problem as FILE:LINE:COLUMN, exit 1, print
 * no stack trace, leave no staging folder, and leave the previous output byte for byte as it was.
 */
class InvalidInputTest {

    @TempDir
    Path temp;

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("missing-required", List.of("content/reports/bad.md:2:1: error: 缺少必填字段“region”")),
                Arguments.of("bad-date", List.of("content/reports/bad.md:3:7: error: 字段“date”的值“2024-02-30”不是日期")),
                Arguments.of("not-a-number", List.of("content/reports/bad.md:8:12: error: 指标“pm25”的值“十五”不是数字")),
                Arguments.of("unknown-indicator", List.of("content/reports/bad.md:7:9: error: 未知的指标编号“pm2.5”",
                        "提示：最接近的编号：pm25。")),
                Arguments.of("percent-range", List.of(
                        "content/reports/bad.md:8:12: error: 指标“good_air_rate”是百分比，应在 0～100 之间，而这里是 120")),
                Arguments.of("good-air-days", List.of(
                        "content/reports/bad.md:8:12: error: 天数 179 超过了时期 2024-01/2024-05 的总天数 152")),
                Arguments.of("count-fraction", List.of(
                        "content/reports/bad.md:8:12: error: 指标“enforcement_cases”是计数，应当是非负整数，而这里是 10.5",
                        "content/reports/bad.md:10:12: error: 指标“inspection_rectified”的值“13/12”：完成数不能大于总数",
                        "content/reports/bad.md:12:12: error: 指标“water_section_class”的值“六类”不是水质类别")),
                Arguments.of("duplicate-key", List.of("content/reports/bad.md:5:1: error: 字段“title”重复（第一次出现在第 2 行）")),
                Arguments.of("bad-period", List.of("content/reports/bad.md:5:9: error: 时期“2024上半年”无法识别")),
                Arguments.of("duplicate-index-no", List.of(
                        "content/reports/bad.md:5:11: error: 索引号“TEST/2024-00001”重复（content/reports/good.md 已使用）")),
                Arguments.of("duplicate-slug", List.of("content/reports/bad.md:5:7: error: 两个页面会发布到同一个网址 "
                        + "reports/good/（另一个是 content/reports/good.md）")),
                Arguments.of("unclosed", List.of("content/reports/bad.md:1:1: error: 前置信息没有结束")),
                Arguments.of("yaml-java-type", List.of(
                        "content/reports/bad.md:5:9: error: 不允许使用 YAML 类型标签“!!javax.script.ScriptEngineManager”")),
                Arguments.of("alias-bomb", List.of("content/reports/bad.md:2:1: error: YAML 别名（*引用）用得太多")),
                Arguments.of("slug-outside", List.of(
                        "content/reports/bad.md:5:7: error: slug“../../../tmp/owned”会把页面写到输出文件夹之外")),
                Arguments.of("link-outside", List.of(
                        "content/reports/bad.md:7:9: error: 链接“../../../etc/passwd”指向站点之外",
                        "content/reports/bad.md:7:35: error: 链接“javascript:alert(1)”使用了不允许的协议“javascript”")),
                Arguments.of("missing-report", List.of("content/reports/bad.md:7:10: error: 链接的报告“../2023/none.md”不存在")),
                Arguments.of("gbk-file", List.of(
                        "content/reports/bad.md:6:1: error: “content/reports/bad.md”不是 UTF-8 编码，看起来是 GBK",
                        "iconv -f GB18030 -t UTF-8")),
                Arguments.of("binary-file", List.of("content/reports/bad.md:1:1: error: “content/reports/bad.md”是二进制文件")),
                Arguments.of("catalog", List.of(
                        "indicators.yaml:4:9: error: 未知的指标类型“decibel”",
                        "indicators.yaml:5:7: error: 指标编号“Noise-Night”只能用小写字母、数字和下划线，并以字母开头",
                        "indicators.yaml:8:3: error: 缺少必填字段“name”",
                        "indicators.yaml:13:64: error: 标准的 valid_to（2025-12-31）早于 valid_from（2026-03-01）",
                        "indicators.yaml:14:3: error: 指标编号“noise_day”在本文件中重复（第一次出现在第 1 行）")),
                Arguments.of("chart-block", List.of(
                        "content/reports/bad.md:14:7: error: 未知的图表类型“pie”",
                        "content/reports/bad.md:19:14: error: 未知的指标编号“pm2.5”",
                        "content/reports/bad.md:24:13: error: 指标“pm25”和“cod_reduction”单位或类型不同，不能画在同一张图上",
                        "content/reports/bad.md:29:13: error: 指标“cod_reduction”在时期 2024-01/2024-05 没有适用的国家标准",
                        "content/reports/bad.md:34:13: error: 本报告没有指标“good_air_days”的数值")),
                Arguments.of("unconfirmed", List.of(
                        "content/reports/bad.md:3:7: error: 字段“date”的值待确认：导入时未能确定，请填写或删除",
                        "content/reports/bad.md:4:9: error: 字段“region”的值待确认：导入时未能确定，请填写或删除",
                        "content/reports/bad.md:10:12: error: 字段“value（pm25）”的值待确认：导入时未能确定，请填写或删除",
                        "提示：对照原文填上正确的值，再删去这一行末尾的“# 待确认……”")),
                Arguments.of("penalty", List.of(
                        "content/penalties/bad.md:8:14: error: 统一社会信用代码“91509999MA5U0A1B2Q”的校验码不对：按前 17 位，"
                                + "第 18 位应为“P”",
                        "content/penalties/person.md:7:8: error: 当事人是自然人，姓名“王小明”不能完整公开",
                        "content/penalties/person.md:9:14: error: 自然人没有统一社会信用代码，这里也不能写身份证号",
                        "content/penalties/kind.md:2:7: error: 未知的内容类型“notice”")),
                Arguments.of("personal-data", List.of(
                        "content/reports/bad.md:5:16: error: 不能公开手机号“13800138000”",
                        "content/reports/bad.md:10:12: error: 不能公开身份证号“11010519491231002X”",
                        "content/reports/bad.md:10:49: error: 不能公开银行卡号“6222600260001072444”")),
                Arguments.of("eia", List.of(
                        "content/eia/bad.md:10:14: error: 附件“missing.pdf”不存在",
                        "content/eia/bad.md:13:20: error: 批复日期 2024-06-05 在拟批准公示结束（2024-06-07）之前")),
                Arguments.of("data-file", List.of(
                        "data/air.csv:4:13: error: 未知的指标编号“pm2.5”",
                        "data/air.csv:5:18: error: 指标“pm25”的值“四十一”不是数字",
                        "data/air.csv:6:27: error: 天数 31 超过了时期 2024-02 的总天数 29",
                        "data/air.csv:7:18: error: 不能公开手机号“13800138000”")),
                Arguments.of("missing-link-target", List.of(
                        "content/reports/bad.md:9:12: error: 找不到图片“/img/longtan_river.png”",
                        "提示：是不是想写“/img/longtan-river.png”？",
                        "content/reports/bad.md:11:7: error: 找不到链接的文件“files/plan.pdf”",
                        "content/reports/bad.md:11:28: warning: 找不到锚点“#二、存在的问题”对应的标题",
                        "提示：链接的报告中的标题有：一、总体情况。")),
                Arguments.of("yaml-slips", List.of(
                        "content/reports/bad.md:2:6: error: 第 2 行用了全角冒号“：”，请改成半角冒号加空格“: ”",
                        "content/reports/bad.md:8:3: error: 第 8 行像是列表中的一项，但前面少了“- ”，请在内容前加上减号和空格“- ”",
                        "content/reports/bad.md:11:12: error: 第 11 行的值“*”以星号“*”开头，YAML 会把它当成别名（引用），"
                                + "请给整个值加上半角引号",
                        "indicators.yaml:4:1: error: 第 4 行的缩进用了 Tab，请改成半角空格")),
                Arguments.of("site-yaml-slips", List.of(
                        "site.yaml:5:17: error: 第 5 行的“0012000001”以 0 开头又没有加引号，YAML 会把它当成数字读，开头的 0 会丢失；"
                                + "请加上半角引号写成 \"0012000001\"",
                        "site.yaml:6:1: error: 第 6 行用了全角空格“　”，请改成半角空格")),
                Arguments.of("bad-base-url", List.of("site.yaml:2:11: error: base_url“www.example.gov.cn/sthjj”不是有效的网址",
                        "site.yaml:3:11: error: 不支持的语言“klingon”")),
                // Once internal errors: a chart block with no indicator, names the generator writes itself.
                Arguments.of("chart-no-indicators", List.of(
                        "content/reports/bad.md:13:13: error: 图表块的 indicators 是空的")),
                Arguments.of("reserved-names", List.of(
                        "content/reports/bad.md:4:9: error: “index.html”是 ecosite 在每个列表文件夹里自己使用的名字",
                        "content/reports/bad.md:5:9: error: “index.html”是 ecosite 在每个列表文件夹里自己使用的名字",
                        "content/reports/index.html.md:1:1: error: “index.html”是 ecosite 在每个列表文件夹里自己使用的名字")),
                // Every use of a forbidden address is told, not only the first.
                Arguments.of("link-repeated", List.of(
                        "content/reports/bad.md:7:7: error: 链接“javascript:alert(1)”使用了不允许的协议“javascript”",
                        "content/reports/bad.md:9:8: error: 链接“javascript:alert(1)”使用了不允许的协议“javascript”",
                        "content/reports/bad.md:9:36: error: 链接“javascript:alert(1)”使用了不允许的协议“javascript”",
                        "content/reports/bad.md:9:62: error: 链接“data:text/html,x”使用了不允许的协议“data”")),
                Arguments.of("site-yaml-scripts", List.of(
                        "site.yaml:6:21: error: “error_report_url”的网址“javascript:alert(document.cookie)”使用了不允许的协议“javascript”",
                        "site.yaml:7:10: error: “badge”的网址“data:image/svg+xml,x”使用了不允许的协议“data”",
                        "site.yaml:8:14: error: “badge_url”的网址“JavaScript:alert(1)”使用了不允许的协议“javascript”")));
    }

    /** Bad input the test makes: too long for the repository, or a name not every system can check out. */
    static Stream<Arguments> made() {
        String report = "---\ntitle: 一篇报告\ndate: 2024-06-06\nregion: %s\n%s---\n\n正文。\n";
        return Stream.of(
                Arguments.of("slug of 300 characters", (Consumer<Path>) site -> TestSites.write(
                        site.resolve("content/reports/bad.md"), report.formatted("测试县", "slug: " + "a".repeat(300)
                                + "\n")),
                        List.of("content/reports/bad.md:5:7: error: slug 太长：作为文件夹名有 300 个字节，最多 200 个")),
                Arguments.of("region of 86 Chinese characters", (Consumer<Path>) site -> TestSites.write(
                        site.resolve("content/reports/bad.md"), report.formatted("汉".repeat(86), "")),
                        List.of("content/reports/bad.md:4:9: error: region 太长：作为文件夹名有 258 个字节，最多 200 个")),
                Arguments.of("a backslash in a file name", (Consumer<Path>) site -> TestSites.write(
                        site.resolve("content/reports/a\\..\\b.md"), report.formatted("测试县", "")),
                        List.of("content/reports/a\\..\\b.md:1:1: error: 文件名或文件夹名含有反斜杠“\\”")),
                Arguments.of("16 MB of front matter", (Consumer<Path>) site -> TestSites.write(
                        site.resolve("content/reports/bad.md"), report.formatted("测试县", "summary: \""
                                + "x".repeat(16 << 20) + "\"\n")),
                        List.of("content/reports/bad.md:2:1: error: YAML 文本有 16777269 个字符，超过上限 262144")),
                Arguments.of("a value of 100,000 characters", (Consumer<Path>) site -> TestSites.write(
                        site.resolve("content/reports/bad.md"), report.formatted("测试县", "summary: '"
                                + "x".repeat(100_000) + "'\n")),
                        List.of("content/reports/bad.md:5:10: error: 这个值有 100000 个字符，超过上限 16384")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("made")
    void badInputMadeByTheTestIsReportedToo(String name, Consumer<Path> make, List<String> expected) {
        // A guard against a hang (the YAML scanner once never ended on this input), not a measure of speed: generous,
        // so a busy machine does not fail it.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(make, expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsTheProblemAndLeavesThePreviousSiteAlone(String fixture, List<String> expected) throws Exception {
        check(site -> TestSites.copyTree(TestSites.fixture("invalid/" + fixture), site), expected);
    }

    private void check(Consumer<Path> make, List<String> expected) throws Exception {
        Path site = TestSites.copy("invalid/_base", temp);
        make.accept(site);
        Path out = temp.resolve("public");
        TestSites.write(out.resolve(Output.MARKER), "");
        TestSites.write(out.resolve("index.html"), "<p>the previous site</p>");
        TestSites.write(out.resolve("reports/old/index.html"), "<p>an old page</p>");
        Map<String, byte[]> before = TestSites.snapshot(out);

        TestSites.Run run = TestSites.run("build", "--source", site.toString(), "--output", out.toString());

        assertEquals(1, run.exitCode(), run::toString);
        for (String line : expected) {
            assertTrue(run.err().contains(line), () -> "expected «" + line + "» in\n" + run);
        }
        assertFalse(run.err().contains("Exception"), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("构建失败：")), run::toString);

        Map<String, byte[]> after = TestSites.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), after.get(file), file);
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".public.")),
                    "no staging folder is left behind");
        }
        assertFalse(Files.exists(temp.resolve("tmp/owned")));
    }
}
