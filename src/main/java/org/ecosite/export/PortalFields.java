package org.ecosite.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ecosite.check.Problems;
import org.ecosite.config.SiteConfigLoader;
import org.ecosite.source.TextFile;
import org.ecosite.yaml.MappingReader;
import org.ecosite.yaml.YamlLoader;

/**
 * The names a portal's import expects for each metadata field, in JSON and as XML elements.
 * Provincial metadata standards name the same fields differently, so every name can be replaced in
 * {@code site.yaml} under {@code portal:}; the defaults are plain English identifiers.
 *
 * @param names   field id (as written in site.yaml) to its name in the exported files, in output order
 * @param root    the XML root element of one item's metadata
 */
public record PortalFields(Map<String, String> names, String root) {

    /** The field ids, in the order they are written, with their default names. */
    static final Map<String, String> DEFAULTS = defaults();
    static final String DEFAULT_ROOT = "article";
    private static final List<String> KEYS = List.of("root", "fields");
    /** An XML element name without a namespace prefix: Chinese names are allowed, as XML allows them. */
    private static final Pattern XML_NAME = Pattern.compile("(?!(?i:xml))[\\p{L}_][\\p{L}\\p{Nd}\\p{Mn}._-]*");

    public PortalFields {
        names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", "id");                          // the item's path under the base URL, stable between exports
        m.put("index_no", "indexNo");               // 索引号
        m.put("title", "title");                    // 标题
        m.put("publisher", "publisher");            // 发布机构
        m.put("published", "publishedDate");        // 发布日期
        m.put("updated", "updatedDate");            // 更新日期
        m.put("topics", "topics");                  // 主题分类
        m.put("doc_no", "docNo");                   // 文号
        m.put("column", "column");                  // 栏目
        m.put("region", "region");                  // 地区
        m.put("url", "url");                        // 原文地址
        m.put("summary", "summary");                // 摘要
        m.put("attachments", "attachments");        // 附件
        m.put("attachment", "attachment");          // one attachment (XML)
        m.put("attachment_name", "name");
        m.put("attachment_url", "url");
        m.put("attachment_size", "size");           // bytes
        return m;
    }

    public static PortalFields defaultNames() {
        return new PortalFields(DEFAULTS, DEFAULT_ROOT);
    }

    /** The name of field {@code id}. */
    String name(String id) {
        return names.get(id);
    }

    /** The names from the site's {@code site.yaml}, with problems at their line for names XML cannot take. */
    public static PortalFields load(Path site, Problems problems) {
        String file = SiteConfigLoader.FILE;
        Optional<MappingReader> portal = TextFile.read(site.resolve(file), file, problems)
                .flatMap(text -> YamlLoader.load(text, file, 1, problems))
                .flatMap(tree -> MappingReader.of(tree, file, file, problems))
                .flatMap(config -> config.child("portal"));
        if (portal.isEmpty()) {
            return defaultNames();
        }
        MappingReader p = portal.get();
        p.warnUnknownKeys(KEYS);
        String root = p.text("root", false).filter(name -> valid(p, "root", name)).orElse(DEFAULT_ROOT);
        Map<String, String> names = new LinkedHashMap<>(DEFAULTS);
        p.child("fields").ifPresent(fields -> {
            fields.warnUnknownKeys(DEFAULTS.keySet());
            for (String id : DEFAULTS.keySet()) {
                fields.text(id, false).filter(name -> valid(fields, id, name)).ifPresent(name -> names.put(id, name));
            }
        });
        p.child("fields").ifPresent(fields -> unique(fields, names));
        return new PortalFields(names, root);
    }

    /** Two fields of one item (or of one attachment) under one name would make one of them unreadable. */
    private static void unique(MappingReader fields, Map<String, String> names) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : names.entrySet()) {
            String scope = field.getKey().startsWith("attachment_") ? "attachment:" : "item:";
            String other = seen.putIfAbsent(scope + field.getValue(), field.getKey());
            if (other != null && fields.has(field.getKey())) {
                fields.problems().error(fields.file(), fields.valuePositionOf(field.getKey()), "export.duplicate_field_name",
                        field.getValue(), other);
            }
        }
    }

    private static boolean valid(MappingReader reader, String key, String name) {
        if (XML_NAME.matcher(name).matches()) {
            return true;
        }
        reader.problems().error(reader.file(), reader.valuePositionOf(key), "export.bad_field_name", name, key);
        return false;
    }
}
