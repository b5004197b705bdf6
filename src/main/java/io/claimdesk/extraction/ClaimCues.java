package io.claimdesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * The questions {@link ClaimClassifier} asks of a sentence, each answered from the words alone: numbers,
 * dates, names, event verbs, denials, suspicions, accusations, alleged crimes, unnamed sources, arms
 * transfers in reports, opinion markers and questions.
 */
final class ClaimCues {

    record Found(boolean number, boolean date, int names, String eventVerb, String denial, String allegation,
                 String hedge, boolean opinion, boolean question, boolean superlative) {}

    private static final Lexicon DENIAL = Lexicon.of("denied", "denies", "deny", "denying", "rejected",
            "rejects", "dismissed", "dismisses", "refuted", "refutes", "ridiculous", "baseless", "unfounded",
            "not true", "false claim", "false claims", "fabricated", "fabrication", "fabrications", "lies",
            "absurd", "nonsense", "slander", "smear");
    /** Words with which the outlet or its source marks a claim as a suspicion, not a finding. */
    private static final Lexicon SUSPICION = Lexicon.of("allegedly", "alleged", "reportedly", "purportedly",
            "suspected", "suspect", "suspects", "suspicion", "suspicions", "unconfirmed", "unverified",
            "not yet clarified", "not been clarified", "not been confirmed", "assumed", "presumably", "possible",
            "possibly", "believed to");
    /** Words with which the outlet keeps its distance without calling the claim an allegation. */
    private static final Lexicon DOUBT = Lexicon.of("supposed", "supposedly", "seemingly", "ostensibly",
            "claims to", "claimed to");
    private static final Lexicon ACCUSATION = Lexicon.of("accused", "accuses", "accusing", "accusation",
            "accusations", "allegation", "allegations", "claimed", "plot", "plots", "plotting", "plotted",
            "warned of", "warned against", "blamed", "charged with", "indicted", "conspiracy", "conspired");
    /** A crime a party is said to plan or to be involved in: such a claim is an allegation until proven. */
    private static final Lexicon CRIME = Lexicon.of("assassinate", "assassination", "kidnap", "kidnapping",
            "abduct", "abduction", "kill", "killing", "killings", "murder", "bomb", "bombing", "bombings",
            "execution", "executions", "massacre", "torture", "crimes", "war crimes", "terrorist attack",
            "terrorist attacks", "smuggle", "smuggling", "launder", "laundering");
    private static final Lexicon CRIME_FRAME = Lexicon.of("plan", "plans", "planned", "planning", "plot",
            "plots", "plotting", "involvement in", "involved in", "responsible for", "targeted", "demanded",
            "investigation for", "investigation into", "behind the", "linked to", "implicated");
    /** Transfers of arms and military aid: reported by a third party, such a claim is an allegation. */
    /** Verb forms only: "arms transfers" and "supplies" as nouns say nothing about who sent what. */
    private static final Lexicon TRANSFER = Lexicon.of("deliver", "delivers", "delivered", "delivering",
            "supplied", "supplying", "provide", "provides", "provided", "providing", "offered", "offering",
            "send", "sends", "sent", "sending", "shipped", "shipping", "transferred", "transferring", "sell",
            "sells", "sold", "selling", "carrying", "carried", "smuggled", "smuggling", "flew", "flown");
    private static final Lexicon ARMS = Lexicon.of("weapon", "weapons", "arms", "drone", "drones", "missile",
            "missiles", "rocket", "rockets", "ammunition", "munitions", "uav", "uavs", "aerial vehicle",
            "aerial vehicles", "military trainers", "trainers", "explosives", "rifles", "military equipment");
    /**
     * How a report or an assessment attributes ("a report states", "Politico reported", "according to"):
     * an arms transfer it describes is an allegation, unlike one a party itself "said" or "confirmed".
     */
    private static final Set<String> ASSESSING = Set.of("states", "reports", "reported", "claims", "claimed",
            "cites", "assumed", "alleged", "estimated", "suggested", "wrote", "writes", "warned", "warns",
            "according to", "revealed");
    /**
     * How a document asserts ("the report states", "it claims", "cites", "assumed"), unlike news of an event
     * ("Tehran Times reported"): any military claim it makes is an allegation.
     */
    private static final Set<String> DOCUMENT_VERBS = Set.of("states", "claims", "claimed", "cites", "alleged",
            "assumed", "estimated", "suggested");
    /** The actor speaking of itself ("we", not the country "US"): an admission, not an allegation. */
    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "We", "Our");
    /** Who speaks without a name: "industry sources", "two people familiar with the matter". */
    private static final Set<String> UNNAMED = Set.of("sources", "source", "insiders", "officials", "official",
            "diplomats", "people", "person");
    private static final Set<String> HEAD_FOLLOWERS = Set.of("familiar", "close", "with", "who", "in", "at");
    private static final Lexicon OPINION = Lexicon.of("should", "must", "ought to", "perhaps", "seem", "seems",
            "seemed", "appear to", "appears to", "in this sense", "arguably", "i think", "we believe",
            "it is clear", "we want", "we hope", "we wish", "hoped", "hopes that", "suggest that",
            "suggests that");
    private static final Lexicon NUMBER_WORDS = Lexicon.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens");
    /** "the two countries" refers to things already named; it counts nothing. */
    private static final Set<String> REFERENCE = Set.of("the", "these", "those", "its", "their", "his", "her");
    private static final Lexicon DATE_WORDS = Lexicon.caseSensitive("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last year", "this year",
            "next year", "last month", "last week", "years ago", "year ago");
    private static final Lexicon MONTHS = Lexicon.caseSensitive("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");
    private static final Lexicon SUPERLATIVE = Lexicon.of("first", "last", "only", "largest", "biggest", "most",
            "least", "highest", "lowest", "record", "never", "always");
    /** Verbs that report something happening, the core of an event claim. */
    private static final Lexicon EVENT_VERBS = Lexicon.of("signed", "visited", "met", "announced", "delivered",
            "launched", "attacked", "killed", "arrested", "opened", "closed", "established", "agreed",
            "appointed", "elected", "died", "held", "received", "sent", "sold", "bought", "flew", "landed",
            "left", "arrived", "traveled", "travelled", "built", "created", "deployed", "seized", "banned",
            "imposed", "lifted", "approved", "invested", "exported", "imported", "supplied", "provided",
            "offered", "planned", "uncovered", "deposed", "founded", "expanded", "reopened", "scrapped", "docked",
            "displayed", "included", "maintains", "increased", "developed", "began", "ended", "occurred",
            "converted", "exerted", "paid", "strengthened", "broadcast", "accompanied");
    static final LexiconSet LEXICONS = new LexiconSet(List.of(DENIAL, SUSPICION, DOUBT, ACCUSATION, CRIME,
            CRIME_FRAME, TRANSFER, ARMS, OPINION, NUMBER_WORDS, DATE_WORDS, MONTHS, SUPERLATIVE, EVENT_VERBS));
    private static final int IS_DENIAL = 0;
    private static final int IS_SUSPICION = 1;
    private static final int IS_DOUBT = 2;
    private static final int IS_ACCUSATION = 3;
    private static final int IS_CRIME = 4;
    private static final int IS_CRIME_FRAME = 5;
    private static final int IS_TRANSFER = 6;
    private static final int IS_ARMS = 7;
    private static final int IS_OPINION = 8;
    private static final int IS_NUMBER = 9;
    private static final int IS_DATE = 10;
    private static final int IS_MONTH = 11;
    private static final int IS_SUPERLATIVE = 12;
    private static final int IS_EVENT_VERB = 13;
    private static final Set<String> QUESTION_OPENERS = Set.of("Did", "Does", "Do", "Is", "Are", "Was", "Were",
            "Will", "Would", "Can", "Could", "Should");

    Found find(String sentence, Words words, LexiconSet.Hits hits, Attribution attribution, Words quotedWords,
               List<String> topics, Set<String> namesInArticle) {
        String denial = hits.find(IS_DENIAL);
        String suspicion = suspicion(words, hits);
        String doubt = hits.find(IS_DOUBT);
        String allegation = allegation(words, hits, attribution, quotedWords, topics, suspicion);
        boolean question = sentence.endsWith("?") || words.size() > 1 && QUESTION_OPENERS.contains(words.word(0))
                && Character.isUpperCase(words.word(1).charAt(0));
        return new Found(hasCount(words, hits), hasDate(words, hits), names(words, namesInArticle),
                hits.find(IS_EVENT_VERB), denial, allegation, suspicion != null ? suspicion : doubt,
                hasOpinion(words, hits), question, hits.matches(IS_SUPERLATIVE));
    }

    private static String allegation(Words words, LexiconSet.Hits hits, Attribution attribution, Words quotedWords,
                                     List<String> topics, String suspicion) {
        if (suspicion != null) {
            return "suspicion: \"" + suspicion + "\"";
        }
        String accusation = hits.find(IS_ACCUSATION);
        if (accusation != null) {
            return "accusation: \"" + accusation + "\"";
        }
        String crime = hits.find(IS_CRIME);
        String frame = crime == null ? null : hits.find(IS_CRIME_FRAME);
        if (frame != null) {
            return "alleged crime: \"" + frame + "\" … \"" + crime + "\"";
        }
        if (attribution.found() && isUnnamed(attribution.source())) {
            return "unnamed sources: \"" + attribution.source() + "\"";
        }
        String transfer = hits.find(IS_TRANSFER);
        String arms = transfer == null ? null : hits.find(IS_ARMS);
        boolean militaryReport = attribution.verb() != null && topics.contains("military_cooperation")
                && !ownAdmission(words, quotedWords);
        if (militaryReport && arms != null && ASSESSING.contains(attribution.verb())) {
            return "arms transfer in a report: \"" + transfer + "\" … \"" + arms + "\"";
        }
        if (militaryReport && DOCUMENT_VERBS.contains(attribution.verb())) {
            return "military claim in a report: \"" + attribution.verb() + "\"";
        }
        return null;
    }

    private static final Set<String> BEFORE_IDIOM = Set.of("as", "made", "make", "is", "was", "be", "it");
    private static final Set<String> AFTER_IDIOM = Set.of("to", "that", "for");

    /** "possible" hedges a noun ("the possible presence"), not "as soon as possible" or "possible to". */
    private static String suspicion(Words words, LexiconSet.Hits hits) {
        for (int i : hits.starts(IS_SUSPICION)) {
            int length = hits.lengthAt(IS_SUSPICION, i);
            boolean idiom = words.lower(i).startsWith("possib") && (i > 0 && BEFORE_IDIOM.contains(words.lower(i - 1))
                    || i + 1 < words.size() && AFTER_IDIOM.contains(words.lower(i + 1)));
            if (!idiom) {
                return words.original(i, i + length);
            }
        }
        return null;
    }

    /** A description with no name in it (a capital only at its start) whose head is sources or people. */
    private static boolean isUnnamed(String source) {
        Words w = new Words(source);
        boolean unnamedWord = false;
        for (int i = 0; i < w.size(); i++) {
            if (i > 0 && Texts.startsUpper(w.word(i))) {
                return false;
            }
            boolean head = i == w.size() - 1 || HEAD_FOLLOWERS.contains(w.lower(i + 1));
            unnamedWord |= head && UNNAMED.contains(w.lower(i));
        }
        return unnamedWord;
    }

    private static boolean ownAdmission(Words words, Words quotedWords) {
        for (int i = 0; i < quotedWords.size(); i++) {
            if (FIRST_PERSON.contains(quotedWords.word(i))) {
                return true;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.lower(i);
            if (w.equals("admitted") || w.equals("confirmed") || w.equals("acknowledged") || w.equals("announced")) {
                return true;
            }
        }
        return false;
    }

    /** "It should be noted" introduces a fact, not an opinion. */
    private static boolean hasOpinion(Words words, LexiconSet.Hits hits) {
        for (int i : hits.starts(IS_OPINION)) {
            if (!(words.lower(i).equals("should") && i + 2 < words.size()
                    && words.lower(i + 2).equals("noted"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitalised words: a cheap count of the people, places and bodies named. The first word counts only
     * when the article capitalises it mid-sentence too ("Havana was hit", not "Soon, Iran …").
     */
    private static int names(Words words, Set<String> namesInArticle) {
        int names = 0;
        for (int i = 0; i < words.size(); i++) {
            if (Texts.startsUpper(words.word(i)) && !Texts.STOPWORDS.contains(words.lower(i))
                    && (i > 0 || namesInArticle.contains(words.lower(i)))) {
                names++;
            }
        }
        return names;
    }

    private static boolean hasDate(Words words, LexiconSet.Hits hits) {
        if (hits.matches(IS_DATE)) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            if (isYear(words.word(i)) || isDecade(words.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** A number that counts something: years and days of the month are dates, not quantities. */
    private static boolean hasCount(Words words, LexiconSet.Hits hits) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            boolean numeric = Character.isDigit(w.charAt(0)) || (w.length() > 1 && "$€£".indexOf(w.charAt(0)) >= 0
                    && Character.isDigit(w.charAt(1)));
            if (numeric) {
                if (isYear(w) || isDecade(w) || i > 0 && hits.lengthAt(IS_MONTH, i - 1) > 0) {
                    continue;
                }
                return true;
            }
            if (hits.lengthAt(IS_NUMBER, i) > 0 && !(i > 0 && REFERENCE.contains(words.lower(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "1980s". */
    private static boolean isDecade(String w) {
        return w.length() == 5 && w.charAt(4) == 's' && isYear(w.substring(0, 4));
    }

    private static boolean isYear(String w) {
        if (w.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(w);
        return y >= 1800 && y <= 2099;
    }
}
