package org.ecosite.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the search index of a site: the files the search page's script reads.
 *
 * <pre>
 * search/index.json       {"version":1,"shards":N,"regions":[…],"docs":[[title, route, iso date, date text, region], …]}
 * search/terms/K.json     {"term":[doc, gap, gap, …], …}   the reports holding each term whose shard is K
 * search/text/D.txt       summary and body of report D as plain text, read for the snippet of a result
 * </pre>
 *
 * A query needs only the small manifest and one shard per term, whatever the size of the site;
 * the text of a report is read only when it is shown as a result. Document numbers follow the
 * order given (the site's newest-first order), so "newest first" is "smallest number first".
 * Posting lists hold gaps between document numbers, which keeps the numbers short.
 */
public final class SearchIndex {

    public static final String FOLDER = "search/";
    public static final String MANIFEST = FOLDER + "index.json";
    /** A shard the size of a small image: a query on a phone reads a few of them. */
    private static final int SHARD_BYTES = 32 * 1024;
    private static final int MAX_SHARDS = 4096;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {
    }

    /**
     * A report as search sees it.
     *
     * @param route    its route under the base path, e.g. {@code reports/2024/a/}
     * @param indexed  every text a reader may search for: title, summary, region, topics, numbers, body
     * @param readable what a result shows its snippet from: summary and body
     */
    public record Doc(String title, String route, String dateIso, String dateText, String region, String indexed,
                      String readable) {
    }

    /** The index files by their path in the site. */
    public static Map<String, byte[]> write(List<Doc> docs) {
        Map<String, TreeSet<Integer>> postings = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (String term : Terms.of(docs.get(d).indexed())) {
                postings.computeIfAbsent(term, t -> new TreeSet<>()).add(d);
            }
        }
        Map<String, List<Integer>> gaps = new TreeMap<>();
        long bytes = 0;
        for (Map.Entry<String, TreeSet<Integer>> e : postings.entrySet()) {
            List<Integer> list = new ArrayList<>(e.getValue().size());
            int last = 0;
            for (int d : e.getValue()) {
                list.add(d - last);
                last = d;
            }
            gaps.put(e.getKey(), list);
            bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length + 6L + 3L * list.size();
        }
        int shards = 1;
        while (shards < MAX_SHARDS && bytes / shards > SHARD_BYTES) {
            shards *= 2;
        }
        List<Map<String, List<Integer>>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        for (Map.Entry<String, List<Integer>> e : gaps.entrySet()) {
            byShard.get(Terms.shard(e.getKey(), shards)).put(e.getKey(), e.getValue());
        }

        Map<String, byte[]> files = new TreeMap<>();
        List<String> regions = new ArrayList<>(new TreeSet<>(docs.stream().map(Doc::region).toList()));
        List<List<Object>> rows = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            rows.add(List.of(doc.title(), doc.route(), doc.dateIso(), doc.dateText(), regions.indexOf(doc.region())));
            files.put(FOLDER + "text/" + d + ".txt", doc.readable().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("shards", shards);
        manifest.put("regions", regions);
        manifest.put("docs", rows);
        files.put(MANIFEST, json(manifest));
        for (int i = 0; i < shards; i++) {
            files.put(FOLDER + "terms/" + i + ".json", json(byShard.get(i)));
        }
        return files;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index could not be written as JSON", e);
        }
    }
}
