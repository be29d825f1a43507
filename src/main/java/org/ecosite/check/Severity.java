package org.ecosite.check;

/**
 * How bad a problem is: an error stops the build, a warning does not (unless the build is strict). A note
 * is about the site as a whole rather than a mistake in its content (a publishing rhythm slower than the
 * health threshold): it is shown and summed up, and never stops a build, strict or not.
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed after FILE:LINE:COLUMN; kept in English in every language so tools can parse it. */
    public String label() {
        return label;
    }
}
