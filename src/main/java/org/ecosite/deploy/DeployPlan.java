package org.ecosite.deploy;

import java.util.List;

/**
 * What a deployment changes in its target: the files to copy (new or changed, pictures, charts and
 * data before the pages that show them), the files to delete (no longer built), and how many files
 * already match. Paths are relative to the site, with {@code /} between folders, in a fixed order.
 */
public record DeployPlan(List<String> uploads, List<String> deletes, int unchanged) {

    public DeployPlan {
        uploads = List.copyOf(uploads);
        deletes = List.copyOf(deletes);
    }

    /** True when the target already holds exactly the built site. */
    public boolean isEmpty() {
        return uploads.isEmpty() && deletes.isEmpty();
    }
}
