package org.ecosite.template;

import java.util.Optional;

import org.ecosite.indicator.Change;
import org.ecosite.indicator.Compliance;
import org.ecosite.indicator.FigureWords;
import org.ecosite.indicator.Indicator;
import org.ecosite.indicator.Observation;
import org.ecosite.indicator.Status;
import org.ecosite.model.Figure;
import org.ecosite.model.IndicatorPage;
import org.ecosite.model.Site;

/** A figure as pages show it: a row of a report's table and a card, worded by {@link FigureWords}. */
final class FigureViews {

    private final ViewFactory views;
    private final Site site;
    private final FigureWords words;

    FigureViews(ViewFactory views) {
        this.views = views;
        this.site = views.model();
        this.words = new FigureWords(views.language());
    }

    FigureWords words() {
        return words;
    }

    /** A row of a report's table of figures. */
    Views.Figure figure(Observation o) {
        Indicator ind = o.indicator();
        String standard = ind.limitOn(o.period().end()).map(s -> words.standardName(ind, s)).orElse(null);
        return new Views.Figure(ind.id(), ind.name().get(words.language()), o.value().display(),
                ind.unit(words.language()), ind.format(o.value(), words.language()), words.period(o.period()),
                o.location().orElse(null), words.statusLabel(o.status()), o.status() == Status.PRELIMINARY,
                o.note().orElse(null), standard, views.href(IndicatorPage.routeOf(ind.id())));
    }

    /** A figure as a citizen reads it, with its 同比 change and its standard. */
    Views.Card card(Figure f) {
        Observation o = f.observation();
        Indicator ind = o.indicator();
        String change = null;
        String trend = null;
        Optional<Figure> before = site.figures().yearBefore(f);
        if (before.isPresent()) {
            Change c = Change.between(before.get().observation(), o);
            change = words.change(ind, c);
            trend = c.direction().name().toLowerCase();
        }
        Optional<Compliance> compliance = ind.compliance(o);
        return new Views.Card(ind.id(), ind.name().get(words.language()), words.number(o), ind.unit(words.language()),
                o.location().orElse(null), words.period(o.period()), words.statusLabel(o.status()),
                o.status() == Status.PRELIMINARY, change, trend,
                compliance.map(c -> words.comparison(ind, c)).orElse(null),
                compliance.filter(c -> !c.reference()).map(words::verdict).orElse(null),
                compliance.map(Compliance::meetsApplicable).orElse(false), views.href(IndicatorPage.routeOf(ind.id())));
    }
}
