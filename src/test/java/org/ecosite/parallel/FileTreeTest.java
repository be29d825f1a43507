package org.ecosite.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {

    @TempDir
    Path root;

    @Test
    void everyFileAtEveryDepthWithItsSizeAndNoFolders() throws IOException {
        write("index.html", "home");
        for (int year = 2016; year <= 2025; year++) {
            for (int r = 0; r < 30; r++) {
                write("reports/" + year + "/r" + r + "/index.html", "report " + year + " " + r);
                write("reports/" + year + "/r" + r + "/charts/a.svg", "<svg/>");
            }
        }
        Files.createDirectories(root.resolve("empty/folder"));
        Map<String, BasicFileAttributes> files = FileTree.of(root, a -> a);
        assertEquals(1 + 10 * 30 * 2, files.size());
        assertEquals(4, files.get("index.html").size());
        assertEquals("report 2019 7".length(), files.get("reports/2019/r7/index.html").size());
        assertTrue(files.containsKey("reports/2025/r29/charts/a.svg"));
        assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("empty")), "folders are not files");
    }

    @Test
    void linksAreListedNotFollowed() throws IOException {
        write("elsewhere/secret.txt", "not here");
        Files.createDirectories(root.resolve("site"));
        Files.createSymbolicLink(root.resolve("site/link"), root.resolve("elsewhere"));
        Map<String, BasicFileAttributes> files = new TreeMap<>(FileTree.of(root.resolve("site"), a -> a));
        assertEquals(java.util.Set.of("link"), files.keySet());
        assertTrue(files.get("link").isSymbolicLink());
    }

    @Test
    void aFileIsATreeOfOne() throws IOException {
        write("site.yaml", "title: x\n");
        Map<String, BasicFileAttributes> files = FileTree.of(root.resolve("site.yaml"), a -> a);
        assertEquals(java.util.Set.of("site.yaml"), files.keySet());
        assertEquals(9, files.get("site.yaml").size());
    }

    @Test
    void aMissingRootIsAnError() {
        assertThrows(NoSuchFileException.class, () -> FileTree.of(root.resolve("missing"), a -> a));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
