package io.claimdesk.matching;

/**
 * A counted amount in a claim: "approximately 60 business people", "a delegation of 120 members", "$3 billion".
 *
 * @param unitClass what is counted, comparable across wordings ("people", "money", or the unit's stem)
 * @param surface   the words as written, for the relation's detail
 * @param approximate the text hedges the figure ("about", "some", "at least"), so nearby values agree
 * @param context   stems of the words the figure is said of in its clause ("missing", "raised rate")
 */
record Quantity(double value, String unitClass, String surface, boolean approximate, java.util.Set<String> context,
                boolean vague) {

    Quantity(double value, String unitClass, String surface, boolean approximate) {
        this(value, unitClass, surface, approximate, java.util.Set.of(), false);
    }

    Quantity in(java.util.Set<String> words) {
        return new Quantity(value, unitClass, surface, approximate, java.util.Set.copyOf(words), vague);
    }

    /** "several hundred", "thousands", "dozens": a size, not a figure; it agrees or conflicts with none. */
    Quantity asVague() {
        return new Quantity(value, unitClass, surface, approximate, context, true);
    }

    /**
     * Same unit, and said of the same thing: both clauses name a word or a concept in common ("accompanied by 60"
     * and "a delegation of 120" both name a delegation), or neither names any.
     */
    boolean comparable(Quantity other) {
        if (vague || other.vague || !unitClass.equals(other.unitClass)) {
            return false;
        }
        if (context.isEmpty() || other.context.isEmpty()) {
            return context.isEmpty() && other.context.isEmpty();
        }
        // one shared word is chance when both clauses say more ("revenue rose 5.1 percent" / "seizures rose 3.5
        // percent"): then two are needed
        int needed = Math.min(context.size(), other.context.size()) >= 3 ? 2 : 1;
        int shared = 0;
        for (String w : context) {
            String concept = Lexicon.conceptOf(w);
            if (other.context.contains(w)
                    || concept != null && other.context.stream().anyMatch(o -> concept.equals(Lexicon.conceptOf(o)))) {
                shared++;
            }
        }
        return shared >= needed;
    }

    /**
     * A hedged figure ("about 1,500", "more than 18,000") agrees with one within a tenth of it: two bulletins'
     * "more than 18,000" and "more than 21,000" are different counts a reviewer should see side by side.
     */
    static final double APPROXIMATE = 0.1;
    static final double EXACT = 0.02;

    /** Two figures for the same class disagree when they differ by more than rounding or a stated hedge. */
    boolean disagrees(Quantity other) {
        double tolerance = approximate || other.approximate ? APPROXIMATE : EXACT;
        double hi = Math.max(Math.abs(value), Math.abs(other.value));
        return hi > 0 && Math.abs(value - other.value) / hi > tolerance;
    }

    String key() {
        return "q:" + unitClass + ":" + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
    }
}
