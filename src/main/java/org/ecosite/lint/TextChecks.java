package org.ecosite.lint;

import java.util.List;
import java.util.Optional;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.content.FrontMatterSplit;
import org.ecosite.content.SourceFile;
import org.ecosite.markdown.BodyText;
import org.ecosite.markdown.TextBlock;
import org.ecosite.prose.Artefact;
import org.ecosite.prose.Artefacts;
import org.ecosite.prose.Placeholder;
import org.ecosite.prose.Placeholders;
import org.ecosite.yaml.ScalarSpan;

/**
 * Placeholders standing for figures and what Word left behind, each at its exact line and column.
 * The body is read as a reader sees it (escapes removed, code left out); front matter is read value
 * by value as written, so comments may say anything.
 */
final class TextChecks {

    private TextChecks() {
    }

    /** @param body the readable text of the body, when it was parsed */
    static void check(SourceFile file, FrontMatterSplit split, List<ScalarSpan> values, Optional<BodyText> body,
                      Problems problems) {
        String name = file.display();
        if (body.isPresent()) {
            BodyText text = body.get();
            for (TextBlock block : text.blocks()) {
                for (Placeholder p : Placeholders.find(block.text())) {
                    problems.warning(name, block.position(p.start()), "lint.placeholder", p.text());
                }
            }
            for (BodyText.Marker marker : text.markers()) {
                Placeholders.leading(marker.context()).ifPresent(p ->
                        problems.warning(name, marker.position(), "lint.placeholder_markup", p.text()));
            }
            for (BodyText.Marker footnote : text.footnotes()) {
                problems.warning(name, footnote.position(), "lint.footnote_undefined", footnote.context());
            }
        }
        if (split.hasFrontMatter()) {
            for (ScalarSpan value : values) {
                // A figure field holding only a placeholder is the indicator reader's error already.
                if (!Placeholders.isOnlyPlaceholder(unquoted(value.raw()))) {
                    for (Placeholder p : Placeholders.find(value.raw())) {
                        problems.warning(name, value.positionOf(p.start()), "lint.placeholder", p.text());
                    }
                }
                for (Artefact a : Artefacts.find(value.raw())) {
                    if (isMarker(a.kind())) {
                        problems.warning(name, value.positionOf(a.start()), key(a.kind()), a.text());
                    }
                }
            }
            // Stray characters anywhere in the front matter, comments included: they can break a key.
            Position yamlStart = new Position(split.yamlLine(), 1);
            for (Artefact a : Artefacts.find(split.yaml())) {
                if (!isMarker(a.kind()) && a.kind() != Artefact.Kind.LAYOUT_SPACE) {
                    problems.warning(name, yamlStart.advance(split.yaml(), a.start()), key(a.kind()), a.text());
                }
            }
        }
        Position bodyStart = new Position(split.bodyLine(), 1);
        for (Artefact a : Artefacts.find(split.body())) {
            problems.warning(name, bodyStart.advance(split.body(), a.start()), key(a.kind()), a.text());
        }
    }

    private static boolean isMarker(Artefact.Kind kind) {
        return kind == Artefact.Kind.WORD_MARKER || kind == Artefact.Kind.IMAGE_MARKER;
    }

    private static String unquoted(String raw) {
        String s = raw.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    static String key(Artefact.Kind kind) {
        return switch (kind) {
            case WORD_MARKER -> "lint.artefact.word";
            case IMAGE_MARKER -> "lint.artefact.image";
            case INVISIBLE -> "lint.artefact.invisible";
            case CONTROL -> "lint.artefact.control";
            case PRIVATE_USE -> "lint.artefact.private";
            case REPLACEMENT -> "lint.artefact.replacement";
            case LAYOUT_SPACE -> "lint.artefact.space";
        };
    }
}
