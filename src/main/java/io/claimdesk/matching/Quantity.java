package io.claimdesk.matching;

/**
 * A counted amount in a claim: "approximately 60 business people", "a delegation of 120 members", "$3 billion".
 *
 * @param unitClass what is counted, comparable across wordings ("people", "money", or the unit's stem)
 * @param surface   the words as written, for the relation's detail
 * @param approximate the text hedges the figure ("about", "some", "at least"), so nearby values agree
 */
record Quantity(double value, String unitClass, String surface, boolean approximate) {

    /** Two figures for the same class disagree when they differ by more than rounding or a stated hedge. */
    boolean disagrees(Quantity other) {
        double tolerance = approximate || other.approximate ? 0.25 : 0.02;
        double hi = Math.max(Math.abs(value), Math.abs(other.value));
        return hi > 0 && Math.abs(value - other.value) / hi > tolerance;
    }

    String key() {
        return "q:" + unitClass + ":" + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
    }
}
