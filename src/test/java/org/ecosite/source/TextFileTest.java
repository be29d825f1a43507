package org.ecosite.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.junit.jupiter.api.Test;

class TextFileTest {

    @Test
    void dropsTheByteOrderMarkAndWindowsLineEnds() {
        Problems problems = new Problems();
        String text = TextFile.decode("\uFEFFa\r\nb\r\n".getBytes(StandardCharsets.UTF_8), "f", problems).orElseThrow();
        assertEquals("a\nb\n", text);
    }

    @Test
    void recognisesGbkAndPointsAtTheFirstBadByte() {
        Problems problems = new Problems();
        byte[] bytes = "标题\n第二行生态".getBytes(Charset.forName("GB18030"));
        byte[] mixed = new byte[bytes.length + 4];
        System.arraycopy("ok\n".getBytes(StandardCharsets.UTF_8), 0, mixed, 0, 3);
        System.arraycopy(bytes, 0, mixed, 3, bytes.length);
        assertTrue(TextFile.decode(java.util.Arrays.copyOf(mixed, 3 + bytes.length), "f", problems).isEmpty());
        assertEquals("file.gbk", problems.sorted().get(0).key());
        assertEquals(new Position(2, 1), problems.sorted().get(0).position());
    }

    @Test
    void refusesBinaryFiles() {
        Problems problems = new Problems();
        assertTrue(TextFile.decode(new byte[] {'a', 0, 'b'}, "f", problems).isEmpty());
        assertEquals("file.binary", problems.sorted().get(0).key());
    }
}
