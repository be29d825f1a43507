package org.ecosite.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import org.ecosite.config.Language;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * The Pebble engine of one build: autoescaping on (HTML from Markdown arrives as SafeString,
 * everything else is escaped), strict variables on (a misspelt variable fails the page instead
 * of printing nothing), an explicit locale. Built once, shared by all threads.
 */
public final class Templates {

    private final PebbleEngine engine;
    private final Theme theme;
    private final Language language;

    public Templates(Theme theme, ThemeStrings strings, String basePath) {
        this.theme = theme;
        this.language = strings.language();
        this.engine = new PebbleEngine.Builder()
                .loader(new ThemeLoader(theme.templates()))
                .extension(new EcositeExtension(strings, basePath))
                .strictVariables(true)
                .autoEscaping(true)
                .defaultLocale(language.locale())
                .newLineTrimming(true)
                .build();
    }

    public Theme theme() {
        return theme;
    }

    /** Renders a template; a template mistake comes back as {@link TemplateError} with its file and line. */
    public String render(String name, Map<String, Object> context) throws TemplateError {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            StringWriter out = new StringWriter(16_384);
            template.evaluate(out, context, language.locale());
            return out.toString();
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : e.getFileName();
            int line = e.getLineNumber() == null || e.getLineNumber() < 1 ? 1 : e.getLineNumber();
            throw new TemplateError(theme.display() + "/templates/" + (file.endsWith(".peb") ? file : file + ".peb"),
                    line, e.getPebbleMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mistake in a theme's template, located. */
    public static final class TemplateError extends Exception {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int line;

        TemplateError(String file, int line, String message) {
            super(message);
            this.file = file;
            this.line = line;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }
    }
}
