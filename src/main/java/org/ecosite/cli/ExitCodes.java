package org.ecosite.cli;

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
}
