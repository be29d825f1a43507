package org.ecosite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ecosite.check.Messages;
import org.ecosite.deploy.DeployException;
import org.ecosite.deploy.DeployPlan;
import org.ecosite.deploy.Target;
import org.ecosite.deploy.Targets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecosite deploy}: brings a target folder to exactly the built site, copying only files whose
 * content changed and deleting files no longer built. It builds nothing: it publishes what
 * {@code build} wrote. Exit 0 done (or planned, with {@code --dry-run}), 2 when refused or when the
 * target cannot be written; nothing is changed when it is refused.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Copies the built site to a folder or, with rsync over SSH, to another machine.")
final class DeployCommand implements Callable<Integer> {

    /** As {@code hugo deploy}: a deployment that would delete more is refused unless told otherwise. */
    static final int MAX_DELETES = 256;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--output", paramLabel = "DIR", description = "the built site (default: DIR/site)")
    Path output;

    @Option(names = "--to", paramLabel = "TARGET", required = true,
            description = "a folder (a mounted share too), or user@host:/path through rsync over SSH")
    String to;

    @Option(names = "--dry-run", description = "say what would change, and change nothing")
    boolean dryRun;

    @Option(names = "--max-deletes", paramLabel = "N", description = "refuse to delete more than N files (default: 256)")
    int maxDeletes = MAX_DELETES;

    @Option(names = "--force", description = "deploy into a non-empty folder that ecosite deploy did not make")
    boolean force;

    private final Environment environment;

    DeployCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!site.isSite(environment.variables(), err)) {
            return ExitCodes.USAGE;
        }
        Messages messages = site.messagesOfSite(environment.variables());
        Path built = output != null ? output.toAbsolutePath().normalize() : site.site().resolve("site");
        if (!Files.isRegularFile(built.resolve("index.html"))) {
            err.println("ecosite: " + messages.get("deploy.no_output", built));
            return ExitCodes.USAGE;
        }
        if (maxDeletes < 0) {
            err.println("ecosite: " + messages.get("deploy.bad_max_deletes", maxDeletes));
            return ExitCodes.USAGE;
        }
        try {
            Target target = Targets.of(to, built, force, environment.variables().get("PATH"));
            DeployPlan plan = target.plan();
            plan.uploads().forEach(path -> out.println(messages.get("deploy.upload", path)));
            plan.deletes().forEach(path -> out.println(messages.get("deploy.delete", path)));
            if (plan.deletes().size() > maxDeletes) {
                err.println("ecosite: " + messages.get("deploy.too_many_deletes", plan.deletes().size(), maxDeletes));
                return ExitCodes.USAGE;
            }
            if (dryRun) {
                out.println(messages.get("deploy.dry_run", target.name(), plan.uploads().size(), plan.deletes().size(),
                        plan.unchanged()));
                return ExitCodes.OK;
            }
            if (!plan.isEmpty()) {
                target.apply(plan);
            }
            out.println(messages.get("deploy.done", target.name(), plan.uploads().size(), plan.deletes().size(),
                    plan.unchanged()));
            return ExitCodes.OK;
        } catch (DeployException e) {
            err.println("ecosite: " + messages.get(e.key(), e.arguments()));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("ecosite: " + messages.get("deploy.io_failed", to, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return ExitCodes.USAGE;
        }
    }
}
