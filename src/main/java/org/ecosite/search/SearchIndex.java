package org.ecosite.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

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

    /**
     * Indexes every report and writes each one's text to {@code out} (path in the site, bytes), leaving
     * the manifest and the term files to {@link Indexed#write}.
     *
     * <p>Reports are made by {@code docs} one at a time as they are indexed and each one's text is
     * written at once, so the texts of the whole site are never held together: only the postings and
     * one manifest row per report are. A build makes each report's page in {@code docs}, as search asks
     * for the report, so its body is parsed and rendered and its text extracted once, and all are
     * forgotten together.
     *
     * @param count the number of reports
     * @param docs  report number (0 = newest) to the report as search sees it; called once per number, from
     *              several threads, consecutive numbers in order on one thread
     */
    public static Indexed index(int count, IntFunction<Doc> docs, BiConsumer<String, byte[]> out) {
        Row[] rows = new Row[count];
        Map<String, Postings> postings = postings(count, d -> {
            Doc doc = docs.apply(d);
            rows[d] = new Row(doc.title(), doc.route(), doc.dateIso(), doc.dateText(), doc.region());
            out.accept(FOLDER + "text/" + d + ".txt", doc.readable().getBytes(StandardCharsets.UTF_8));
            return doc.indexed();
        });
        return new Indexed(rows, postings);
    }

    /** Every report indexed: what is left to write is the manifest and the term files. */
    public static final class Indexed {
        private final Row[] rows;
        private final Map<String, Postings> postings;

        private Indexed(Row[] rows, Map<String, Postings> postings) {
            this.rows = rows;
            this.postings = postings;
        }

        /** Writes the manifest and the term files to {@code out}, the term files in parallel. */
        public void write(BiConsumer<String, byte[]> out) {
            writeFiles(rows, postings, out);
        }
    }

    private static void writeFiles(Row[] rows, Map<String, Postings> postings, BiConsumer<String, byte[]> out) {
        List<String> terms = new ArrayList<>(postings.keySet());
        java.util.Collections.sort(terms);
        long bytes = 0;
        for (String term : terms) {
            bytes += term.getBytes(StandardCharsets.UTF_8).length + 6L + 3L * postings.get(term).size;
        }
        int shards = 1;
        while (shards < MAX_SHARDS && bytes / shards > SHARD_BYTES) {
            shards *= 2;
        }
        List<List<String>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new ArrayList<>());
        }
        for (String term : terms) {
            byShard.get(Terms.shard(term, shards)).add(term);
        }

        List<String> regions = new ArrayList<>(new TreeSet<>(java.util.Arrays.stream(rows).map(Row::region).toList()));
        List<List<Object>> manifestRows = new ArrayList<>();
        for (Row row : rows) {
            manifestRows.add(List.of(row.title(), row.route(), row.dateIso(), row.dateText(),
                    regions.indexOf(row.region())));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("shards", shards);
        manifest.put("regions", regions);
        manifest.put("docs", manifestRows);
        out.accept(MANIFEST, json(manifest));
        java.util.stream.IntStream.range(0, shards).parallel().forEach(i ->
                out.accept(FOLDER + "terms/" + i + ".json", shard(byShard.get(i), postings)));
    }

    /** What the manifest keeps of a report once its text is indexed and written. */
    private record Row(String title, String route, String dateIso, String dateText, String region) {
    }

    /**
     * The reports holding each term, as the gaps between their numbers in a growing array of variable-length
     * bytes (seven bits a byte, the high bit set on all but the last): no boxing, no per-report sets, and
     * most gaps take one byte, so the postings of a large site take a quarter of what numbers would.
     */
    private static final class Postings {
        private byte[] bytes = new byte[4];
        private int length;
        private int size;
        private int last;

        /** Reports come in ascending order, so a term said twice in one report is the last number again. */
        void add(int doc) {
            if (size > 0 && last == doc) {
                return;
            }
            int gap = doc - last;
            int need = gap < 1 << 7 ? 1 : gap < 1 << 14 ? 2 : gap < 1 << 21 ? 3 : gap < 1 << 28 ? 4 : 5;
            if (length + need > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + need));
            }
            while (gap >= 0x80) {
                bytes[length++] = (byte) (gap & 0x7f | 0x80);
                gap >>>= 7;
            }
            bytes[length++] = (byte) gap;
            last = doc;
            size++;
        }

        void addAll(Postings later) {
            int number = 0;
            for (int gap : later.gaps()) {
                number += gap;
                add(number);
            }
        }

        /** The gaps in order, the first from 0: what the term files hold. */
        int[] gaps() {
            int[] all = new int[size];
            int at = 0;
            for (int i = 0; i < size; i++) {
                int gap = 0;
                int shift = 0;
                byte b;
                do {
                    b = bytes[at++];
                    gap |= (b & 0x7f) << shift;
                    shift += 7;
                } while (b < 0);
                all[i] = gap;
            }
            return all;
        }
    }

    /**
     * Postings of all reports. Slices of consecutive reports are indexed in parallel and joined in
     * order, so every list comes out sorted without sorting it.
     *
     * @param indexed report number to the text to index
     */
    private static Map<String, Postings> postings(int count, IntFunction<String> indexed) {
        int slices = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors() * 4));
        List<Map<String, Postings>> parts = java.util.stream.IntStream.range(0, slices).parallel().mapToObj(k -> {
            Map<String, Postings> part = new java.util.HashMap<>();
            Pairs pairs = new Pairs();
            int from = (int) ((long) count * k / slices);
            int to = (int) ((long) count * (k + 1) / slices);
            for (int d = from; d < to; d++) {
                int doc = d;
                Terms.each(indexed.apply(d), term -> part.computeIfAbsent(term, t -> new Postings()).add(doc),
                        pair -> pairs.add(pair, doc));
            }
            pairs.addTo(part);
            return part;
        }).toList();
        Map<String, Postings> all = new java.util.HashMap<>();
        for (Map<String, Postings> part : parts) {
            part.forEach((term, list) -> {
                Postings known = all.putIfAbsent(term, list);
                if (known != null) {
                    known.addAll(list);
                }
            });
        }
        return all;
    }

    /**
     * The postings of the two-character terms of one slice, keyed by the two characters as one int
     * ({@link Terms#each(String, java.util.function.Consumer, java.util.function.IntConsumer)}): a Chinese
     * report gives a term for every character of its text, and a string and a hash map lookup for each was
     * a tenth of a build's time. Open addressing with linear probing; 0 is never a key (both characters are
     * CJK), so it marks a free slot. Beside each key stands the last report added to its list: most pairs
     * of a report come again in the same report, and such a repeat is then found in the key's own cache
     * line, without reading its list.
     */
    private static final class Pairs {
        private static final int FIRST_BITS = 12;
        /** Key, then the last report added under it, for each slot. */
        private int[] slots = new int[2 << FIRST_BITS];
        private Postings[] lists = new Postings[1 << FIRST_BITS];
        /** 32 less the bits of a slot number: a slot is the top bits of the key's hash. */
        private int shift = 32 - FIRST_BITS;
        private int size;

        void add(int key, int doc) {
            int mask = lists.length - 1;
            int at = slot(key);
            while (slots[2 * at] != 0) {
                if (slots[2 * at] == key) {
                    if (slots[2 * at + 1] != doc) {
                        slots[2 * at + 1] = doc;
                        lists[at].add(doc);
                    }
                    return;
                }
                at = at + 1 & mask;
            }
            if (2 * (size + 1) > lists.length) {
                grow();
                add(key, doc);
                return;
            }
            slots[2 * at] = key;
            slots[2 * at + 1] = doc;
            size++;
            lists[at] = new Postings();
            lists[at].add(doc);
        }

        /** Adds every list to {@code terms} under its term as a string. */
        void addTo(Map<String, Postings> terms) {
            for (int i = 0; i < lists.length; i++) {
                if (slots[2 * i] != 0) {
                    terms.put(Terms.pair(slots[2 * i]), lists[i]);
                }
            }
        }

        private int slot(int key) {
            // Fibonacci hashing: the top bits of the product depend on every bit of the key, whose low bits
            // alone follow the second character. All the bits a slot number needs, however large the table.
            return key * 0x9E3779B9 >>> shift;
        }

        private void grow() {
            int[] oldSlots = slots;
            Postings[] oldLists = lists;
            slots = new int[oldSlots.length * 2];
            lists = new Postings[oldLists.length * 2];
            shift--;
            int mask = lists.length - 1;
            for (int i = 0; i < oldLists.length; i++) {
                if (oldSlots[2 * i] != 0) {
                    int at = slot(oldSlots[2 * i]);
                    while (slots[2 * at] != 0) {
                        at = at + 1 & mask;
                    }
                    slots[2 * at] = oldSlots[2 * i];
                    slots[2 * at + 1] = oldSlots[2 * i + 1];
                    lists[at] = oldLists[i];
                }
            }
        }
    }

    /** One shard: {"term":[first report, gap, gap, …], …}, terms in sorted order. */
    private static byte[] shard(List<String> terms, Map<String, Postings> postings) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.writeStartObject();
            for (String term : terms) {
                Postings p = postings.get(term);
                json.writeFieldName(term);
                json.writeStartArray();
                for (int gap : p.gaps()) {
                    json.writeNumber(gap);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index could not be written as JSON", e);
        }
    }
}
