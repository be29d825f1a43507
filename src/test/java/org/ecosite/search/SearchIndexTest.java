package org.ecosite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The term files hold, for every term, exactly the reports whose text has it, in order: the same as
 * splitting each report with {@link Terms#of} would give, whether a term is a pair of Chinese
 * characters (kept by number while indexing), a lone character, a word or a pair outside the Basic
 * Multilingual Plane.
 */
class SearchIndexTest {

    private static final int REPORTS = 600;

    /** Report d: enough different pairs of characters that the index's tables grow several times. */
    private static String text(int d) {
        StringBuilder text = new StringBuilder("空气质量 PM2.5 第" + d + "号 水 𠀀𠀁好 ");
        for (int i = 0; i < 200; i++) {
            text.append((char) (0x4E00 + Integer.remainderUnsigned((d * 1_000_003 + i) * 0x9E3779B9, 20_000)));
        }
        return text.toString();
    }

    @Test
    void everyTermListsTheReportsThatHoldIt() throws IOException {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        SearchIndex.index(REPORTS, d -> new SearchIndex.Doc("t" + d, "r/" + d + "/", "2024-01-01", "2024年",
                "秀水县", text(d), text(d)), files::put).write(files::put);

        Map<String, List<Integer>> expected = new TreeMap<>();
        for (int d = 0; d < REPORTS; d++) {
            for (String term : Terms.of(text(d))) {
                List<Integer> docs = expected.computeIfAbsent(term, t -> new ArrayList<>());
                if (docs.isEmpty() || docs.get(docs.size() - 1) != d) {
                    docs.add(d);
                }
            }
        }

        Map<String, List<Integer>> written = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().startsWith(SearchIndex.FOLDER + "terms/")) {
                continue;
            }
            Map<String, List<Integer>> shard = json.readValue(new String(file.getValue(), StandardCharsets.UTF_8),
                    new TypeReference<Map<String, List<Integer>>>() { });
            shard.forEach((term, gaps) -> {
                List<Integer> docs = new ArrayList<>();
                int doc = 0;
                for (int gap : gaps) {
                    doc += gap;
                    docs.add(doc);
                }
                written.put(term, docs);
            });
        }
        assertTrue(expected.size() > 30_000, "the texts give more pairs than the tables start with, several times over: " + expected.size());
        assertTrue(written.containsKey("𠀀𠀁") && written.containsKey("水") && written.containsKey("pm2.5"),
                "pairs outside the BMP, lone characters and words are indexed");
        assertEquals(expected, written);
    }
}
