package org.ecosite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.ecosite.testing.TestSites;

/**
 * Makes a site of many reports from the demo's five real ones, to measure what grows with the
 * number of reports. Each synthetic report takes paragraphs from all five seeds in a new order,
 * with its figures changed, a region from forty and a date from ten years, so the text is real
 * report language and the index holds as many distinct documents as there are reports.
 * Deterministic: the same count gives the same site.
 */
public final class SyntheticCorpus {

    private static final int SEEDS = 5;
    private static final List<String> TOPICS = List.of("大气", "水", "土壤", "固废", "督察整改", "执法", "生态", "综合");

    private SyntheticCorpus() {
    }

    /** Writes a site of {@code count} reports into {@code into} and returns it. */
    public static Path write(Path demo, Path into, int count) {
        List<String> paragraphs = paragraphs(demo.resolve("content"));
        // The seeds' mean body length, so that synthetic reports are as long as real ones on average.
        int mean = paragraphs.stream().mapToInt(String::length).sum() / SEEDS;
        Random random = new Random(20240605L);
        TestSites.write(into.resolve("site.yaml"), TestSites.read(demo.resolve("site.yaml")));
        for (int i = 0; i < count; i++) {
            int year = 2015 + i % 10;
            String region = "第" + (1 + i % 40) + "县";
            StringBuilder body = new StringBuilder();
            int length = mean / 2 + random.nextInt(mean);
            while (body.length() < length) {
                String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
                body.append(paragraph.replaceAll("\\d+(\\.\\d+)?", String.valueOf(random.nextInt(2000))))
                        .append("\n\n");
            }
            String topics = String.join(", ", TOPICS.subList(i % 4, i % 4 + 3));
            String text = "---\ntitle: " + year + "年" + region + "生态环境保护工作报告（第" + (i + 1) + "号）\n"
                    + "date: " + (year + 1) + "-0" + (1 + i % 9) + "-1" + (i % 10) + "\n"
                    + "region: " + region + "\nperiod: \"" + year + "\"\ntopics: [" + topics + "]\n"
                    + "summary: " + region + year + "年生态环境保护工作的主要做法、成效和存在的问题。\n---\n\n" + body;
            TestSites.write(into.resolve("content/reports/" + year + "/r" + i + ".md"), text);
        }
        return into;
    }

    /** The body paragraphs of the demo's reports, headings included. */
    private static List<String> paragraphs(Path content) {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
                if (file.getFileName().toString().startsWith("_")) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String body = text.substring(text.indexOf("\n---", 3) + 4);
                for (String p : body.split("\n\\s*\n")) {
                    if (!p.isBlank()) {
                        paragraphs.add(p.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paragraphs;
    }
}
