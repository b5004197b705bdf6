package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides a claim's kind, stance, whether it is checkable and disputed, and how much it is worth checking,
 * from surface features a reviewer can see in the sentence itself. Every feature that moved the score is
 * listed, and a disputed claim says which words made it so.
 */
final class ClaimClassifier {

    /** How a denial's reason starts; the words that deny follow in quotation marks. */
    static final String DENIAL_REASON = "denial: ";

    record Verdict(ClaimKind kind, ClaimStance stance, boolean checkable, double checkworthiness,
                   List<String> features, boolean disputed, String disputedReason) {}

    private static final int MIN_CHECKABLE_WORDS = 5;

    private final ClaimCues cues;

    ClaimClassifier(LanguagePack pack) {
        cues = new ClaimCues(pack);
    }

    /** The classifier's words; a caller may scan a sentence once with these joined to others. */
    LexiconSet lexicons() {
        return cues.lexicons;
    }

    /**
     * @param words       the claim's words
     * @param hits        a scan of the words by {@link #lexicons()}, or by a set that starts with it
     * @param attribution who the article says asserts it
     * @param directQuote the claim is mostly quoted words
     * @param quotedWords the words inside quotation marks (the speaker's, not the outlet's)
     * @param namesInArticle lower-cased words the article capitalises mid-sentence
     */
    Verdict classify(String sentence, Words words, LexiconSet.Hits hits, Attribution attribution, boolean directQuote,
                     Words quotedWords, List<String> topics, Set<String> namesInArticle) {
        ClaimCues.Found f = cues.find(sentence, words, hits, attribution, quotedWords, namesInArticle);
        List<String> features = new ArrayList<>();
        double score = 0.1;
        score += feature(features, f.number(), "number", 0.25);
        score += feature(features, f.date(), "date", 0.15);
        score += feature(features, f.names() > 0, "named-entity", f.names() >= 3 ? 0.2 : 0.15);
        score += feature(features, attribution.found(), attribution.cue(), 0.1);
        score += feature(features, f.eventVerb() != null, "event-verb", 0.1);
        feature(features, directQuote, "direct-quote", 0);
        score += feature(features, f.denial() != null, "denial", 0.15);
        score += feature(features, f.allegation() != null, "allegation", 0.15);
        score += feature(features, f.hedge() != null, "hedge", 0.1);
        score += feature(features, f.superlative(), "superlative", 0.05);
        score += feature(features, !topics.isEmpty(), "topic", 0.1);
        score += feature(features, f.opinion(), "opinion-marker", -0.3);
        score += feature(features, f.question(), "question", -0.4);
        boolean checkable = !f.opinion() && !f.question() && words.size() >= MIN_CHECKABLE_WORDS
                && (f.number() || f.date() || f.names() > 0 || attribution.found() || f.eventVerb() != null
                || !topics.isEmpty());

        ClaimKind kind;
        if (f.denial() != null) {
            kind = ClaimKind.DENIAL;
        } else if (f.allegation() != null) {
            kind = ClaimKind.ALLEGATION;
        } else if (f.opinion() || f.question()) {
            kind = ClaimKind.OPINION;
        } else if (directQuote) {
            kind = ClaimKind.QUOTE;
        } else if (f.number()) {
            kind = ClaimKind.QUANTITY;
        } else {
            kind = ClaimKind.EVENT;
        }
        ClaimStance stance;
        if (f.denial() != null || f.hedge() != null) {
            stance = ClaimStance.DISPUTES;
        } else if (attribution.found()) {
            stance = ClaimStance.REPORTS;
        } else {
            stance = ClaimStance.ASSERTS;
        }
        String reason = f.denial() != null ? DENIAL_REASON + "\"" + f.denial() + "\"" : f.allegation();
        double rounded = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
        return new Verdict(kind, stance, checkable, rounded, features, reason != null, reason);
    }

    private static double feature(List<String> features, boolean present, String name, double weight) {
        if (!present) {
            return 0;
        }
        features.add(name);
        return weight;
    }
}
