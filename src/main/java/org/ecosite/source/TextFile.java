package org.ecosite.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;

/**
 * Reads a text file editors wrote. Only UTF-8 is accepted, because a page that silently shows
 * mojibake is worse than a build that stops; a file that decodes as GBK (what Chinese Windows
 * saves by default) gets a message that says so and how to convert it. A byte-order mark is
 * dropped and Windows line ends become '\n', so line numbers match what the editor sees.
 */
public final class TextFile {

    private static final Charset GBK = Charset.forName("GB18030");

    private TextFile() {
    }

    /**
     * A fingerprint of bytes: CRC-32C beside the length. Two reads of a file, or two builds of a page, that
     * give the same fingerprint gave the same bytes (a change that keeps both is not made by an editor).
     */
    public static long digest(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return crc.getValue() << 32 | bytes.length & 0xffffffffL;
    }

    /** A text the program carries (a built-in catalog or calendar), beside the class {@code owner}. */
    public static String resource(Class<?> owner, String name) {
        try (java.io.InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @param path    the file on disk
     * @param display the file's name in problems (relative to the site folder)
     */
    public static Optional<String> read(Path path, String display, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.error(display, Position.START, "file.unreadable", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        return decode(bytes, display, problems);
    }

    public static Optional<String> decode(byte[] bytes, String display, Problems problems) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            problems.error(display, Position.START, "file.binary", display);
            return Optional.empty();
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            Position at = firstBadByte(bytes);
            String key = looksLikeGbk(bytes) ? "file.gbk" : "file.not_utf8";
            problems.error(display, at, key, display);
            return Optional.empty();
        }
        return Optional.of(normalise(text));
    }

    /**
     * A document to convert rather than a site file: UTF-8 when it is valid UTF-8, else GBK (read as
     * GB18030, its superset), which is what Chinese Windows saves plain text in; UTF-16 when it starts
     * with UTF-16's byte-order mark, which is what Word saves as "Unicode text". Empty for a binary
     * file or bytes that are none of these.
     *
     * @return the text with '\n' line ends, and the name of the encoding it was read in
     */
    public static Optional<Decoded> decodeUtf8OrGbk(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            try {
                // Java's UTF-16 decoder reads the byte order from the mark and drops it.
                String text = StandardCharsets.UTF_16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(new Decoded(normalise(text), "UTF-16"));
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }
        if (indexOf(bytes, (byte) 0) >= 0) {
            return Optional.empty();
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GBK}) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(new Decoded(normalise(text), charset == GBK ? "GBK" : "UTF-8"));
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return Optional.empty();
    }

    /** Decoded text and the encoding it was in. */
    public record Decoded(String text, String encoding) {
    }

    /** Drops a byte-order mark and makes every line end '\n', so line numbers match what an editor sees. */
    private static String normalise(String decoded) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    private static boolean looksLikeGbk(byte[] bytes) {
        try {
            GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Line and column of the first byte that is not UTF-8, so the editor can find it. */
    private static Position firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        int column = 1;
        out.flip();
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(out.charAt(i))) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
