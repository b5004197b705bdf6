package io.claimdesk.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Aligns two claims' names, amounts, dates and key terms and names the relation, if any. Overlap is an
 * idf-weighted cosine over the claims' keys, so names and words every claim of the corpus shares count
 * little. Order of the rules: a denial against an assertion contradicts it; the same event with a differing
 * detail conflicts; a high, compatible overlap supports; a moderate one is the same event.
 */
final class RelationScorer {

    /** Overlap thresholds, tuned on the hand-linked seed pairs; a conflict or denial needs less overlap
     * because its other evidence (a differing amount, a denial cue) already says the claims meet. */
    static final double SAME_EVENT = 0.25;
    static final double SUPPORTS = 0.45;
    static final double CONFLICT = 0.12;
    static final double CONTRADICTS = 0.08;
    static final double ANCHOR_BONUS = 0.08;
    /** A conflict needs the same actors and places, not one shared country: most of the less-named side's names. */
    static final double CONFLICT_NAMES = 0.5;
    /**
     * Support or the same event needs most of the less-named claim's names too: one shared first name with
     * "signed agreements" is not one event when the surnames, places and amounts differ.
     */
    static final double SAME_EVENT_NAMES = 0.4;

    private final ToDoubleFunction<String> idf;
    private final Object generation;

    /** @param generation identifies the index state idf belongs to; weights cached on claims follow it */
    RelationScorer(ToDoubleFunction<String> idf, Object generation) {
        this.idf = idf;
        this.generation = generation;
    }

    /** The claim's key weights in the order of {@link ClaimFeatures#keyOrder()}. */
    double[] weightsOf(ClaimFeatures f) {
        return weights(f).weights();
    }

    private KeyWeights.Snapshot weights(ClaimFeatures f) {
        return f.weights().of(generation, f.keyOrder(), idf);
    }

    Optional<Relation> score(ClaimFeatures a, ClaimFeatures b) {
        KeyWeights.Snapshot wa = weights(a);
        KeyWeights.Snapshot wb = weights(b);
        double shared = 0;
        double sharedNames = 0;
        double sharedContent = 0;
        List<String> evidence = new ArrayList<>();
        String[] keys = a.keyOrder();
        for (int i = 0; i < keys.length; i++) {
            String there = b.keys().get(keys[i]);
            if (there == null) {
                continue;
            }
            double w = wa.weights()[i];
            shared += w;
            char kind = keys[i].charAt(0);
            if (kind == 'e') {
                sharedNames += w;
            } else if (kind == 't' || kind == 'c') {
                sharedContent += w;
            }
            evidence.add(label(keys[i], a.keys().get(keys[i]), there));
        }
        if (shared == 0 || wa.total() == 0 || wb.total() == 0) {
            return Optional.empty();
        }
        double s = shared / Math.sqrt(wa.total() * wb.total()) + (sharesAnchor(a, b) ? ANCHOR_BONUS : 0);
        double namesCover = sharedNames / Math.max(1e-9, Math.min(wa.names(), wb.names()));
        Overlap o = new Overlap(s, sharedNames > 0, sharedContent > 0, namesCover);
        return type(a, b, o).map(t -> new Relation(a.card().id(), b.card().id(), t.type(), round(t.score()),
                t.detail(), evidence));
    }

    /** names: any name shared; namesCover: the shared names' part of the less-named claim's names. */
    private record Overlap(double score, boolean names, boolean content, double namesCover) {
    }

