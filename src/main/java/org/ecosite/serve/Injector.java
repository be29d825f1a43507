package org.ecosite.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Adds the reload script, and the error panel when the last build failed, to an HTML page as it is
 * sent: before {@code </body>}, or at the end when the page has none. The file on disk is not touched,
 * so the page a build wrote and the page a browser gets differ only while previewing.
 */
final class Injector {

    static final String SCRIPT_PATH = "/__ecosite/live.js";

    private Injector() {
    }

    static byte[] inject(byte[] page, int build, String panel) {
        String html = new String(page, StandardCharsets.UTF_8);
        String snippet = panel + "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + build + "\"></script>\n";
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? html + snippet : html.substring(0, at) + snippet + html.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
