package org.ecosite.indicator;

/** Which way an indicator improves: lower concentrations are better, more good-air days are better. */
public enum Better {
    LOWER, HIGHER, NEITHER;

    public static java.util.Optional<Better> fromWord(String word) {
        return switch (word) {
            case "lower" -> java.util.Optional.of(LOWER);
            case "higher" -> java.util.Optional.of(HIGHER);
            case "neither", "none" -> java.util.Optional.of(NEITHER);
            default -> java.util.Optional.empty();
        };
    }
}
