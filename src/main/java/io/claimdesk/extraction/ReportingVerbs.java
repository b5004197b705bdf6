package io.claimdesk.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which words of a sentence report speech: "said" always; "states", "claims" only before "that" or a
 * quotation (otherwise they are nouns: "rejected claims that"); "explaining" only before "that"; "called"
 * only before a quotation; nothing after "was" or "it" ("was reported" names no speaker).
 */
final class ReportingVerbs {

    /** Reporting verbs: the word alone is enough. */
    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "reported", "added", "adds",
            "stated", "announced", "announces", "claimed", "warned", "warns", "wrote", "noted", "explained", "argued",
            "insisted", "clarified", "assured", "admitted", "accused", "accuses", "alleged", "highlighted",
            "confirmed", "denied", "denies", "revealed", "acknowledged", "suggested", "assumed", "estimated",
            "described", "mentioned", "stressed", "emphasized", "emphasised", "declared", "asserted", "spoke",
            "recalled", "concluded", "demanded", "urged", "condemned", "blamed", "referred", "rejected", "dismissed",
            "refuted");
    /** Forms that double as nouns ("reports of drones") or modifiers: they count only before "that" or a quote. */
    private static final Set<String> BEFORE_THAT_OR_QUOTE = Set.of("states", "reports", "claims", "notes", "writes",
            "maintained");
    /** "rejected claims that": after these the word is a noun, not somebody claiming. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "these", "those", "such", "of", "its",
            "his", "her", "their", "our", "new", "recent", "false", "similar", "earlier", "previous", "media", "press");
    /** Participles ("explaining that …") count only before "that". */
    private static final Set<String> BEFORE_THAT = Set.of("explaining", "saying", "stating", "claiming", "warning",
            "noting", "arguing", "insisting", "adding", "alleging");
    /** How a word can report speech; every cue word once, so a sentence costs one lookup per word. */
    private enum Cue { VERB, BEFORE_THAT_OR_QUOTE, BEFORE_THAT, POINTED, CALLED, OTHER }

    private static final Map<String, Cue> CUES = new HashMap<>();

    static {
        VERBS.forEach(v -> CUES.put(v, Cue.VERB));
        BEFORE_THAT_OR_QUOTE.forEach(v -> CUES.put(v, Cue.BEFORE_THAT_OR_QUOTE));
        BEFORE_THAT.forEach(v -> CUES.put(v, Cue.BEFORE_THAT));
        CUES.put("pointed", Cue.POINTED);
        CUES.put("called", Cue.CALLED);
        CUES.put("according", Cue.OTHER);
        CUES.put("quoted", Cue.OTHER);
    }

    /** "was reported", "not yet clarified": a participle, not somebody speaking. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being",
            "not", "yet", "never", "it");
    private static final Set<String> PASSIVE_ADVERBS = Set.of("only", "also", "widely", "first", "later", "never",
            "not", "yet");
    /** How far after "called" the quotation may start. */
    private static final int CALLED_REACH = 60;

    private ReportingVerbs() {
    }

    /** Any word that can make the sentence attributed: the cheap test before any other. */
    static boolean mentionedIn(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (CUES.containsKey(words.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * End of the reporting verb at word i ("pointed out" takes two words), or -1; quoted words never count.
     *
     * @param masked the sentence with its quotations blanked out
     * @param quoted [start, end) of the quotations in the sentence
     */
    static int endAt(String masked, Words words, int i, List<int[]> quoted) {
        Cue cue = CUES.get(words.lower(i));
        if (cue == null || cue == Cue.OTHER || masked.charAt(words.start(i)) == ' ') {
            return -1;
        }
        boolean thatNext = i + 1 < words.size() && words.lower(i + 1).equals("that")
                && masked.charAt(words.start(i + 1)) != ' ';
        return switch (cue) {
            case VERB -> words.end(i);
            case POINTED -> i + 1 < words.size() && words.lower(i + 1).equals("out") ? words.end(i + 1) : -1;
            case BEFORE_THAT -> thatNext ? words.end(i) : -1;
            case BEFORE_THAT_OR_QUOTE -> {
                boolean noun = i > 0 && (NOUN_MARKERS.contains(words.lower(i - 1)) || words.lower(i - 1).endsWith("ed"));
                yield !noun && (thatNext || quoteFollows(masked, words.end(i))) ? words.end(i) : -1;
            }
            case CALLED -> quotedAfter(quoted, words.end(i)) ? words.end(i) : -1;
            default -> -1;
        };
    }

    /** "called the reports “baseless”": a quotation starts shortly after the verb. */
    private static boolean quotedAfter(List<int[]> quoted, int from) {
        for (int[] q : quoted) {
            if (q[0] >= from && q[0] < from + CALLED_REACH) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoteFollows(String masked, int from) {
        int i = Texts.trimStart(masked, from, masked.length());
        if (i < masked.length() && (masked.charAt(i) == ',' || masked.charAt(i) == ':')) {
            i = Texts.trimStart(masked, i + 1, masked.length());
        }
        return i < masked.length() && (masked.charAt(i) == '“' || masked.charAt(i) == '"');
    }

    /** The verb follows "was", "is", "not", "it" (perhaps with "only", "widely" between): no one speaks. */
    static boolean isPassive(String before) {
        int end = before.length();
        if (end == 0 || !Texts.isSpace(before.charAt(end - 1))) {
            return false;
        }
        String last = previousWord(before, end);
        if (last == null) {
            return false;
        }
        if (PASSIVE_AUXILIARIES.contains(last)) {
            return true;
        }
        if (!PASSIVE_ADVERBS.contains(last)) {
            return false;
        }
        int at = Texts.trimEnd(before, 0, end);
        String earlier = previousWord(before, at - last.length());
        return earlier != null && PASSIVE_AUXILIARIES.contains(earlier);
    }

    /** The letters-only word that ends just before {@code end} (spaces skipped), as written, or null. */
    private static String previousWord(String s, int end) {
        int b = Texts.trimEnd(s, 0, end);
        int a = b;
        while (a > 0 && Character.isLetter(s.charAt(a - 1))) {
            a--;
        }
        if (a == b || a > 0 && !Texts.isSpace(s.charAt(a - 1)) && "(\"“".indexOf(s.charAt(a - 1)) < 0) {
            return null;
        }
        return s.substring(a, b);
    }
}
