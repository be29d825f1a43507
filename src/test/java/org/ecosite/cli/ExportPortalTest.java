package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ecosite.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ecosite export portal} on the demo and on a fixture with the names of a provincial standard:
 * fragments without the site around them and every address absolute, metadata in JSON and XML under the
 * documented (or configured) names, and a manifest whose hashes change only for the item that changed.
 */
class ExportPortalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The default names, as the README documents them. */
    private static final Set<String> DOCUMENTED = Set.of("id", "indexNo", "title", "publisher", "publishedDate",
            "updatedDate", "topics", "docNo", "column", "region", "url", "summary", "attachments");

    @TempDir
    Path temp;

    private TestSites.Run export(Path source, Path out) {
        return TestSites.run("export", "portal", "--source", source.toString(), "--output", out.toString());
    }

    @Test
    void theDemoExportsEveryReportAsAFragmentWithItsMetadata() throws IOException {
        Path source = temp.resolve("demo");
        TestSites.copyTree(Path.of("content"), source.resolve("content"));
        Files.copy(Path.of("site.yaml"), source.resolve("site.yaml"));
        Path out = temp.resolve("export");
        TestSites.Run run = export(source, out);
        assertEquals(0, run.exitCode(), run.toString());
        String base = "https://www.qingshan.gov.cn/sthjj/xxgk/";

        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(base, manifest.get("base_url").asText());
        List<String> ids = new ArrayList<>();
        manifest.get("items").forEach(i -> ids.add(i.get("id").asText()));
        // Every item of the demo: its reports, penalty decisions and EIA project.
        long items;
        try (var walk = Files.walk(source.resolve("content"))) {
            items = walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("_index.md")).count();
        }
        assertEquals(items, ids.size(), ids.toString());
        assertTrue(ids.contains("reports/2024/youyang-2024-01-05"), ids.toString());

        for (JsonNode entry : manifest.get("items")) {
            byte[] html = Files.readAllBytes(out.resolve(entry.get("html").asText()));
            byte[] json = Files.readAllBytes(out.resolve(entry.get("json").asText()));
            byte[] xml = Files.readAllBytes(out.resolve(entry.get("xml").asText()));
            assertEquals(sha256(html, json, xml), entry.get("sha256").asText(), "the manifest's hash is of the item's files");

            Document fragment = Jsoup.parseBodyFragment(new String(html, StandardCharsets.UTF_8));
            assertTrue(fragment.select("script, header, footer, nav.site-nav, nav.breadcrumbs, form, h1").isEmpty(),
                    entry.get("id") + ": no site around the article");
            for (Element e : fragment.select("[href], [src]")) {
                String address = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertTrue(address.startsWith("#") || address.startsWith("https://") || address.startsWith("http://")
                        || address.startsWith("mailto:"), entry.get("id") + ": " + address + " is not absolute");
                if (e.tagName().equals("img")) {
                    assertTrue(address.startsWith(base), address);
                    assertFalse(e.attr("alt").isBlank(), address + " has its text alternative");
                }
            }

            JsonNode meta = JSON.readTree(json);
            Set<String> keys = new TreeSet<>();
            meta.fieldNames().forEachRemaining(keys::add);
            assertTrue(DOCUMENTED.containsAll(keys), keys.toString());
            for (String required : List.of("id", "title", "publisher", "publishedDate", "url", "attachments")) {
                assertTrue(meta.hasNonNull(required), entry.get("id") + " has " + required);
            }
            assertEquals(base + entry.get("id").asText() + "/", meta.get("url").asText());

            org.w3c.dom.Element root = xml(xml);
            assertEquals("article", root.getTagName());
            for (String key : keys) {
                assertNotNull(child(root, key), entry.get("id") + ": XML has " + key);
            }
            assertEquals(meta.get("title").asText(), child(root, "title").getTextContent());
        }

        JsonNode youyang = JSON.readTree(out.resolve("items/reports/2024/youyang-2024-01-05/meta.json").toFile());
        assertEquals("11500242MB0000000X/2024-00012", youyang.get("indexNo").asText());
        assertEquals("酉阳自治县生态环境局", youyang.get("publisher").asText());
        assertEquals("2024-06-05", youyang.get("publishedDate").asText());
        assertTrue(youyang.get("topics").asText().contains("大气"), youyang.toString());
        JsonNode attachments = youyang.get("attachments");
        assertTrue(attachments.size() >= 2, attachments.toString());
        for (JsonNode a : attachments) {
            String path = a.get("url").asText().substring(base.length());
            assertEquals(Files.size(source.resolve(".ecosite-cache/export-site").resolve(path)), a.get("size").asLong(),
                    a.toString());
        }
        Document article = Jsoup.parseBodyFragment(Files.readString(
                out.resolve("items/reports/2024/youyang-2024-01-05/article.html")));
        assertFalse(article.select("figure.chart img[alt]").isEmpty(), "charts as pictures with their text");
        assertFalse(article.select("table caption").isEmpty(), "the figures' table");
    }

    @Test
    void namesOfAProvincialStandardAreHonouredAndOnlyAnEditedItemChangesItsHash() throws IOException {
        Path source = TestSites.copy("valid/basic", temp);
        Path yaml = source.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml) + """
                portal:
                  root: 信息
                  fields:
                    index_no: 索引号
                    title: 标题
                    published: 发布日期
                    attachments: 附件
                    attachment: 文件
                """);
        Path out = temp.resolve("export");
        TestSites.Run run = export(source, out);
        assertEquals(0, run.exitCode(), run.toString());
        Map<String, String> before = hashes(out);
        assertFalse(before.isEmpty());
        String first = before.keySet().iterator().next();
        JsonNode meta = JSON.readTree(out.resolve("items/" + first + "/meta.json").toFile());
        assertTrue(meta.has("标题") && meta.has("发布日期") && meta.has("附件") && !meta.has("title"), meta.toString());
        org.w3c.dom.Element xml = xml(Files.readAllBytes(out.resolve("items/" + first + "/meta.xml")));
        assertEquals("信息", xml.getTagName());
        assertNotNull(child(xml, "标题"));
        assertNotNull(child(xml, "附件"));

        Path report = source.resolve("content/reports/2023/annual.md");
        Files.writeString(report, Files.readString(report).replace("\n## ", "\n补充的一句话。\n\n## "));
        assertEquals(0, export(source, out).exitCode());
        Map<String, String> after = hashes(out);
        assertEquals(before.keySet(), after.keySet());
        Set<String> changed = new TreeSet<>();
        before.forEach((id, hash) -> {
            if (!hash.equals(after.get(id))) {
                changed.add(id);
            }
        });
        assertEquals(Set.of("reports/2023/annual"), changed);
    }

    @Test
    void aFieldNameXmlCannotTakeIsAnErrorAtItsLine() throws IOException {
        Path source = TestSites.copy("valid/basic", temp);
        Path yaml = source.resolve("site.yaml");
        String text = Files.readString(yaml);
        long line = text.lines().count() + 3;
        Files.writeString(yaml, text + "portal:\n  fields:\n    title: 1标题\n");
        TestSites.Run run = export(source, temp.resolve("export"));
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("site.yaml:" + line + ":12: error: “1标题”不能用作 XML 元素名"), run.err());
        assertFalse(Files.exists(temp.resolve("export")));
    }

    /** The root of an XML document, parsed by the JDK's parser: a file that is not well-formed fails here. */
    private static org.w3c.dom.Element xml(byte[] bytes) {
        try {
            return javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Map<String, String> hashes(Path out) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        JSON.readTree(out.resolve("manifest.json").toFile()).get("items")
                .forEach(i -> hashes.put(i.get("id").asText(), i.get("sha256").asText()));
        return hashes;
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
