package org.ecosite.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.ecosite.check.Messages;
import org.ecosite.check.Suggestions;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line picocli could not read, told in the editors' language: what was wrong, the nearest
 * command or option to a mistyped one ("是不是想输入 build？") and where the usage is. Always exit 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        CommandLanguage.use(command);
        Messages messages = CommandLanguage.messages(command);
        PrintWriter err = command.getErr();
        err.println("ecosite: " + describe(e, command.getCommandSpec(), messages));
        err.println(messages.get("cli.usage.see_help", command.getCommandSpec().qualifiedName(" ")));
        return ExitCodes.USAGE;
    }

    private static String describe(CommandLine.ParameterException e, CommandSpec spec, Messages messages) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                return nearest(messages.get("cli.usage.unknown_option", name), name, optionNames(spec), messages);
            }
            if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
                return nearest(messages.get("cli.usage.unknown_command", first), first,
                        new ArrayList<>(spec.subcommands().keySet()), messages);
            }
            return messages.get("cli.usage.extra_argument", first);
        }
        if (e.getArgSpec() == null && e.getValue() != null && !spec.subcommands().isEmpty()) {
            // "ecosite help biuld": the help command names a command that is none.
            return nearest(messages.get("cli.usage.unknown_command", e.getValue()), e.getValue(),
                    new ArrayList<>(spec.subcommands().keySet()), messages);
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                return messages.get("cli.usage.missing_value", option.longestName(), option.paramLabel());
            }
            return messages.get("cli.usage.missing_parameter", arg.paramLabel(), description(arg));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten
                && overwritten.getOverwritten() instanceof OptionSpec option) {
            return messages.get("cli.usage.repeated", option.longestName());
        }
        if (e.getArgSpec() instanceof OptionSpec option && e.getValue() != null) {
            return messages.get("cli.usage.bad_value", option.longestName(), e.getValue(), description(option));
        }
        if (e.getArgSpec() instanceof PositionalParamSpec parameter && e.getValue() != null) {
            return messages.get("cli.usage.bad_parameter", parameter.paramLabel(), e.getValue(),
                    description(parameter));
        }
        return messages.get("cli.usage.other", spec.qualifiedName(" "));
    }

    private static String nearest(String message, String word, List<String> candidates, Messages messages) {
        List<String> near = Suggestions.nearest(word, candidates, 1);
        return near.isEmpty() ? message : message + messages.get("cli.usage.did_you_mean", near.get(0));
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            names.addAll(List.of(option.names()));
        }
        return names;
    }

    /** The argument's help text, in the language the usage help was just set to. */
    private static String description(ArgSpec arg) {
        return String.join(" ", arg.description());
    }
}
