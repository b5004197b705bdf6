package io.claimdesk.extraction;

/**
 * Who a sentence says is speaking.
 *
 * @param source     the person, organisation or report, or null
 * @param via        the outlet that carried it ("told Reuters", "quoted by Press TV"), or null
 * @param anaphoric  the source is a pronoun or a definite description ("he", "the news portal") that the
 *                   caller should resolve from the sentences before
 * @param cue        what gave the attribution away: "reporting-verb" or "according-to"
 * @param trailing   the attribution frames the whole sentence ("…, Reuters reported."), so every clause
 *                   of the sentence carries it
 * @param verb       the words that attribute, lower case ("said", "states", "according to"), or null
 */
record Attribution(String source, String via, boolean anaphoric, String cue, boolean trailing, String verb) {

    static final Attribution NONE = new Attribution(null, null, false, null, false, null);

    Attribution withVia(String newVia) {
        return new Attribution(source, newVia, anaphoric, cue, trailing, verb);
    }

    boolean found() {
        return source != null;
    }

    Attribution withSource(String resolved) {
        return new Attribution(resolved, via, false, cue, trailing, verb);
    }
}
