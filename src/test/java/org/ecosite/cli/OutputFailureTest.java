package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up and one that is read-only, for real: a small tmpfs mounted in a user namespace of its
 * own ({@code unshare}, which needs no privileges where the kernel allows user namespaces), with the command
 * line run there as a process. The build says in one line what the system said, exits 2 with no stack trace,
 * and the site on that disk stays byte for byte what it was, with nothing left beside it.
 */
class OutputFailureTest {

    @TempDir
    Path temp;

    @Test
    void aFullDiskAndAReadOnlyDiskAreToldInALineAndTheOldSiteStays() throws Exception {
        Assumptions.assumeTrue(run("unshare", "-Urm", "true") == 0, "user namespaces are not available here");
        Path site = TestSites.copy("valid/basic", temp);
        Path disk = Files.createDirectory(temp.resolve("disk"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java") + " -cp '"
                + System.getProperty("java.class.path") + "' " + Main.class.getName() + " build --source '" + site
                + "' --output '" + disk + "/public'";
        String script = String.join("\n",
                "unset LANGUAGE LC_ALL LC_MESSAGES; export LANG=C.UTF-8",   // the site's language speaks
                "mount -t tmpfs -o size=4m tmpfs '" + disk + "' || exit 9",
                java + " > '" + temp + "/first.log' 2>&1; echo $? > '" + temp + "/first.rc'",
                "cp -a '" + disk + "/public' '" + temp + "/before'",
                "head -c 6000000 /dev/zero > '" + site + "/static/big.bin'",
                java + " > '" + temp + "/full.log' 2>&1; echo $? > '" + temp + "/full.rc'",
                "cp -a '" + disk + "/public' '" + temp + "/after-full'; ls -A '" + disk + "' > '" + temp + "/beside'",
                "rm '" + site + "/static/big.bin'",
                "mount -o remount,ro '" + disk + "' || exit 9",
                java + " --force > '" + temp + "/ro.log' 2>&1; echo $? > '" + temp + "/ro.rc'",
                "cp -a '" + disk + "/public' '" + temp + "/after-ro'");
        assertEquals(0, run("unshare", "-Urm", "sh", "-c", script), () -> TestSites.read(temp.resolve("first.log")));

        assertEquals("0", TestSites.read(temp.resolve("first.rc")).strip(), () -> TestSites.read(temp.resolve(
                "first.log")));
        Map<String, byte[]> before = TestSites.snapshot(temp.resolve("before"));
        assertTrue(before.containsKey("index.html"));
        for (String[] failed : List.of(new String[] {"full", "No space left on device", "after-full"},
                new String[] {"ro", "Read-only file system", "after-ro"})) {
            String log = TestSites.read(temp.resolve(failed[0] + ".log"));
            assertEquals("2", TestSites.read(temp.resolve(failed[0] + ".rc")).strip(), log);
            assertTrue(log.lines().anyMatch(l -> l.startsWith("ecosite: 无法写入输出文件夹 ") && l.contains(failed[1])
                    && l.endsWith("原来的网站没有改动")), log);
            assertFalse(log.contains("\tat ") || log.contains("Exception") || log.contains("internal error"), log);
            Map<String, byte[]> after = TestSites.snapshot(temp.resolve(failed[2]));
            assertEquals(before.keySet(), after.keySet(), failed[0]);
            before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
        }
        assertEquals("public", TestSites.read(temp.resolve("beside")).strip(),
                "the failed build left nothing beside the site");
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor();
    }
}
