package org.ecosite.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ecosite.feed.Xml;
import org.ecosite.output.Output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes every item of a built site for a portal's import: per item its article as an HTML fragment
 * ({@code article.html}) and its metadata as JSON ({@code meta.json}) and XML ({@code meta.xml}), under
 * {@code items/ID/}; and {@code manifest.json}, listing every item with a hash of its content so that a
 * portal imports only what changed. The folder is written beside its place and swapped in whole.
 */
public final class PortalExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PortalExport() {
    }

    /**
     * @param site the built site
     * @param base its base URL
     * @return the number of items written
     */
    public static int write(Path site, URI base, PortalFields fields, Path target) {
        List<PortalItem> items = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : (Iterable<Path>) walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted()::iterator) {
                Articles.read(site, base, page).ifPresent(items::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Output output = Output.begin(target)) {
            List<Map<String, Object>> manifest = new ArrayList<>();
            for (PortalItem item : items) {
                byte[] html = (item.fragment() + "\n").getBytes(StandardCharsets.UTF_8);
                byte[] json = json(metadata(item, fields));
                byte[] xml = xml(item, fields);
                String folder = "items/" + item.id() + "/";
                output.write(folder + "article.html", html);
                output.write(folder + "meta.json", json);
                output.write(folder + "meta.xml", xml);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", item.id());
                entry.put("url", item.url());
                entry.put("title", item.title());
                entry.put("published", item.published());
                item.updated().ifPresent(d -> entry.put("updated", d));
                entry.put("sha256", sha256(html, json, xml));
                entry.put("html", folder + "article.html");
                entry.put("json", folder + "meta.json");
                entry.put("xml", folder + "meta.xml");
                manifest.add(entry);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("base_url", base.toString());
            root.put("items", manifest);
            output.write("manifest.json", json(root));
            output.commit();
        }
        return items.size();
    }

    /** The metadata by the portal's names, fields the item lacks left out. */
    static Map<String, Object> metadata(PortalItem item, PortalFields fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Optional<String>> field : values(item).entrySet()) {
            field.getValue().ifPresent(v -> m.put(fields.name(field.getKey()), v));
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (PortalItem.Attachment a : item.attachments()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put(fields.name("attachment_name"), a.name());
            file.put(fields.name("attachment_url"), a.url());
            file.put(fields.name("attachment_size"), a.size());
            files.add(file);
        }
        m.put(fields.name("attachments"), files);
        return m;
    }

    private static Map<String, Optional<String>> values(PortalItem item) {
        Map<String, Optional<String>> v = new LinkedHashMap<>();
        v.put("id", Optional.of(item.id()));
        v.put("index_no", item.indexNo());
        v.put("title", Optional.of(item.title()));
        v.put("publisher", Optional.of(item.publisher()).filter(s -> !s.isEmpty()));
        v.put("published", Optional.of(item.published()).filter(s -> !s.isEmpty()));
        v.put("updated", item.updated());
        v.put("topics", item.topics());
        v.put("doc_no", item.docNo());
        v.put("column", item.column());
        v.put("region", item.region());
        v.put("url", Optional.of(item.url()));
        v.put("summary", item.summary());
        return v;
    }

    private static byte[] xml(PortalItem item, PortalFields fields) {
        return Xml.document(xml -> {
            xml.writeStartElement(fields.root());
            xml.writeCharacters("\n");
            for (Map.Entry<String, Optional<String>> field : values(item).entrySet()) {
                if (field.getValue().isPresent()) {
                    Xml.element(xml, fields.name(field.getKey()), field.getValue().get());
                }
            }
            xml.writeStartElement(fields.name("attachments"));
            xml.writeCharacters("\n");
            for (PortalItem.Attachment a : item.attachments()) {
                attachment(xml, fields, a);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private static void attachment(XMLStreamWriter xml, PortalFields fields, PortalItem.Attachment a)
            throws XMLStreamException {
        xml.writeStartElement(fields.name("attachment"));
        Xml.element(xml, fields.name("attachment_name"), a.name());
        Xml.element(xml, fields.name("attachment_url"), a.url());
        Xml.element(xml, fields.name("attachment_size"), String.valueOf(a.size()));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static byte[] json(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
