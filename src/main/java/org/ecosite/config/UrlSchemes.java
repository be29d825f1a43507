package org.ecosite.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one allow-list of address schemes the site may link to, for links in Markdown and for the addresses of
 * site.yaml alike: {@code javascript:} runs code when clicked, {@code data:} can carry a whole page of it, and
 * no other scheme has a place on a public government site. Addresses are read as a browser reads them: tabs
 * and line breaks inside are dropped and leading controls and spaces ignored, so {@code java&#9;script:} is
 * {@code javascript:}.
 */
public final class UrlSchemes {

    private static final Set<String> ALLOWED = new TreeSet<>(List.of("http", "https", "mailto", "tel"));
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private UrlSchemes() {
    }

    /** The scheme of an address in lower case; empty for a path or a protocol-relative address. */
    public static Optional<String> scheme(String address) {
        Matcher m = SCHEME.matcher(asBrowsersRead(address));
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The scheme of an address when it is one the site may not use; empty when it is allowed or there is none. */
    public static Optional<String> forbidden(String address) {
        return scheme(address).filter(s -> !ALLOWED.contains(s));
    }

    /** The schemes allowed, for messages. */
    public static String allowed() {
        return String.join(", ", ALLOWED);
    }

    /** What the WHATWG URL parser keeps of an address before it looks for a scheme. */
    private static String asBrowsersRead(String address) {
        int start = 0;
        while (start < address.length() && address.charAt(start) <= ' ') {
            start++;
        }
        return address.substring(start).replaceAll("[\t\n\r]", "");
    }
}
