package org.ecosite.lint;

import java.util.List;

import org.ecosite.check.Position;
import org.ecosite.check.Problems;
import org.ecosite.content.FrontMatterSplit;
import org.ecosite.content.SourceFile;
import org.ecosite.kind.PersonalData;
import org.ecosite.yaml.ScalarSpan;

/**
 * Personal data never publishes: an unmasked identity number, mobile number or bank card number in
 * any value of the front matter or anywhere in the body (code and link addresses included, since
 * they are published too) is an error at its line and column. Comments in the front matter are
 * never published and are not read.
 */
final class PersonalDataChecks {

    private PersonalDataChecks() {
    }

    static void check(SourceFile file, FrontMatterSplit split, List<ScalarSpan> values, Problems problems) {
        String name = file.display();
        if (split.hasFrontMatter()) {
            for (ScalarSpan value : values) {
                for (PersonalData.Finding f : PersonalData.find(value.raw())) {
                    problems.error(name, value.positionOf(f.start()), f.kind().key(), f.text());
                }
            }
        }
        Position bodyStart = new Position(split.bodyLine(), 1);
        for (PersonalData.Finding f : PersonalData.find(split.body())) {
            problems.error(name, bodyStart.advance(split.body(), f.start()), f.kind().key(), f.text());
        }
    }
}
