package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.ecosite.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecosite serve} as a user starts it: its options, and the mistakes that stop it at once. */
class ServeCommandTest {

    @TempDir
    Path temp;

    @Test
    void helpNamesPortAndHost() {
        TestSites.Run help = TestSites.run("serve", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--port") && help.out().contains("--host") && help.out().contains("127.0.0.1"),
                help.out());
    }

    @Test
    void aTakenPortOrAFolderThatIsNoSiteIsAUsageError() throws Exception {
        Path site = TestSites.copy("valid/basic", temp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TestSites.Run run = TestSites.run("serve", "--source", site.toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("端口 " + taken.getLocalPort() + " 已被占用"), run::toString);
        }
        assertEquals(2, TestSites.run("serve", "--source", temp.toString()).exitCode());
        assertEquals(2, TestSites.run("serve", "--source", site.toString(), "--host", "no.such.host.invalid")
                .exitCode());
    }
}
