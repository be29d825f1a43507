package org.ecosite.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * The preview server's error panel: laid over a page when the last rebuild failed, showing the same
 * problems the terminal shows. It belongs to no theme and never reaches the published site. Written
 * with Pebble so the problem text, which quotes the editor's own lines, is escaped like any page text.
 */
public final class Overlay {

    private static final String PANEL = """
            <div id="ecosite-overlay" role="alertdialog" aria-modal="true" aria-labelledby="ecosite-overlay-title" \
            style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.86);\
            padding:4vh 3vw;font:16px/1.5 sans-serif;color:#1a1a1a">
            <div style="max-width:960px;margin:0 auto;background:#fff;border-top:6px solid #b3261e;padding:1.2em 1.5em">
            <h2 id="ecosite-overlay-title" style="margin:0 0 .5em;font-size:1.3em;color:#b3261e">{{ title }}</h2>
            <p style="margin:0 0 1em">{{ note }}</p>
            <pre style="white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:1em;margin:0;\
            font:14px/1.45 monospace">{{ problems }}</pre>
            <p style="margin:1em 0 0"><button type="button" id="ecosite-overlay-close" \
            style="font:inherit;padding:.4em 1.2em;min-height:44px">{{ close }}</button></p>
            </div>
            </div>
            """;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="{{ lang }}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ title }}</title></head>
            <body>
            </body>
            </html>
            """;

    private final PebbleTemplate panel;
    private final PebbleTemplate page;

    public Overlay() {
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true)
                .strictVariables(true).newLineTrimming(false).defaultLocale(Locale.ROOT).build();
        this.panel = engine.getTemplate(PANEL);
        this.page = engine.getTemplate(PAGE);
    }

    /**
     * The panel as HTML.
     *
     * @param problems the problems as the terminal shows them, one or more lines
     */
    public String panel(String title, String note, String problems, String close) {
        return render(panel, Map.of("title", title, "note", note, "problems", problems, "close", close));
    }

    /** A page of its own, for when no build has succeeded yet and there is no page to lay the panel over. */
    public String emptyPage(String lang, String title) {
        return render(page, Map.of("lang", lang, "title", title));
    }

    private static String render(PebbleTemplate template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
