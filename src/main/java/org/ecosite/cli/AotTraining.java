package org.ecosite.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The training run of the AOT cache ({@code bin/ecosite --make-aot-cache}, called by {@code mvn
 * package} on Java 25): one JVM runs what a user's commands run, so the cache holds the classes and
 * method profiles of each path, not only of the first. A cold build of a site, the same build again
 * with nothing changed (the "up to date" path: the manifest read, the output listed), and a check.
 * Not a command: nothing a user types reaches it.
 *
 * <pre>java -XX:AOTCacheOutput=ecosite.aot -cp ecosite.jar org.ecosite.cli.AotTraining SITE WORK</pre>
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) {
        String site = args[0];
        Path work = Path.of(args[1]);
        String output = work.resolve("site").toString();
        String cache = work.resolve("cache").toString();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
                java.nio.charset.StandardCharsets.UTF_8), true);
        Map<String, String> env = System.getenv();
        Clock clock = Clock.systemDefaultZone();
        int cold = Main.run(new String[] {"build", "--source", site, "--output", output, "--cache-dir", cache,
            "--force"}, quiet, err, env, clock, false);
        int again = Main.run(new String[] {"build", "--source", site, "--output", output, "--cache-dir", cache},
                quiet, err, env, clock, false);
        int check = Main.run(new String[] {"check", "--source", site}, quiet, err, env, clock, false);
        // A site with notes or warnings still trains; only a failed build or check (exit code above 0) does not.
        System.exit(Math.max(cold, Math.max(again, check)));
    }
}
