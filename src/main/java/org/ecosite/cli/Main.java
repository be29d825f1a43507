package org.ecosite.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ecosite}: the entry point. Each subcommand is its own class. */
@Command(name = "ecosite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds environmental disclosure sites for environment bureaus.",
        subcommands = {BuildCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, System.getenv()));
    }

    /** Runs a command line; returns the exit code. Tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CommandLine cli = new CommandLine(new Main(), new Factory(env));
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
    private record Factory(Map<String, String> env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

}
