package org.ecosite.output;

import java.nio.file.Path;

/**
 * A build that never ends, run as a process of its own: it starts writing a site and waits, so a test
 * can kill it (as a user would, or the system on shutdown) and see what the next build does with its
 * staging folder.
 */
public final class StagingHolder {

    private StagingHolder() {
    }

    public static void main(String[] args) throws Exception {
        Output output = Output.begin(Path.of(args[0]));
        output.write("index.html", new byte[] {'x'});
        System.out.println("writing");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
