package org.ecosite.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@code Host} a request to the preview may name. With DNS rebinding, a page on any web site can
 * make a name of its own point at 127.0.0.1 and then read the preview, drafts included, as its own
 * origin; the one thing such a request cannot hide is that name in its {@code Host} header. So the
 * preview answers only requests for loopback names ({@code localhost}, {@code *.localhost}, loopback
 * addresses), for the host it was told to bind to, and, when bound to every interface, for any IP address
 * (an address is no name anyone can point elsewhere).
 */
final class Hosts {

    /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}. */
    private static final Pattern HOST = Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]]+)(?::\\d{1,5})?$");
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    private final String bound;
    private final boolean everywhere;

    Hosts(InetSocketAddress address) {
        this.bound = name(address.getHostString());
        this.everywhere = address.getAddress() != null && address.getAddress().isAnyLocalAddress();
    }

    /** True when a request with this {@code Host} header (null when it has none) may be answered. */
    boolean allows(String header) {
        if (header == null) {
            return true;   // HTTP/1.0 without a Host: no browser sends such a request, so no page can
        }
        Matcher m = HOST.matcher(header.strip());
        if (!m.matches()) {
            return false;
        }
        String host = name(m.group(1));
        if (host.equals("localhost") || host.endsWith(".localhost") || host.equals(bound)) {
            return true;
        }
        return address(host).map(a -> a.isLoopbackAddress() || everywhere).orElse(false);
    }

    /** A host name as compared: lower case, without a final dot or IPv6 brackets. */
    private static String name(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** The address an IP literal names; empty for a name, which is never looked up. */
    private static Optional<InetAddress> address(String host) {
        try {
            if (IPV4.matcher(host).matches()) {
                byte[] bytes = new byte[4];
                String[] parts = host.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(parts[i]);
                    if (part > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            // In brackets, only an IPv6 literal is accepted, and nothing is looked up.
            return host.contains(":") ? Optional.of(InetAddress.getByName("[" + host + "]")) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
