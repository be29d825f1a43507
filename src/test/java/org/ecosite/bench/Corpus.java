package org.ecosite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates a synthetic site of N reports for benchmarks: 3–8 KB of Chinese Markdown each, made
 * of sentences from the demo reports, with five indicators, a region, a year and topics. The
 * same reports are written twice: as an ecosite site and as a Hugo site with a minimal theme of
 * equal reach (a page per report, lists per section, region, year and topic), so both tools
 * build the same corpus. Deterministic: the same N gives the same files.
 *
 * <pre>java ... org.ecosite.bench.Corpus OUT N [charts|nocharts|svg]</pre>
 */
public final class Corpus {

    private static final String[] REGIONS = {"东城县", "西山县", "南湖区", "北塘县", "青溪县", "白石县", "长岭县",
        "金沙县", "云台区", "石门县", "清水县", "红岩县", "桃源县", "松林县", "梅江区", "柳河县", "竹山县", "凤鸣县",
        "龙泉县", "秀水县"};
    private static final String[] TOPICS = {"大气", "水", "土壤", "固废", "督察整改", "执法", "生态"};
    private static final String[] HEADINGS = {"一、总体情况", "二、主要工作", "三、存在的问题", "四、下一步工作安排"};

    private Corpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        String charts = args.length > 2 ? args[2] : "charts";
        List<String> sentences = sentences(Path.of(args.length > 3 ? args[3] : "content"));
        write(out.resolve("ecosite"), out.resolve("hugo"), n, charts, sentences);
        System.out.printf("corpus of %d reports in %s (ecosite/ and hugo/)%n", n, out);
    }

    /** Sentences of the demo reports, the raw material of every generated body. */
    static List<String> sentences(Path content) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
                String text = Files.readString(f);
                int end = text.indexOf("\n---", 3);
                for (String line : text.substring(end < 0 ? 0 : end + 4).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    for (String s : line.split("(?<=。)")) {
                        // Prose without figures: the demo's redactions (\*, x) and its one impossible figure would
                        // make every generated report warn, which a real site's reports do not.
                        if (s.length() > 12 && !s.matches(".*[0-9０-９*＊xX].*")) {
                            sentences.add(s.strip());
                        }
                    }
                }
            }
        }
        return sentences;
    }

    static void write(Path ecosite, Path hugo, int n, String charts, List<String> sentences) throws IOException {
        Random random = new Random(20240605L + n);
        Files.createDirectories(ecosite.resolve("content/reports"));
        Files.createDirectories(hugo.resolve("content/reports"));
        String chartsYaml = switch (charts) {
            case "nocharts" -> "charts:\n  enabled: false\n";
            case "svg" -> "charts:\n  png: false\n";
            default -> "";
        };
        Files.writeString(ecosite.resolve("site.yaml"), "title: 示例市生态环境局 · 环境信息公开\n"
                + "base_url: https://sthjj.example.gov.cn/xxgk/\nlanguage: zh-CN\norganization: 示例市生态环境局\n"
                + "footer:\n  host: 示例市人民政府办公室\n  site_id_code: \"5099990001\"\n  icp: 渝ICP备00000000号\n"
                + chartsYaml);
        Files.writeString(ecosite.resolve("content/reports/_index.md"), "---\ntitle: 工作报告\n---\n");
        writeHugoTheme(hugo);
        for (int i = 0; i < n; i++) {
            String region = REGIONS[i % REGIONS.length];
            int year = 2016 + (i / REGIONS.length) % 10;
            int half = (i / (REGIONS.length * 10)) % 3;
            String period = half == 0 ? year + "-H1" : half == 1 ? year + "-H2" : String.valueOf(year);
            LocalDate date = half == 0 ? LocalDate.of(year, 7, 10) : LocalDate.of(year + 1, 1, 20);
            date = date.plusDays(i % 17);
            long days = half == 0 ? (LocalDate.of(year, 6, 30).toEpochDay() - LocalDate.of(year, 1, 1).toEpochDay() + 1)
                    : half == 1 ? 184 : LocalDate.of(year, 12, 31).getDayOfYear();
            List<String> topics = List.of(TOPICS[i % TOPICS.length], TOPICS[(i / 3 + 2) % TOPICS.length]);
            String title = region + year + (half == 0 ? "年上半年" : half == 1 ? "年下半年" : "年") + "生态环境保护工作总结（第"
                    + (i + 1) + "号）";
            String body = body(random, sentences, 3000 + random.nextInt(5000));
            int goodDays = (int) (days * (0.7 + random.nextDouble() * 0.29));
            String indicators = "indicators:\n"
                    + "  - id: pm25\n    value: " + (18 + random.nextInt(30)) + "\n"
                    + "  - id: pm10\n    value: " + (40 + random.nextInt(50)) + "\n"
                    + "  - id: good_air_rate\n    value: " + (70 + random.nextInt(300) / 10.0) + "\n"
                    + "  - id: good_air_days\n    value: " + goodDays + "\n"
                    + "  - id: complaints_received\n    value: " + (10 + random.nextInt(400)) + "\n";
            String name = String.format("r%05d", i);
            String common = "title: \"" + title + "\"\ndate: " + date + "\n";
            String own = "---\n" + common + "region: " + region + "\nperiod: " + period + "\nindex_no: \"EX/" + year + "-"
                    + String.format("%05d", i) + "\"\ntopics: [" + String.join(", ", topics) + "]\nsummary: "
                    + region + "生态环境保护工作情况。\n" + indicators + "---\n\n" + body;
            String theirs = "---\n" + common + "regions: [\"" + region + "\"]\nyears: [\"" + year + "\"]\ntopics: ["
                    + String.join(", ", topics.stream().map(t -> "\"" + t + "\"").toList()) + "]\nsummary: "
                    + region + "生态环境保护工作情况。\n" + indicators + "---\n\n" + body;
            Path mine = ecosite.resolve("content/reports/" + year + "/" + name + ".md");
            Path hers = hugo.resolve("content/reports/" + year + "/" + name + ".md");
            Files.createDirectories(mine.getParent());
            Files.createDirectories(hers.getParent());
            Files.writeString(mine, own, StandardCharsets.UTF_8);
            Files.writeString(hers, theirs, StandardCharsets.UTF_8);
        }
    }

    private static String body(Random random, List<String> sentences, int targetBytes) {
        StringBuilder body = new StringBuilder();
        int heading = 0;
        while (body.toString().getBytes(StandardCharsets.UTF_8).length < targetBytes) {
            if (heading < HEADINGS.length && (body.length() == 0 || random.nextInt(4) == 0)) {
                body.append("## ").append(HEADINGS[heading++]).append("\n\n");
            }
            for (int s = 0; s < 3 + random.nextInt(4); s++) {
                body.append(sentences.get(random.nextInt(sentences.size())));
            }
            body.append("\n\n");
        }
        return body.toString();
    }

    /** A minimal Hugo theme that publishes what ecosite publishes: report pages and paged lists. */
    private static void writeHugoTheme(Path hugo) {
        try {
            Files.writeString(hugo.resolve("hugo.yaml"), """
                    baseURL: https://sthjj.example.gov.cn/xxgk/
                    languageCode: zh-CN
                    title: 示例市生态环境局 · 环境信息公开
                    disableKinds: [RSS]
                    taxonomies:
                      region: regions
                      year: years
                      topic: topics
                    pagination:
                      pagerSize: 20
                    paginate: 20
                    """);
            Path layouts = hugo.resolve("layouts/_default");
            Files.createDirectories(layouts);
            Files.writeString(layouts.resolve("baseof.html"), """
                    <!DOCTYPE html>
                    <html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
                    <link rel="stylesheet" href="{{ "site.css" | relURL }}"></head>
                    <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
                    <main>{{ block "main" . }}{{ end }}</main>
                    <footer>示例市人民政府办公室 网站标识码 5099990001</footer></body></html>
                    """);
            Files.writeString(layouts.resolve("single.html"), """
                    {{ define "main" }}<article><h1>{{ .Title }}</h1>
                    <dl><dt>发布日期</dt><dd>{{ .Date.Format "2006-01-02" }}</dd><dt>地区</dt><dd>{{ delimit .Params.regions "、" }}</dd></dl>
                    <nav>{{ .TableOfContents }}</nav>
                    <table>{{ range .Params.indicators }}<tr><th>{{ .id }}</th><td>{{ .value }}</td></tr>{{ end }}</table>
                    {{ .Content }}</article>{{ end }}
                    """);
            Files.writeString(layouts.resolve("list.html"), """
                    {{ define "main" }}<h1>{{ .Title }}</h1><ul>
                    {{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time> {{ .Params.summary }}</li>{{ end }}
                    </ul>{{ template "_internal/pagination.html" . }}{{ end }}
                    """);
            Files.writeString(layouts.resolve("terms.html"), """
                    {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                    """);
            Files.createDirectories(hugo.resolve("static"));
            Files.writeString(hugo.resolve("static/site.css"), "body{font-family:sans-serif}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
