package org.ecosite.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecosite.model.Urls;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * What templates can call besides Pebble's own: {@code t('key', args…)} for the theme's words
 * and {@code asset('assets/site.css')} for a file's URL under the base path.
 */
final class EcositeExtension extends AbstractExtension {

    private final ThemeStrings strings;
    private final String basePath;

    EcositeExtension(ThemeStrings strings, String basePath) {
        this.strings = strings;
        this.basePath = basePath;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate(), "asset", new Asset());
    }

    /** Positional arguments arrive under the names "0", "1", … when a function declares none. */
    private static List<Object> positional(Map<String, Object> args) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; args.containsKey(String.valueOf(i)); i++) {
            values.add(args.get(String.valueOf(i)));
        }
        return values;
    }

    private final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            List<Object> values = positional(args);
            if (values.isEmpty()) {
                throw new PebbleException(null, "t() needs a key", line, self.getName());
            }
            try {
                return strings.get(String.valueOf(values.get(0)), values.subList(1, values.size()).toArray());
            } catch (IllegalArgumentException e) {
                throw new PebbleException(e, e.getMessage(), line, self.getName());
            }
        }
    }

    private final class Asset implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String path = String.valueOf(args.get("path"));
            return Urls.href(basePath, path.startsWith("/") ? path.substring(1) : path);
        }
    }
}
