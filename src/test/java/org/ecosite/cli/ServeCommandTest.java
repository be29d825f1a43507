package org.ecosite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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

    /**
     * The address is the first line; the first build's warnings come as the summary table, not line by line.
     * Both streams go to one writer here, so their order is the order a terminal shows.
     */
    @Test
    void theAddressComesFirstAndTheFirstBuildsWarningsOnlyAsTheSummary() throws Exception {
        Path site = TestSites.copy("lint", temp);
        StringWriter all = new StringWriter();
        PrintWriter both = new PrintWriter(all, true);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock clock = Clock.fixed(TestSites.TODAY.atTime(10, 0).atZone(zone).toInstant(), zone);
        int[] code = {-1};
        Thread serve = new Thread(() -> code[0] = Main.run(new String[] {"serve", "--source", site.toString(),
                "--port", "0"}, both, both, Map.of("LANG", "C.UTF-8"), clock, false));
        serve.start();
        try {
            for (int i = 0; i < 600 && !text(all).contains("已构建"); i++) {
                Thread.sleep(100);
            }
        } finally {
            serve.interrupt();
            serve.join(30_000);
        }
        assertEquals(0, code[0], text(all));
        List<String> lines = text(all).lines().toList();
        assertTrue(lines.get(0).matches("正在预览：http://127\\.0\\.0\\.1:\\d+/（草稿也会显示；按 Ctrl\\+C 停止）"),
                text(all));
        assertFalse(text(all).contains(": warning: "), "warnings only summed up: " + text(all));
        int summary = lines.indexOf(lines.stream().filter(l -> l.startsWith("问题汇总（0 个错误，")).findFirst()
                .orElseThrow());
        assertTrue(lines.get(summary + 1).contains("文件"), text(all));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+content/reports/2024/a.md\\s+placeholder（占位符）\\s+·\\s+7\\s+·")),
                text(all));
        assertTrue(lines.stream().skip(summary).anyMatch(l -> l.matches("\\[\\d\\d:\\d\\d:\\d\\d\\] 已构建 .*")),
                text(all));
    }

    private static String text(StringWriter writer) {
        synchronized (writer.getBuffer()) {
            return writer.toString();
        }
    }
}
