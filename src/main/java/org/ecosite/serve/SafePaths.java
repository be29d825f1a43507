package org.ecosite.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns the path of a request into a file under the served folder, or refuses it. Each segment is
 * decoded on its own, so an encoded slash, backslash or dot-dot ({@code %2F}, {@code %5C}, {@code %2e%2e})
 * can never form a way out; "." and ".." segments, NUL and malformed escapes are refused outright, and
 * what is left must still lie inside the folder once links are followed.
 */
final class SafePaths {

    /** Why a request path was refused, or where it led. */
    sealed interface Result permits Refused, Found {
    }

    record Refused() implements Result {
    }

    /** @param file the file (for a folder, the folder itself) */
    record Found(Path file) implements Result {
    }

    private SafePaths() {
    }

    /**
     * @param root     the served folder, absolute and normalised
     * @param relative the request's raw path after the base path, still percent-encoded
     */
    static Result resolve(Path root, String relative) {
        StringBuilder decoded = new StringBuilder();
        String[] segments = relative.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String raw = segments[i];
            if (raw.isEmpty()) {
                if (i == segments.length - 1 || i == 0 && segments.length == 1) {
                    continue;
                }
                return new Refused();
            }
            Optional<String> segment = decode(raw);
            if (segment.isEmpty()) {
                return new Refused();
            }
            String s = segment.get();
            if (s.equals(".") || s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0
                    || s.indexOf('\0') >= 0 || s.indexOf(':') >= 0) {
                return new Refused();
            }
            decoded.append(decoded.length() == 0 ? "" : "/").append(s);
        }
        Path file = root.resolve(decoded.toString()).normalize();
        if (!file.startsWith(root)) {
            return new Refused();
        }
        return new Found(file);
    }

    /** True when {@code file}, once every link is followed, is still inside {@code root}. */
    static boolean staysInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** A path segment decoded; a '+' stays a plus sign, a malformed escape is empty. */
    private static Optional<String> decode(String raw) {
        try {
            return Optional.of(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
