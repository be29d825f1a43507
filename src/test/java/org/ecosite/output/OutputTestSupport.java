package org.ecosite.output;

import java.nio.file.Path;

/** Lets tests outside this package remove folders the way the output does. */
public final class OutputTestSupport {

    private OutputTestSupport() {
    }

    public static void deleteTree(Path root) {
        Output.deleteTree(root);
    }
}
