package org.ecosite.indicator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecosite.check.Suggestions;

/** The indicators a site knows: the built-in catalog with the site's additions and overrides. */
public final class Catalog {

    private final Map<String, Indicator> byId;

    Catalog(Map<String, Indicator> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The known ids nearest to a misspelt one: {@code pm2.5} suggests {@code pm25}. */
    public List<String> suggest(String id) {
        String simple = id.toLowerCase().replace(".", "").replace("-", "_");
        List<String> exact = byId.containsKey(simple) ? List.of(simple) : List.of();
        if (!exact.isEmpty()) {
            return exact;
        }
        return Suggestions.nearest(simple, byId.keySet(), 3);
    }

    /** Every indicator, in catalog order (the order of the built-in file, then the site's additions). */
    public List<Indicator> all() {
        return List.copyOf(byId.values());
    }
}
