package io.claimdesk.extraction;

/**
 * Who a sentence says is speaking.
 *
 * @param source     the person, organisation or report, or null
 * @param via        the outlet that carried it ("told Reuters", "quoted by Press TV"), or null
 * @param anaphoric  the source is a pronoun or a definite description ("he", "the news portal") that the
 *                   caller should resolve from the sentences before
 * @param cue        what gave the attribution away: "reporting-verb" or "according-to"
 */
record Attribution(String source, String via, boolean anaphoric, String cue) {

    static final Attribution NONE = new Attribution(null, null, false, null);

    boolean found() {
        return source != null;
    }

    Attribution withSource(String resolved) {
        return new Attribution(resolved, via, false, cue);
    }
}
