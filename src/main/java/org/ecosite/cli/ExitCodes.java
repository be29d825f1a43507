package org.ecosite.cli;

import picocli.CommandLine;

/** What the process tells its caller. */
final class ExitCodes {

    /** Built (warnings allowed). */
    static final int OK = 0;
    /** The content has errors; nothing was published. */
    static final int CONTENT = 1;
    /** The command was used wrongly: unknown option, missing folder, bad URL. */
    static final int USAGE = 2;
    /** A fault of the program itself. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }

    /** A command that needs a subcommand was given none: say so, show its usage, exit 2. */
    static int noCommand(CommandLine command) {
        String example = command.getCommandSpec().qualifiedName(" ") + " "
                + command.getSubcommands().keySet().iterator().next();
        command.getErr().println("ecosite: " + CommandLanguage.messages(command).get("cli.usage.no_command", example));
        command.usage(command.getErr());
        return USAGE;
    }
}
