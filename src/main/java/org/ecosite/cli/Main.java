package org.ecosite.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ecosite}: the entry point. Each subcommand is its own class. */
@Command(name = "ecosite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds environmental disclosure sites for environment bureaus.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
                ImportCommand.class, ExportCommand.class, DeployCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // A progress line only makes sense on a terminal; Java 17 has a console only when both ends are one.
        System.exit(run(args, out, err, System.getenv(), Clock.systemDefaultZone(), System.console() != null));
    }

    /** Runs a command line; returns the exit code. Tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(args, out, err, env, Clock.systemDefaultZone(), false);
    }

    /**
     * Runs a command line with a given clock, so "today" in checks is fixed.
     *
     * @param terminal true when standard output is a terminal that can show a progress line
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock,
                          boolean terminal) {
        CommandLine cli = new CommandLine(new Main(), new Factory(new Environment(env, clock, terminal)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("ecosite: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine.Help.ColorScheme colors = e.getCommandLine().getColorScheme();
            e.getCommandLine().getErr().println(colors.errorText("ecosite: " + e.getMessage()));
            e.getCommandLine().getErr().println("Try 'ecosite " + (e.getCommandLine().getCommandName().equals("ecosite")
                    ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, e.g. 'ecosite build'");
    }

    /** Gives subcommands the environment, so tests can set the locale without touching the JVM's. */
    private record Factory(Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(env));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(env));
            }
            if (type == NewCommand.Report.class) {
                return type.cast(new NewCommand.Report(env));
            }
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(env));
            }
            if (type == ExportCommand.Portal.class) {
                return type.cast(new ExportCommand.Portal(env));
            }
            if (type == DeployCommand.class) {
                return type.cast(new DeployCommand(env));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

}
