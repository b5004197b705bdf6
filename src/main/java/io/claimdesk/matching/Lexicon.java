package io.claimdesk.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small general vocabulary the rules need: concepts that outlets name with different words, words of
 * denial, words that say a relationship grew or ended, and the classes of things that numbers count.
 * Stems (Snowball English) are used throughout so inflections meet.
 */
final class Lexicon {

    /** Concept → the stems and stem pairs ("defenc pact") that name it; a claim naming any carries the concept. */
    static final Map<String, List<String>> CONCEPTS = Map.of(
            "military", List.of("militari cooper", "militari trainer", "militari equip", "militari aid", "drone",
                    "weapon", "arm deal", "arm sale", "missil", "defenc pact", "defens pact", "defenc agreement", "defenc minist", "defens minist",
                    "defens agreement", "warship", "troop", "militari base", "militari school", "militari academi"),
            "visit", List.of("visit", "trip", "tour", "journey", "itinerari", "travel", "trip abroad"),
            "agreement", List.of("agreement", "memorandum", "deal", "pact", "accord", "treati", "contract"),
            "relations", List.of("relat", "relationship", "tie", "bond", "link", "allianc", "partnership"),
            "delegation", List.of("deleg", "accompani", "entourag"),
            "oil", List.of("oil", "gasolin", "fuel", "refineri", "petrochem", "tanker"));

    private static final Map<String, String> CONCEPT_OF_STEM = conceptsOfStems();

    /** The concept a single stem names ("accompani" → delegation), or null. */
    static String conceptOf(String stem) {
        return CONCEPT_OF_STEM.get(stem);
    }

    private static Map<String, String> conceptsOfStems() {
        Map<String, String> m = new HashMap<>();
        CONCEPTS.forEach((concept, phrases) -> phrases.stream().filter(p -> !p.contains(" "))
                .forEach(p -> m.putIfAbsent(p, concept)));
        return m;
    }

    /** Concepts too common to say what a denial is about. */
    static final Set<String> GENERIC_CONCEPTS = Set.of("relations", "visit", "agreement");

    /** Words with which a speaker denies or rejects what others assert. */
    static final Set<String> DENIAL = Set.of("deni", "deny", "reject", "dismiss", "refut", "ridicul", "baseless",
            "absurd", "fabric", "lie", "unfound", "groundless", "nonsens", "fals", "rebuf", "debunk");

    /** Words with which one party accuses another: what a denial that names no content of its own answers. */
    static final Set<String> ACCUSATION = Set.of("accus", "alleg", "charg", "claim");

    /** Words for what one party said, by which a denial refers to it without repeating it ("the accusations"). */
    static final Set<String> STATEMENTS = Set.of("accus", "claim", "alleg", "report", "figur", "estim", "suggest",
            "charg", "wrongdo", "assert", "stori", "number");

    /** Plain negations that make a disputing claim a denial rather than a hedge. */
    /**
     * How a source spoke, not what happened: "two people familiar with the talks, who spoke on condition of
     * anonymity because they were not authorized to discuss …", "did not respond to a request for comment". Every
     * story has them; they are no matching key.
     */
    static final Set<String> SOURCING = Set.of("anonymity", "condition", "familiar", "authorized", "authorised",
            "publicly", "spoke", "speaking", "named", "comment", "request", "respond", "responded");

    /** Words after a negation that make it add rather than deny: "not only", "not limited to", "not just". */
    static final Set<String> ADDITIVE = Set.of("only", "just", "merely", "limited", "simply", "solely");

    static final Set<String> NEGATION = Set.of("not", "never", "no", "nor", "none", "didn't", "did't", "isn't",
            "wasn't", "aren't", "don't", "doesn't");

    static final Set<String> TREND_DOWN = Set.of("laps", "end", "sever", "broke", "broken", "sour", "cut",
            "suspend", "froze", "frozen", "collaps", "deterior", "fade", "cool", "halt", "ceas", "declin");
    static final Set<String> TREND_UP = Set.of("close", "closer", "strengthen", "deepen", "grew", "grown", "expand",
            "improv", "resum", "warm", "reviv", "flourish", "boost", "intensifi");

    /** Words that put a list of places in order (an itinerary) rather than just naming them. */
    static final Set<String> ORDER = Set.of("began", "begin", "start", "first", "end", "finish", "then", "next",
            "last", "final", "via", "through", "before", "later");

    /** Capitalised words that are roles or calendar words, not names. */
    static final Set<String> NOT_NAMES = Set.of("president", "minister", "foreign", "deputy", "affairs",
            "secretary", "spokesperson", "spokesman", "former", "then", "mr", "mrs", "ms", "dr", "the", "a", "an",
            "in", "on", "at", "as", "but", "and", "it", "its", "this", "that", "these", "those", "he", "she", "they",
            "we", "i", "our", "their", "his", "her", "there", "here", "after", "before", "since", "during", "when",
            "while", "if", "although", "however", "still", "thus", "so", "also", "according", "first", "second",
            "last", "many", "some", "several", "both", "each", "every", "all", "no", "not", "to", "for", "of",
            "by", "with", "from", "what", "who", "which", "why", "how", "did", "does", "do", "is", "are", "was",
            "were", "will", "would", "can", "could", "may", "might", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "minister's", "general", "chief", "head", "leader", "ambassador",
            "director", "executive", "department", "ministry", "government", "state", "states", "united",
            "today", "yesterday", "tomorrow", "now", "nobody", "everyone", "everybody", "someone", "somebody",
            "nothing", "none", "meanwhile", "instead", "later", "earlier", "another", "whichever", "whatever", "few",
            "most", "once", "yes", "my", "your", "such", "even", "only", "just", "where");

    static final Map<String, Integer> MONTHS = months();

    private static final Map<String, String> UNIT_CLASS = unitClasses();

    private Lexicon() {
    }

    /** The class of thing a unit noun counts, so "business people" and "members" compare; else the stem itself. */
    static String unitClass(String stem) {
        return UNIT_CLASS.getOrDefault(stem, stem);
    }

    private static Map<String, String> unitClasses() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("peopl", "person", "member", "deleg", "offici", "businessmen", "businessman",
                "businesspeopl", "soldier", "troop", "diplomat", "citizen", "journalist", "prison", "prisoner",
                "worker", "employe", "refuge", "migrant", "student", "repres", "victim", "casualti", "death",
                "protest", "protestor", "particip", "passeng", "resid", "civilian", "activist", "arrest", "detaine",
                "dead", "toll", "striker", "support", "voter", "patient", "dockwork")) {
            m.put(s, "people");
        }
        for (String s : List.of("agreement", "memorandum", "deal", "accord", "treati", "contract", "pact", "mou")) {
            m.put(s, "agreements");
        }
        for (String s : List.of("dollar", "usd", "euro", "$", "bolivar", "rial")) {
            m.put(s, "money");
        }
        for (String s : List.of("ship", "tanker", "vessel", "warship", "frigat", "boat")) {
            m.put(s, "vessels");
        }
        for (String s : List.of("plane", "jet", "drone", "aircraft", "flight", "helicopt")) {
            m.put(s, "aircraft");
        }
        for (String s : List.of("countri", "nation", "state")) {
            m.put(s, "countries");
        }
        return m;
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
        }
        return m;
    }
}
