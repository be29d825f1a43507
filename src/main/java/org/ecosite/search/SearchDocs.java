package org.ecosite.search;

import java.util.ArrayList;
import java.util.List;

import org.ecosite.config.Language;
import org.ecosite.content.FrontMatter;
import org.ecosite.model.Report;
import org.ecosite.template.Dates;

/** What search reads of a report: which of its fields are indexed, and the text kept for snippets. */
public final class SearchDocs {

    private SearchDocs() {
    }

    /** @param body the report's body as plain text */
    public static SearchIndex.Doc of(Report r, String body, Language language) {
        FrontMatter fm = r.frontMatter();
        String summary = fm.summary().orElse("");
        List<String> words = new ArrayList<>(List.of(fm.title(), summary, fm.region()));
        words.addAll(fm.topics());
        fm.organization().ifPresent(words::add);
        fm.indexNo().ifPresent(words::add);
        fm.docNo().ifPresent(words::add);
        words.addAll(fm.fields().words());
        fm.period().ifPresent(p -> words.add(p.label(language)));
        fm.observations().forEach(o -> {
            words.add(o.indicator().name().get(language));
            o.location().ifPresent(words::add);
            o.note().ifPresent(words::add);
        });
        words.add(body);
        return new SearchIndex.Doc(fm.title(), r.route(), fm.date().toString(), Dates.text(fm.date(), language),
                fm.region(), String.join("\n", words), summary.isEmpty() ? body : summary + "\n" + body);
    }
}
