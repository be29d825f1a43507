package org.ecosite.deploy;

import java.io.IOException;

/** A place a built site is deployed to: first planned, then, unless the plan is refused, applied. */
public sealed interface Target permits FolderTarget, RsyncTarget {

    /** What would change, found without changing anything. */
    DeployPlan plan() throws IOException, DeployException;

    /** Makes the changes of {@code plan}, which {@link #plan()} gave. */
    void apply(DeployPlan plan) throws IOException, DeployException;

    /** The target as the user named it, for messages. */
    String name();
}
