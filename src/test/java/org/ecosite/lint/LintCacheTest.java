package org.ecosite.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.check.Problem;
import org.ecosite.check.Severity;
import org.junit.jupiter.api.Test;

/** What one build's text checks leave for the next build of the same process. */
class LintCacheTest {

    private static final List<Problem> FOUND = List.of(new Problem("content/a.md", new Position(3, 7),
            Severity.WARNING, "placeholder", List.of("**")));

    @Test
    void thePreviewsCacheGivesTheNextBuildWhatAnUnchangedFileHad() {
        LintCache cache = new LintCache();
        cache.begin();
        cache.put("content/a.md", 42, Optional.empty(), FOUND);
        cache.begin();
        assertEquals(Optional.of(FOUND), cache.get("content/a.md", 42, Optional.empty()));
        assertEquals(Optional.empty(), cache.get("content/a.md", 43, Optional.empty()), "the file changed");
    }

    @Test
    void aBuildThatRunsOnceKeepsNothing() {
        LintCache cache = LintCache.none();
        cache.begin();
        cache.put("content/a.md", 42, Optional.empty(), FOUND);
        cache.begin();
        assertEquals(Optional.empty(), cache.get("content/a.md", 42, Optional.empty()));
    }
}
