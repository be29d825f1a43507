package org.ecosite.lint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ecosite.check.Problem;
import org.ecosite.content.FrontMatter;

/**
 * The problems the per-file checks found in a file, by the file's name, the digest of its text and its
 * front matter as read, so an unchanged file is not checked again by the next build of the same process.
 * Only the files of the latest build are kept, and never their texts.
 */
public final class LintCache {

    private record Key(String file, long digest, Optional<FrontMatter> frontMatter) {
    }

    private volatile Map<Key, List<Problem>> previous = Map.of();
    private final Map<Key, List<Problem>> current = new ConcurrentHashMap<>();

    /** Starts a build: what the last build checked stays available. */
    synchronized void begin() {
        if (!current.isEmpty()) {
            previous = Map.copyOf(current);
            current.clear();
        }
    }

    Optional<List<Problem>> get(String file, long digest, Optional<FrontMatter> frontMatter) {
        Key key = new Key(file, digest, frontMatter);
        List<Problem> known = current.get(key);
        if (known == null) {
            known = previous.get(key);
            if (known != null) {
                current.put(key, known);
            }
        }
        return Optional.ofNullable(known);
    }

    void put(String file, long digest, Optional<FrontMatter> frontMatter, List<Problem> problems) {
        current.put(new Key(file, digest, frontMatter), List.copyOf(problems));
    }
}
