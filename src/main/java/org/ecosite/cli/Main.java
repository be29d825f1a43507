package org.ecosite.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ecosite.config.Language;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ecosite}: the entry point. Each subcommand is its own class. */
@Command(name = "ecosite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds environmental disclosure sites for environment bureaus.")
public final class Main implements Callable<Integer> {

    /** The commands, in the order the usage help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(BuildCommand.class, ServeCommand.class,
            CheckCommand.class, NewCommand.class, ImportCommand.class, ExportCommand.class, DeployCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Given before or after the command, so every command has it; read through {@link CommandLanguage}. */
    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class, scope = ScopeType.INHERIT,
            description = "language of messages: zh-CN or en (default: the locale, else the site's language)")
    Language lang;

    /** The environment variables, for the language of usage help and errors. */
    final Map<String, String> env;

    Main(Map<String, String> env) {
        this.env = env;
    }

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
        CommandLine cli = commandLine(new Environment(env, clock, terminal), named(args));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("ecosite: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler(new UsageErrors());
        // Usage help speaks the language of messages, which --lang (before or after the command) may set.
        cli.setExecutionStrategy(parseResult -> {
            List<CommandLine> commands = parseResult.asCommandLineList();
            CommandLine command = commands.get(commands.size() - 1);
            CommandLanguage.use(command);
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError e) {
                // Not a content mistake and not a fault of the program: the system gave too little memory
                // for this site, as a full disk gives too little room (exit 2). The previous output is
                // untouched: a build commits only at its end.
                command.getErr().println("ecosite: " + CommandLanguage.messages(command).get("cli.out_of_memory",
                        String.valueOf(Runtime.getRuntime().maxMemory() >> 20)));
                return ExitCodes.USAGE;
            }
        });
        return cli.execute(args);
    }

    /** Every command, made with the environment; nothing parsed or run yet. */
    static CommandLine commandLine(Environment environment) {
        return commandLine(environment, null);
    }

    /**
     * The command line with the command {@code named} only, or with every command when {@code named} is
     * null. picocli makes the model of each command it is given by reflection before it parses anything;
     * a build needs only the build command's, and the six others took about a tenth of a second of
     * every unchanged rebuild.
     */
    static CommandLine commandLine(Environment environment, String named) {
        Factory factory = new Factory(environment);
        CommandLine cli = new CommandLine(new Main(environment.variables()), factory);
        for (Class<?> type : COMMANDS) {
            String name = type.getAnnotation(Command.class).name();
            if (named == null || named.equals(name)) {
                try {
                    cli.addSubcommand(name, new CommandLine(factory.create(type), factory));
                } catch (Exception e) {
                    throw new IllegalStateException("the command " + name + " could not be made", e);
                }
            }
        }
        return cli;
    }

    /**
     * The command a command line names, when it names one of ours before anything else that is not an
     * option; null otherwise (no command, {@code help}, a mistyped one: they need every command, to list
     * them or to suggest the nearest).
     */
    static String named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang")) {
                i++;
            } else if (!arg.startsWith("-")) {
                for (Class<?> type : COMMANDS) {
                    String name = type.getAnnotation(Command.class).name();
                    if (name.equals(arg) && type != CommandLine.HelpCommand.class) {
                        return name;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Without a command: what the commands are, and exit 2. */
    @Override
    public Integer call() {
        return ExitCodes.noCommand(spec.commandLine());
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
