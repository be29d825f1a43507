package org.ecosite.deploy;

import java.util.List;

/**
 * A deployment that cannot go on, told as a message key and its arguments so the command can say
 * it in the user's language. Nothing is changed before one is thrown by {@link Target#plan()}.
 */
public final class DeployException extends Exception {

    private final String key;
    private final List<Object> arguments;

    public DeployException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
