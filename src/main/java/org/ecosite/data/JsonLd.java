package org.ecosite.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Structured data for search engines and aggregators (schema.org in JSON-LD): {@code Report} on
 * report pages, {@code Dataset} on indicator pages. The JSON is safe inside a
 * {@code <script>} element: '<', '>' and '&' are written as escapes, so no text can close it.
 */
public final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafe());
    }

    private JsonLd() {
    }

    /** A report page. */
    public static String report(String url, String title, LocalDate published, Optional<LocalDate> modified,
                                String publisher, String region, Optional<String> indexNo, Optional<String> docNo,
                                List<String> topics, String language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "Report");
        m.put("@id", url);
        m.put("url", url);
        m.put("name", title);
        m.put("inLanguage", language);
        m.put("datePublished", published.toString());
        modified.ifPresent(d -> m.put("dateModified", d.toString()));
        m.put("publisher", object("@type", "GovernmentOrganization", "name", publisher));
        m.put("spatialCoverage", object("@type", "Place", "name", region));
        indexNo.ifPresent(no -> m.put("identifier", no));
        docNo.ifPresent(no -> m.put("reportNumber", no));
        // 主题分类: search engines and the portal export read the topics from here.
        if (!topics.isEmpty()) {
            m.put("keywords", topics);
        }
        return write(m);
    }

    /**
     * An indicator's data.
     *
     * @param downloads file URL by media type
     */
    public static String dataset(String url, String name, String description, String publisher, List<String> regions,
                                 LocalDate from, LocalDate to, String unit, Map<String, String> downloads,
                                 String language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "Dataset");
        m.put("@id", url);
        m.put("url", url);
        m.put("name", name);
        m.put("description", description);
        m.put("inLanguage", language);
        m.put("creator", object("@type", "GovernmentOrganization", "name", publisher));
        m.put("temporalCoverage", from + "/" + to);
        m.put("spatialCoverage", regions.stream().map(r -> object("@type", "Place", "name", r)).toList());
        m.put("variableMeasured", unit.isEmpty() ? name : name + " (" + unit + ")");
        m.put("distribution", downloads.entrySet().stream().map(e -> object("@type", "DataDownload",
                "encodingFormat", e.getKey(), "contentUrl", e.getValue())).toList());
        return write(m);
    }

    /**
     * A JSON object with its keys in the order given. Not {@code Map.of}: its order changes from one
     * run of the JVM to the next, and the pages must not.
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String write(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Escapes the characters that could end a script element or start markup. */
    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
