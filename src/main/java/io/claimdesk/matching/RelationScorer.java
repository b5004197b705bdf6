package io.claimdesk.matching;

import io.claimdesk.extraction.StopWords;

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
    /** A word or concept in fewer than about one claim in ten (BM25 idf 2.5) says what a claim is about. */
    static final double SPECIFIC = 2.5;
    /** Within one story: uncommon words a conflict must share besides its differing amount, and a same event. */
    static final int STORY_CONFLICT_WORDS = 2;
    static final int STORY_SAME_EVENT_WORDS = 2;
    static final double STORY_SAME_EVENT = 0.3;

    private final ToDoubleFunction<String> idf;
    private final Object generation;
    private final Stories stories;
    private final CrossScorer cross;

    /**
     * @param generation identifies the index state idf belongs to; weights cached on claims follow it
     * @param crossIdf   the weights of the keys that need no translation, for pairs not both in English
     */
    RelationScorer(ToDoubleFunction<String> idf, Object generation, Stories stories, ToDoubleFunction<String> crossIdf) {
        this.idf = idf;
        this.generation = generation;
        this.stories = stories;
        this.cross = new CrossScorer(crossIdf);
    }

    /** The claim's key weights in the order of {@link ClaimFeatures#keyOrder()}. */
    double[] weightsOf(ClaimFeatures f) {
        return weights(f).weights();
    }

    private KeyWeights.Snapshot weights(ClaimFeatures f) {
        return f.weights().of(generation, f.keyOrder(), idf);
    }

    Optional<Relation> score(ClaimFeatures a, ClaimFeatures b) {
        // the rules below read English words; a pair with a claim in another language compares what needs no translation
        if (!"en".equals(a.language()) || !"en".equals(b.language())) {
            return cross.score(a, b);
        }
        KeyWeights.Snapshot wa = weights(a);
        KeyWeights.Snapshot wb = weights(b);
        double shared = 0;
        double sharedNames = 0;
        double sharedContent = 0;
        int specific = 0;
        boolean sameAmount = false;
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
                specific += w >= SPECIFIC ? 1 : 0;
            } else if (kind == 'q') {
                sameAmount = true;
            }
            evidence.add(label(keys[i], a.keys().get(keys[i]), there));
        }
        if (shared == 0 || wa.total() == 0 || wb.total() == 0) {
            return Optional.empty();
        }
        double s = shared / Math.sqrt(wa.total() * wb.total()) + (sharesAnchor(a, b) ? ANCHOR_BONUS : 0);
        double namesCover = sharedNames / Math.max(1e-9, Math.min(wa.names(), wb.names()));
        Overlap o = new Overlap(s, sharedNames > 0, sharedContent > 0, namesCover, specific, sameAmount);
        return type(a, b, o).map(t -> new Relation(a.card().id(), b.card().id(), t.type(), round(t.score()),
                t.detail(), evidence));
    }

    /**
     * names: any name shared; namesCover: the shared names' part of the less-named claim's names; specific: shared
     * words and concepts that few claims use; sameAmount: a counted amount both give.
     */
    private record Overlap(double score, boolean names, boolean content, double namesCover, int specific,
                           boolean sameAmount) {
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
        // a link within one story needs a denial or a shared uncommon word: test that before the costlier story check
        if ((a.denial() || b.denial() || o.specific() >= 1) && stories.same(a.card(), b.card())) {
            Optional<Typed> t = inOneStory(a, b, o);
            if (t.isPresent()) {
                return t;
            }
        }
        ClaimFeatures denial = a.denial() ? a : b;
        ClaimFeatures other = a.denial() ? b : a;
        // across stories: not a party denying itself, not a claim of another year, and not what was said only after
        // the denial was published (a 2016 denial does not answer a 2024 report)
        if (a.denial() != b.denial() && o.score() >= CONTRADICTS && (o.names() || sharesTopic(a, b))
                && !other.negates() && !other.opinion() && !sameParty(denial, other) && !disjointYears(a, b) && !after(other, denial)
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
     * Two articles of one story: their claims need not name the same people to be about one event, but a link still
     * needs the claims' own evidence: a denial that answers the other claim, the same kind of amount differing, the
     * same amount given, or several uncommon words in common.
     */
    private Optional<Typed> inOneStory(ClaimFeatures a, ClaimFeatures b, Overlap o) {
        for (ClaimFeatures[] pair : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            ClaimFeatures denial = pair[0];
            ClaimFeatures other = pair[1];
            if (denial.denial() && !other.negates() && !other.opinion() && !sameParty(denial, other)
                    && (answers(denial, other) || o.specific() >= STORY_CONFLICT_WORDS && sharesContent(denial, other))) {
                return Optional.of(new Typed(RelationType.CONTRADICTS, Math.min(1, o.score() + 0.3),
                        "denied: " + denialCue(denial) + " ⇄ asserted: " + contentWords(other, denial)));
            }
        }
        if (a.denial() != b.denial()) {
            return Optional.empty();
        }
        String detail = Differences.between(a, b);
        if (detail != null && o.specific() >= STORY_CONFLICT_WORDS && !disjointYears(a, b)) {
            return Optional.of(new Typed(RelationType.CONFLICT, Math.min(1, o.score() + 0.2), detail));
        }
        if (detail == null && o.sameAmount() && o.specific() >= 1) {
            return Optional.of(new Typed(RelationType.SUPPORTS, Math.max(o.score(), SUPPORTS), null));
        }
        if (o.score() >= STORY_SAME_EVENT && o.specific() >= STORY_SAME_EVENT_WORDS) {
            return Optional.of(new Typed(detail == null && o.score() >= SUPPORTS ? RelationType.SUPPORTS
                    : RelationType.SAME_EVENT, o.score(), null));
        }
        return Optional.empty();
    }

    /**
     * A denial answers a claim of its story by another party when the claim accuses the denying party ("SUPSA
     * accuses APT of …" / "APT … called the reports baseless"), or when the denial cites the claim's source and what
     * it said ("We reject the port authority's figure of 1,500" / the authority put the number at about 1,500).
     * Rejecting "the accusations" while naming a source answers what that source alleged, not a count it gave.
     * A report that merely names the denier needs the denial's subject too.
     */
    private boolean answers(ClaimFeatures denial, ClaimFeatures other) {
        String denier = denial.card().attributedTo();
        String source = other.card().attributedTo();
        boolean accusesDenier = other.allegation() && (named(denier, other) || sharesNames(denial, other))
                || "REPORTS".equals(other.card().stance()) && named(denier, other) && sharesContent(denial, other);
        boolean citesSource = named(source, denial)
                && (sharesAmount(denial, other) || refersToAStatement(denial) && other.allegation());
        return accusesDenier || citesSource;
    }

    /** Both claims give the words of one party (two outlets quoting one minister): a party does not deny itself. */
    private static boolean sameParty(ClaimFeatures a, ClaimFeatures b) {
        String x = a.card().attributedTo();
        String y = b.card().attributedTo();
        return x != null && y != null && (x.equals(y) || wordsOf(x).stream().anyMatch(wordsOf(y)::contains));
    }

    /** Whether a party's name ("Andes Pacific Terminals", "regional police command") is written in the claim. */
    private static boolean named(String party, ClaimFeatures in) {
        if (party == null) {
            return false;
        }
        for (String w : wordsOf(party)) {
            if (in.keys().containsKey("t:" + Words.stem(w)) || in.keys().containsKey("e:" + Words.nameKey(w))) {
                return true;
            }
        }
        return false;
    }

    /** The party's own words: long enough to name it, not the words of any sentence. */
    private static List<String> wordsOf(String party) {
        List<String> out = new ArrayList<>();
        for (Words.Token t : Words.tokens(party)) {
            String lower = t.lower();
            if (lower.length() >= 4 && !StopWords.MATCHING.contains(lower)) {
                out.add(t.text());
            }
        }
        return out;
    }

    private static boolean sharesNames(ClaimFeatures a, ClaimFeatures b) {
        return a.keys().keySet().stream().anyMatch(k -> k.startsWith("e:") && b.keys().containsKey(k));
    }

    private static boolean sharesAmount(ClaimFeatures a, ClaimFeatures b) {
        return a.keys().keySet().stream().anyMatch(k -> k.startsWith("q:") && b.keys().containsKey(k));
    }

    /** "rejected the accusations", "called the reports baseless", "the Observatory's estimate was alarmist". */
    private static boolean refersToAStatement(ClaimFeatures denial) {
        return denial.keys().keySet().stream().anyMatch(k -> k.startsWith("t:") && Lexicon.STATEMENTS.contains(k.substring(2)));
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
            if (k.startsWith("c:") && there && !Lexicon.GENERIC_CONCEPTS.contains(k.substring(2))
                    && !titled(denial.keys().get(k))) {
                return true;
            }
            if (k.startsWith("t:") && !Lexicon.DENIAL.contains(k.substring(2)) && !denial.nameTerms().contains(k)) {
                own += w[i];
                shared += there ? w[i] : 0;
            }
        }
        return own > 0 && shared / own >= 0.5;
    }

    /** "Defence Minister", capitalised: the title of whoever speaks, not the subject of the denial. */
    private static boolean titled(String surface) {
        return surface != null && surface.contains(" ") && Character.isUpperCase(surface.codePointAt(0));
    }

    private static boolean sharesTopic(ClaimFeatures a, ClaimFeatures b) {
        return a.card().topics().stream().anyMatch(b.card().topics()::contains);
    }

    /** The claim's article was published well after the denial's, or the claim names only years after it. */
    private static boolean after(ClaimFeatures claim, ClaimFeatures denial) {
        java.time.LocalDate denied = denial.card().published();
        if (denied == null) {
            return false;
        }
        java.time.LocalDate said = claim.card().published();
        if (said != null && said.isAfter(denied.plusDays(Stories.MAX_DAYS_APART))) {
            return true;
        }
        return !claim.years().isEmpty() && claim.years().stream().allMatch(y -> y > denied.getYear());
    }

    /** Both claims date themselves and share no year: two different events, however alike the words. */
    private static boolean disjointYears(ClaimFeatures a, ClaimFeatures b) {
        java.util.Set<Integer> ya = yearsOf(a);
        java.util.Set<Integer> yb = yearsOf(b);
        return !ya.isEmpty() && !yb.isEmpty() && ya.stream().noneMatch(yb::contains);
    }

    /**
     * The years a claim speaks of: those it names, else its article's year (and the year before, for a story
     * published in January or February). "The May 2024 floods killed 180" is not this week's flood.
     */
    private static java.util.Set<Integer> yearsOf(ClaimFeatures f) {
        if (!f.years().isEmpty() || f.card().published() == null) {
            return f.years();
        }
        int year = f.card().published().getYear();
        return f.card().published().getMonthValue() <= 2 ? java.util.Set.of(year, year - 1) : java.util.Set.of(year);
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

    /** Evidence as a reviewer reads it: what kind of key, and the words each claim wrote it in. */
    static String label(String key, String here, String there) {
        String kind = switch (key.charAt(0)) {
            case 'e' -> "entity";
            case 'p' -> "place";
            case 'y', 'd' -> "date";
            case 'q' -> "number";
            case 'c', 'x' -> "concept";
            default -> "term";
        };
        String value = key.charAt(0) == 'c' || key.charAt(0) == 'x' ? key.substring(2) + " (" + here + " / " + there + ")"
                : here.equalsIgnoreCase(there) ? here : here + " / " + there;
        return kind + ": " + value;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
