package org.ecosite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecosite.check.Position;
import org.ecosite.check.Problem;
import org.ecosite.check.Problems;
import org.ecosite.markdown.LinkUse;
import org.junit.jupiter.api.Test;

class LinksTest {

    private final Links links = new Links("/sthjj/", Routes.of(List.of(), List.of(), new Problems()), Map.of(),
            Set.of(), Set.of());

    private static LinkUse at(String destination, int line) {
        return new LinkUse(destination, false, new Position(line, 1));
    }

    @Test
    void aProtocolRelativeLinkIsALinkToAnotherHostLikeAnyOther() {
        Problems problems = new Problems();
        Map<String, String> urls = links.resolve("a.md", "a.md", List.of(at("//example.org/x", 1),
                at("/\\example.org/y", 2), at("\\\\example.org/z", 3)), problems);
        assertEquals("https://example.org/x", urls.get("//example.org/x"));
        assertEquals("https://example.org/y", urls.get("/\\example.org/y"), "browsers read a backslash as a slash");
        assertEquals("https://example.org/z", urls.get("\\\\example.org/z"));
        assertTrue(problems.sorted().isEmpty(), problems.sorted()::toString);
    }

    @Test
    void everyUseOfAForbiddenAddressIsToldAndAddressesAreReadAsBrowsersReadThem() {
        Problems problems = new Problems();
        links.resolve("a.md", "a.md", List.of(at("javascript:alert(1)", 1), at("javascript:alert(1)", 2),
                at("javascript:alert(1)", 3), at(" JavaScript:x", 4), at("java\tscript:x", 5), at("data:text/html,x", 6),
                at("vbscript:x", 7), at("https://example.org/", 8), at("mailto:a@example.org", 9)), problems);
        List<Integer> lines = problems.sorted().stream().map(Problem::position).map(Position::line).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), lines, problems.sorted()::toString);
    }
}
