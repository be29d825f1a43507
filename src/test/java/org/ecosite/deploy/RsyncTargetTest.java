package org.ecosite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rsync target with the real rsync program, sending to a folder on this machine (the same code
 * path as to {@code host:path}, less the SSH connection): the plan is rsync's dry run read back,
 * deletions counted before anything changes.
 */
class RsyncTargetTest {

    @TempDir
    Path temp;
    private Path rsync;

    @BeforeEach
    void findRsync() {
        rsync = RsyncTarget.find(System.getenv("PATH"));
        if (rsync == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("rsync is required on CI (apt-get install rsync)");
        }
        Assumptions.assumeTrue(rsync != null, "rsync not installed: skipped");
    }

    @Test
    void plansAppliesAndDeletesWhatIsNoLongerBuilt() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("reports/a"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("reports/a/index.html"), "a");
        Files.writeString(site.resolve("reports/a/chart.svg"), "<svg/>");
        Path there = temp.resolve("there");

        RsyncTarget target = new RsyncTarget(rsync, site, there.toString());
        DeployPlan first = target.plan();
        assertEquals(List.of("reports/a/chart.svg", "index.html", "reports/a/index.html"), first.uploads());
        assertEquals(List.of(), first.deletes());
        assertFalse(Files.exists(there.resolve("index.html")), "planning changes nothing");
        target.apply(first);
        assertEquals("a", Files.readString(there.resolve("reports/a/index.html")));
        assertTrue(new RsyncTarget(rsync, site, there.toString()).plan().isEmpty());

        Files.writeString(site.resolve("index.html"), "home, corrected");
        Files.delete(site.resolve("reports/a/chart.svg"));
        DeployPlan second = new RsyncTarget(rsync, site, there.toString()).plan();
        assertEquals(List.of("index.html"), second.uploads());
        assertEquals(List.of("reports/a/chart.svg"), second.deletes());
        assertEquals(1, second.unchanged());
        new RsyncTarget(rsync, site, there.toString()).apply(second);
        assertEquals("home, corrected", Files.readString(there.resolve("index.html")));
        assertFalse(Files.exists(there.resolve("reports/a/chart.svg")));
    }

    @Test
    void remoteTargetsAreToldFromLocalFolders() {
        assertTrue(Targets.isRemote("web@www.example.gov.cn:/srv/xxgk/"));
        assertTrue(Targets.isRemote("host:site"));
        assertFalse(Targets.isRemote("/srv/xxgk"));
        assertFalse(Targets.isRemote("D:\\www\\xxgk"));
        assertFalse(Targets.isRemote("D:/www/xxgk"));
        assertFalse(Targets.isRemote("site/out:1"));
    }
}
