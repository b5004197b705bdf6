package io.claimdesk.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The detail in which two accounts of one event differ: a counted amount, the direction of a relationship
 * at the same date, or the order of an itinerary. Returns the values side by side, or null when they agree.
 */
final class Differences {

    private Differences() {
    }

    static String between(ClaimFeatures a, ClaimFeatures b) {
        String d = amounts(a.quantities(), b.quantities(), Quantity::comparable);
        if (d == null) {
            d = trend(a, b);
        }
        if (d == null) {
            d = order(a, b);
        }
        return d;
    }

    /**
     * Same kind of thing counted and said of the same thing, no figure in common, and the figures differ beyond
     * rounding or hedges.
     */
    static String amounts(List<Quantity> a, List<Quantity> b, java.util.function.BiPredicate<Quantity, Quantity> comparable) {
        // a class of amount on which the claims agree anywhere ("418 of the 1,062 polling stations" and "about 400
        // polling stations") is no conflict, whatever other figures of that class they give
        java.util.Set<String> agreed = new java.util.HashSet<>();
        for (Quantity qa : a) {
            for (Quantity qb : b) {
                if (comparable.test(qa, qb) && !qa.disagrees(qb)) {
                    agreed.add(qa.unitClass());
                }
            }
        }
        for (Quantity qa : a) {
            if (qa.unitClass().equals("count") || agreed.contains(qa.unitClass())) {
                continue;
            }
            for (Quantity qb : b) {
                if (comparable.test(qa, qb)) {
                    return qa.surface() + " ≠ " + qb.surface();
                }
            }
        }
        return null;
    }

    /** At a shared date one side says the relationship ended, the other that it was close or growing. */
    private static String trend(ClaimFeatures a, ClaimFeatures b) {
        Integer year = a.years().stream().filter(b.years()::contains).findFirst().orElse(null);
        if (year == null || !a.keys().containsKey("c:relations") || !b.keys().containsKey("c:relations")) {
            return null;
        }
        if (a.trendDown() != null && b.trendDown() == null && b.trendUp() != null) {
            return a.trendDown() + " in " + year + " ≠ " + b.trendUp() + " since " + year;
        }
        if (b.trendDown() != null && a.trendDown() == null && a.trendUp() != null) {
            return a.trendUp() + " since " + year + " ≠ " + b.trendDown() + " in " + year;
        }
        return null;
    }

    /** The same four or more places listed in a different order, where one side gives an itinerary. */
    private static String order(ClaimFeatures a, ClaimFeatures b) {
        if (!a.ordered() && !b.ordered()) {
            return null;
        }
        List<String> sa = new ArrayList<>(a.listedNames());
        sa.retainAll(b.listedNames());
        List<String> sb = new ArrayList<>(b.listedNames());
        sb.retainAll(a.listedNames());
        if (sa.size() < 4 || sa.equals(sb)) {
            return null;
        }
        return "order: " + surfaces(a, sa) + " ≠ " + surfaces(b, sb);
    }

    private static String surfaces(ClaimFeatures f, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(f.keys().get("e:" + k));
        }
        return String.join(", ", out);
    }
}
