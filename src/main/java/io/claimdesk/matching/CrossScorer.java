package io.claimdesk.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Relations between claims of which one is not in English (a Spanish claim and an English one, a Portuguese and a
 * Spanish one, two Spanish ones): only what needs no translation is compared — names, places, concepts of the
 * lexicon, amounts with their units, dates — as an idf-weighted cosine over those keys. A link needs at least two
 * specific keys in common (a person, an organisation, a city, a specific concept, a date, an amount), one of them an
 * anchor (anything but a concept: "energy and health" are topics, not an event): countries, bare years and generic
 * concepts (visits, agreements) place a claim but never link two, so "Iran and Bolivia" in two claims about
 * different events are no relation.
 */
final class CrossScorer {

    /** Overlap from which claims with two specific keys in common are one event, tuned on corpus/crosslang. */
    static final double SAME_EVENT = 0.3;
    /** A differing figure, date or place already says the claims meet on something: it needs less overlap. */
    static final double CONFLICT = 0.2;
    static final double SUPPORTS = 0.5;
    static final double CONTRADICTS = 0.2;
    static final int SPECIFIC_KEYS = 2;
    /** A shared count under this pins no event on its own ("two ships"). */
    static final double SMALL_COUNT = 10;
    /** A differing place is only a conflict when the claims agree on this much else (cities change within a trip). */
    static final int PLACE_CONFLICT_KEYS = 3;

    private final ToDoubleFunction<String> idf;

    CrossScorer(ToDoubleFunction<String> idf) {
        this.idf = idf;
    }

    Optional<Relation> score(ClaimFeatures fa, ClaimFeatures fb) {
        CrossFeatures a = fa.cross();
        CrossFeatures b = fb.cross();
        double shared = 0;
        int specific = 0;
        boolean anchor = false;
        List<String> evidence = new ArrayList<>();
        for (Map.Entry<String, String> e : a.keys().entrySet()) {
            String there = b.keys().get(e.getKey());
            if (there == null) {
                continue;
            }
            shared += idf.applyAsDouble(e.getKey());
            boolean weak = a.weak(e.getKey()) || b.weak(e.getKey());
            specific += weak ? 0 : 1;
            anchor |= !weak && !e.getKey().startsWith("x:") && !smallCount(e.getKey());
            evidence.add(RelationScorer.label(e.getKey(), e.getValue(), there));
        }
        if (specific < SPECIFIC_KEYS || !anchor || disjointYears(fa, fb)) {
            return Optional.empty();
        }
        double s = shared / Math.sqrt(total(a) * total(b));
        String detail = difference(a, b, specific);
        RelationType type;
        boolean denialA = "DENIAL".equals(fa.card().kind());
        boolean denialB = "DENIAL".equals(fb.card().kind());
        if (denialA != denialB && s >= CONTRADICTS && !(denialA ? fb : fa).opinion()) {
            type = RelationType.CONTRADICTS;
            detail = "denied ⇄ asserted: " + String.join(", ", evidence.subList(0, Math.min(3, evidence.size())));
        } else if (detail != null && s >= CONFLICT) {
            type = RelationType.CONFLICT;
        } else if (detail == null && s >= SUPPORTS && denialA == denialB) {
            type = RelationType.SUPPORTS;
        } else if (s >= SAME_EVENT) {
            type = RelationType.SAME_EVENT;
            detail = null;
        } else {
            return Optional.empty();
        }
        double score = type == RelationType.CONFLICT ? Math.min(1, s + 0.2) : s;
        return Optional.of(new Relation(fa.card().id(), fb.card().id(), type, Math.round(score * 1000) / 1000.0,
                detail, evidence));
    }

    /** "two ships", "three people": counts too common to say which event two claims tell. */
    private static boolean smallCount(String key) {
        return key.startsWith("q:") && Double.parseDouble(key.substring(key.lastIndexOf(':') + 1)) < SMALL_COUNT;
    }

    private double total(CrossFeatures f) {
        double t = 0;
        for (String k : f.keys().keySet()) {
            t += idf.applyAsDouble(k);
        }
        return Math.max(t, 1e-9);
    }

    /** A figure of the same kind said of the same thing, a date within the same year, or the city of the event. */
    private static String difference(CrossFeatures a, CrossFeatures b, int specific) {
        String d = Differences.amounts(a.quantities(), b.quantities(), CrossScorer::comparable);
        if (d == null) {
            d = dates(a, b);
        }
        if (d == null && specific >= PLACE_CONFLICT_KEYS) {
            d = places(a, b);
        }
        return d;
    }

    /**
     * Same kind of thing counted, and said of the same thing when both clauses say what of: across languages a
     * clause's words are mostly not comparable, so a figure whose clause names no concept, place or name is compared
     * (the claims already share two specific keys).
     */
    private static boolean comparable(Quantity a, Quantity b) {
        if (a.vague() || b.vague() || !a.unitClass().equals(b.unitClass())) {
            return false;
        }
        return a.context().isEmpty() || b.context().isEmpty() || a.context().stream().anyMatch(b.context()::contains);
    }

    /** Both give a whole date (or both a month) in the same year and none in common: "20 de julio de 2023 ≠ July 21, 2023". */
    private static String dates(CrossFeatures a, CrossFeatures b) {
        for (CrossFeatures.Dated da : a.dates()) {
            for (CrossFeatures.Dated db : b.dates()) {
                if (da.key().equals(db.key())) {
                    return null;
                }
            }
        }
        for (CrossFeatures.Dated da : a.dates()) {
            for (CrossFeatures.Dated db : b.dates()) {
                if (da.year() == db.year() && da.whole() == db.whole()) {
                    return da.surface() + " ≠ " + db.surface();
                }
            }
        }
        return null;
    }

    /** Each names one city the other does not, and no city in common: where the event happened differs. */
    private static String places(CrossFeatures a, CrossFeatures b) {
        Set<String> ca = cities(a);
        Set<String> cb = cities(b);
        if (ca.size() != 1 || cb.size() != 1 || ca.equals(cb)) {
            return null;
        }
        return a.keys().get(ca.iterator().next()) + " ≠ " + b.keys().get(cb.iterator().next());
    }

    private static Set<String> cities(CrossFeatures f) {
        Set<String> out = new HashSet<>();
        for (String k : f.keys().keySet()) {
            if (k.startsWith("p:") && !f.countries().contains(k) && CITIES.contains(k.substring(2))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Places of the lexicon where an event happens (not organisations, which also sit under places). */
    private static final Set<String> CITIES = Set.of("tehran", "la-paz", "caracas", "buenos-aires", "brasilia",
            "sao-paulo", "rio-de-janeiro", "havana", "managua", "santa-cruz", "cochabamba", "montevideo");

    /** Claims that date themselves (or their article) to different years tell different events. */
    private static boolean disjointYears(ClaimFeatures a, ClaimFeatures b) {
        Set<Integer> ya = years(a);
        Set<Integer> yb = years(b);
        return !ya.isEmpty() && !yb.isEmpty() && ya.stream().noneMatch(yb::contains);
    }

    private static Set<Integer> years(ClaimFeatures f) {
        Set<Integer> out = new HashSet<>();
        for (String k : f.cross().keys().keySet()) {
            if (k.startsWith("y:")) {
                out.add(Integer.parseInt(k.substring(2)));
            }
        }
        if (out.isEmpty() && f.card().published() != null) {
            int year = f.card().published().getYear();
            out.add(year);
            if (f.card().published().getMonthValue() <= 2) {
                out.add(year - 1);
            }
        }
        return out;
    }
}