    /** A shared year or counted amount pins two claims to one event more than any word does. */
    private static boolean sharesAnchor(ClaimFeatures a, ClaimFeatures b) {
        for (String k : a.keyOrder()) {
            if ((k.charAt(0) == 'y' || k.charAt(0) == 'q') && b.keys().containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    private record Typed(RelationType type, double score, String detail) {
    }

    private Optional<Typed> type(ClaimFeatures a, ClaimFeatures b, Overlap o) {
        ClaimFeatures denial = a.denial() ? a : b;
        ClaimFeatures other = a.denial() ? b : a;
        if (a.denial() != b.denial() && o.score() >= CONTRADICTS && (o.names() || sharesTopic(a, b))
                && sharesContent(denial, other)) {
            return Optional.of(new Typed(RelationType.CONTRADICTS, Math.min(1, o.score() + 0.3),
                    "denied: " + denialCue(denial) + " ⇄ asserted: " + contentWords(other, denial)));
        }
        boolean sameYear = a.years().stream().anyMatch(b.years()::contains);
        if (o.score() >= CONFLICT && (o.namesCover() >= CONFLICT_NAMES || (o.names() && sameYear)) && !disjointYears(a, b)) {
            String detail = Differences.between(a, b);
            if (detail != null && (o.content() || o.score() >= SAME_EVENT)) {
                return Optional.of(new Typed(RelationType.CONFLICT, Math.min(1, o.score() + 0.2), detail));
            }
        }
        if (!o.names() || !o.content() || o.namesCover() < SAME_EVENT_NAMES) {
            return Optional.empty();
        }
        if (o.score() >= SUPPORTS && a.denial() == b.denial() && Differences.between(a, b) == null) {
            return Optional.of(new Typed(RelationType.SUPPORTS, o.score(), null));
        }
        if (o.score() >= SAME_EVENT) {
            return Optional.of(new Typed(RelationType.SAME_EVENT, o.score(), null));
        }
        return Optional.empty();
    }

    /**
     * A denial contradicts only what it is about: a shared specific concept (not the generic relations,
     * visits or agreements), or most of the denial's own content words.
     */
    private boolean sharesContent(ClaimFeatures denial, ClaimFeatures other) {
        double own = 0;
        double shared = 0;
        double[] w = weights(denial).weights();
        String[] keys = denial.keyOrder();
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            boolean there = other.keys().containsKey(k);
            if (k.startsWith("c:") && there && !Lexicon.GENERIC_CONCEPTS.contains(k.substring(2))) {
                return true;
            }
            if (k.startsWith("t:") && !Lexicon.DENIAL.contains(k.substring(2))) {
                own += w[i];
                shared += there ? w[i] : 0;
            }
        }
        return own > 0 && shared / own >= 0.5;
    }

    private static boolean sharesTopic(ClaimFeatures a, ClaimFeatures b) {
        return a.card().topics().stream().anyMatch(b.card().topics()::contains);
    }

    /** Both claims date themselves and share no year: two different events, however alike the words. */
    private static boolean disjointYears(ClaimFeatures a, ClaimFeatures b) {
        return !a.years().isEmpty() && !b.years().isEmpty() && a.years().stream().noneMatch(b.years()::contains);
    }

    private static String denialCue(ClaimFeatures f) {
        for (Words.Token t : Words.tokens(f.text())) {
            if (Lexicon.DENIAL.contains(Words.stem(t.lower())) || Lexicon.NEGATION.contains(t.lower())) {
                return t.text();
            }
        }
        return "disputed";
    }

    /** The words of the asserting claim that the denial's concepts or terms cover. */
    private static String contentWords(ClaimFeatures other, ClaimFeatures denial) {
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, String> e : other.keys().entrySet()) {
            if ((e.getKey().startsWith("c:") || e.getKey().startsWith("t:")) && denial.keys().containsKey(e.getKey())
                    && !e.getKey().equals("c:relations")) {
                words.add(e.getValue());
            }
        }
        return words.isEmpty() ? "overlapping terms" : String.join(", ", words.subList(0, Math.min(4, words.size())));
    }

    private static String label(String key, String here, String there) {
        String kind = switch (key.charAt(0)) {
            case 'e' -> "entity";
            case 'y' -> "date";
            case 'q' -> "number";
            case 'c' -> "concept";
            default -> "term";
        };
        String value = key.charAt(0) == 'c' ? key.substring(2) + " (" + here + " / " + there + ")"
                : here.equalsIgnoreCase(there) ? here : here + " / " + there;
        return kind + ": " + value;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
