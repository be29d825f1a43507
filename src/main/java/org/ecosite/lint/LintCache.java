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

    private final boolean keeps;
    private volatile Map<Key, List<Problem>> previous = Map.of();
    private final Map<Key, List<Problem>> current = new ConcurrentHashMap<>();

    /** A cache for a process that builds again: the preview. */
    public LintCache() {
        this(true);
    }

    private LintCache(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * A cache that keeps nothing, for a process that builds once: storing every file's problems under a key
     * that hashes its whole front matter was 6 % of the checks' time at 10,000 reports, for nothing.
     */
    public static LintCache none() {
        return new LintCache(false);
    }

    /** Starts a build: what the last build checked stays available. */
    synchronized void begin() {
        if (!current.isEmpty()) {
            previous = Map.copyOf(current);
            current.clear();
        }
    }

    Optional<List<Problem>> get(String file, long digest, Optional<FrontMatter> frontMatter) {
        if (!keeps) {
            return Optional.empty();
        }
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
        if (!keeps) {
            return;
        }
        current.put(new Key(file, digest, frontMatter), List.copyOf(problems));
    }
}
