package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ecosite.deploy.FolderTarget;
import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecosite deploy} to a folder, as a web team uses it on a mounted share: the first deployment
 * copies the whole site, a later one only what an edit changed, a dry run names exactly those files and
 * changes nothing, a report taken away is deleted, and too many deletions or a folder that is not
 * ecosite's are refused without touching anything.
 */
class DeployCommandTest {

    @TempDir
    Path temp;
    private Path source;
    private Path built;
    private Path target;

    @BeforeEach
    void buildTheSite() {
        source = TestSites.copy("valid/basic", temp);
        built = temp.resolve("out");
        target = temp.resolve("www").resolve("xxgk");
        TestSites.build(source, built);
    }

    private TestSites.Run deploy(String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", "--source", source.toString(), "--output", built.toString(),
                "--to", target.toString()));
        args.addAll(List.of(more));
        return TestSites.run(args.toArray(String[]::new));
    }

    /** Every file with a digest of its bytes, so two folders compare with assertEquals. */
    private static Map<String, String> digests(Path root) {
        Map<String, String> digests = new TreeMap<>();
        TestSites.snapshot(root).forEach((path, bytes) -> {
            try {
                digests.put(path, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        });
        digests.remove(FolderTarget.MARKER);
        return digests;
    }

    /** The files whose bytes differ between two folders, or that only one of them has. */
    private static Set<String> differences(Map<String, String> a, Map<String, String> b) {
        Set<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        paths.removeIf(p -> a.containsKey(p) && a.get(p).equals(b.get(p)));
        return paths;
    }

    /** The paths a run names on lines that start with {@code prefix} ("上传 " or "删除 "). */
    private static Set<String> named(TestSites.Run run, String prefix) {
        Set<String> paths = new TreeSet<>();
        run.out().lines().map(String::strip).filter(l -> l.startsWith(prefix))
                .forEach(l -> paths.add(l.substring(prefix.length())));
        return paths;
    }

    @Test
    void theFirstDeploymentCopiesTheWholeSiteReadableByTheWebServer() throws IOException {
        TestSites.Run run = deploy();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(digests(built), digests(target));
        assertTrue(Files.isRegularFile(target.resolve(FolderTarget.MARKER)));
        assertEquals(digests(built).keySet(), named(run, "上传 "));
        assertTrue(run.out().strip().endsWith("个未变"), run.out());
        // The copies get the permissions of any new file of the user's (the umask's), whatever the source had.
        Path probe = Files.createFile(temp.resolve("probe"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        Path page = target.resolve("index.html");
        Files.setPosixFilePermissions(built.resolve("index.html"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE));
        assertEquals(expected, Files.getPosixFilePermissions(page));
    }

    @Test
    void aLaterDeploymentCopiesOnlyWhatAnEditChangedAndADryRunNamesExactlyThat() throws IOException {
        assertEquals(0, deploy().exitCode());
        Path page = target.resolve("index.html");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(page, old);

        TestSites.Run nothing = deploy();
        assertEquals(0, nothing.exitCode(), nothing.toString());
        assertEquals(Set.of(), named(nothing, "上传 "));
        assertTrue(nothing.out().contains("上传 0 个文件，删除 0 个"), nothing.out());
        assertEquals(old, Files.getLastModifiedTime(page), "an unchanged file is not written again");

        Path report = source.resolve("content/reports/2023/annual.md");
        Files.writeString(report, Files.readString(report).replace("\n## ", "\n新加的一句话。\n\n## "));
        TestSites.build(source, built);
        Map<String, String> before = digests(target);
        Set<String> changed = differences(digests(built), before);
        assertTrue(!changed.isEmpty() && changed.size() < digests(built).size() / 2, changed.toString());

        TestSites.Run dry = deploy("--dry-run");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertEquals(changed, named(dry, "上传 "));
        assertTrue(dry.out().contains("试运行，没有作任何改动"), dry.out());
        assertEquals(before, digests(target), "a dry run changes nothing");

        TestSites.Run real = deploy();
        assertEquals(0, real.exitCode(), real.toString());
        assertEquals(changed, named(real, "上传 "));
        assertEquals(digests(built), digests(target));
    }

    @Test
    void aReportTakenAwayIsDeletedAndTooManyDeletionsAreRefused() throws IOException {
        assertEquals(0, deploy().exitCode());
        Files.delete(source.resolve("content/reports/2024/h1.md"));
        TestSites.build(source, built, "--force");
        Set<String> gone = new TreeSet<>(digests(target).keySet());
        gone.removeAll(digests(built).keySet());
        assertTrue(gone.size() > 1, gone.toString());
        Map<String, String> before = digests(target);

        TestSites.Run refused = deploy("--max-deletes", "1");
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("超过上限 1 个"), refused.err());
        assertTrue(refused.err().contains("--max-deletes " + gone.size()), refused.err());
        assertEquals(gone, named(refused, "删除 "), "the refusal lists what it would delete");
        assertEquals(before, digests(target), "a refused deployment changes nothing");

        TestSites.Run run = deploy();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(gone, named(run, "删除 "));
        assertEquals(digests(built), digests(target));
        assertTrue(Files.notExists(target.resolve("reports/2024/h1")), "emptied folders go too");
    }

    @Test
    void aFolderThatEcositeDidNotMakeIsRefusedUnlessForced() throws IOException {
        Files.createDirectories(target);
        Files.writeString(target.resolve("portal.html"), "the portal's own page");
        TestSites.Run refused = deploy();
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("不是 ecosite deploy 部署过的"), refused.err());
        assertEquals(Set.of("portal.html"), digests(target).keySet());

        TestSites.Run forced = deploy("--force");
        assertEquals(0, forced.exitCode(), forced.toString());
        assertEquals(digests(built), digests(target));
    }

    @Test
    void usageMistakesAreToldInTheSitesLanguageWithExit2() throws IOException {
        TestSites.Run unbuilt = TestSites.run("deploy", "--source", source.toString(), "--to", target.toString());
        assertEquals(2, unbuilt.exitCode(), unbuilt.toString());
        assertTrue(unbuilt.err().contains("请先运行 ecosite build"), unbuilt.err());

        Files.createDirectories(target.getParent());
        Files.writeString(target, "a file");
        TestSites.Run file = deploy();
        assertEquals(2, file.exitCode(), file.toString());
        assertTrue(file.err().contains("是一个文件，不是文件夹"), file.err());

        TestSites.Run english = deploy("--lang", "en");
        assertTrue(english.err().contains("is a file, not a folder"), english.err());

        TestSites.Run noRsync = TestSites.run(Map.of("LANG", "C.UTF-8", "PATH", temp.toString()), "deploy", "--source",
                source.toString(), "--output", built.toString(), "--to", "web@www.example.gov.cn:/srv/xxgk/");
        assertEquals(2, noRsync.exitCode(), noRsync.toString());
        assertTrue(noRsync.err().contains("需要 rsync 命令"), noRsync.err());
    }
}
