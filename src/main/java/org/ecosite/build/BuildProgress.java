package org.ecosite.build;

/**
 * Hears how far a build has got in its two long stages. Called from many threads at once;
 * an implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface BuildProgress {

    /** Tells nobody. */
    BuildProgress NONE = (stage, done, total) -> { };

    /** The stages worth showing: the ones that take time on a large site. */
    enum Stage { CHARTS, PAGES }

    void update(Stage stage, int done, int total);
}
