package org.ecosite.check;

/** How bad a problem is: an error stops the build, a warning does not (unless the build is strict). */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed after FILE:LINE:COLUMN; kept in English in every language so tools can parse it. */
    public String label() {
        return label;
    }
}
