package org.ecosite.indicator;

import java.util.Optional;

/** Whether a figure is preliminary (初步) or final (审核后); final unless said otherwise. */
public enum Status {
    PRELIMINARY("preliminary"), FINAL("final");

    private final String word;

    Status(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Status> fromWord(String word) {
        for (Status s : values()) {
            if (s.word.equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
