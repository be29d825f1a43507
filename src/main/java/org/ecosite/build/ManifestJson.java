package org.ecosite.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The last build's manifest as JSON, read and written with Jackson's streaming parser and generator.
 * A rebuild with nothing changed reads it and little else: an ObjectMapper took longer to make and to
 * learn the records than the whole rest of that rebuild of the demo, and a tenth of one of 10,000
 * reports, whose manifest lists 43,000 files.
 *
 * <pre>{"inputs":"…","files":{"path":size,…},"problems":[{"file":…,"line":…,"column":…,"severity":…,
 * "key":…,"args":[…]},…],"pages":N,"charts":N,"language":"zh-CN"}</pre>
 */
final class ManifestJson {

    /**
     * Without the table of field names a parser keeps by default: each file's path is a field name seen once,
     * and adding 43,000 of them to that table was half the time of reading the manifest, a twelfth of a
     * rebuild of 10,000 reports with nothing changed.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    private ManifestJson() {
    }

    static void write(Path file, UpToDate.Manifest manifest) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("inputs", manifest.inputs());
            json.writeObjectFieldStart("files");
            for (Map.Entry<String, Long> f : manifest.files().entrySet()) {
                json.writeNumberField(f.getKey(), f.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("problems");
            for (UpToDate.Saved p : manifest.problems()) {
                json.writeStartObject();
                json.writeStringField("file", p.file());
                json.writeNumberField("line", p.line());
                json.writeNumberField("column", p.column());
                json.writeStringField("severity", p.severity());
                json.writeStringField("key", p.key());
                json.writeArrayFieldStart("args");
                for (String arg : p.args()) {
                    json.writeString(arg);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("pages", manifest.pages());
            json.writeNumberField("charts", manifest.charts());
            json.writeStringField("language", manifest.language());
            json.writeEndObject();
        }
    }

    /** The manifest in {@code file}; an {@link IOException} when it is not one (the build then runs). */
    static UpToDate.Manifest read(Path file) throws IOException {
        String inputs = null;
        String language = null;
        Map<String, Long> files = null;
        List<UpToDate.Saved> problems = new ArrayList<>();
        int pages = 0;
        int charts = 0;
        try (JsonParser json = JSON.createParser(file.toFile())) {
            expect(json, JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                switch (name) {
                    case "inputs" -> inputs = json.getValueAsString();
                    case "language" -> language = json.getValueAsString();
                    case "pages" -> pages = json.getIntValue();
                    case "charts" -> charts = json.getIntValue();
                    case "files" -> files = files(json);
                    case "problems" -> {
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            problems.add(problem(json));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        }
        if (inputs == null || files == null || language == null) {
            throw new IOException("not a manifest: " + file);
        }
        return new UpToDate.Manifest(inputs, files, problems, pages, charts, language);
    }

    private static Map<String, Long> files(JsonParser json) throws IOException {
        Map<String, Long> files = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String path = json.currentName();
            json.nextToken();
            files.put(path, json.getLongValue());
        }
        return files;
    }

    private static UpToDate.Saved problem(JsonParser json) throws IOException {
        String file = null;
        String severity = null;
        String key = null;
        int line = 0;
        int column = 0;
        List<String> args = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            switch (name) {
                case "file" -> file = json.getValueAsString();
                case "line" -> line = json.getIntValue();
                case "column" -> column = json.getIntValue();
                case "severity" -> severity = json.getValueAsString();
                case "key" -> key = json.getValueAsString();
                case "args" -> {
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        args.add(json.getValueAsString());
                    }
                }
                default -> json.skipChildren();
            }
        }
        return new UpToDate.Saved(file, line, column, severity, key, args);
    }

    private static void expect(JsonParser json, JsonToken token) throws IOException {
        if (json.nextToken() != token) {
            throw new IOException("not a manifest: expected " + token);
        }
    }
}
