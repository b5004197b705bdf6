package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a source's name out of the words around a reporting verb: the run of capitalised words that
 * ends the phrase ("the English news portal Middle East Monitor" → "Middle East Monitor"), with titles
 * in front of a person's name dropped ("Iranian Defence Minister Mohammad Reza Ashtiani" →
 * "Mohammad Reza Ashtiani").
 */
final class NamePhrases {

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "who", "which", "you");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "de", "del", "da", "do", "dos",
            "la", "le", "al", "el", "bin", "ibn", "van", "von", "y", "e", "&");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "several", "some", "many", "its", "his", "her", "their", "our");
    /** Words that name an office rather than a person; a person's name follows them. */
    private static final Set<String> PERSON_ROLES = Set.of("president", "minister", "secretary", "spokesperson",
            "spokesman", "spokeswoman", "ambassador", "director", "chief", "leader", "senator", "general", "gen.",
            "governor", "mayor", "chairman", "chairwoman", "chair", "commander", "envoy", "official", "dictator",
            "king", "queen", "prince", "premier", "chancellor", "representative", "rep.", "sen.", "mr.", "mrs.",
            "ms.", "dr.", "prof.", "ayatollah", "sheikh", "cleric", "judge", "prosecutor", "counterpart");
    private static final Set<String> TITLE_WORDS = Set.of("deputy", "vice", "foreign", "former", "prime",
            "defence", "defense", "affairs", "interior", "security", "supreme", "executive", "state", "national",
            "general", "first", "acting", "current", "then", "late", "finance", "economy", "trade", "justice",
            "energy", "oil", "culture", "education", "health", "attorney", "assistant", "senior", "top");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "last", "week", "year", "month");

    /** Capitalised at a sentence's start, yet never a source. */
    private static final Set<String> NOT_NAMES = Set.of("still", "however", "thus", "meanwhile", "moreover", "also",
            "yet", "here", "there", "then", "now", "instead", "indeed", "furthermore", "first", "second", "finally",
            "besides", "nevertheless", "nonetheless", "soon", "later", "today", "recently", "elsewhere", "so", "but",
            "and", "as", "while", "since", "after", "before", "when", "although", "though", "in", "on", "at", "it");
    /** Words that show a phrase is a clause, not a description of a source. */
    private static final Set<String> CLAUSE_WORDS = Set.of("it", "should", "would", "could", "can", "may", "might",
            "must", "be", "been", "is", "are", "was", "were", "which", "that", "not", "never", "only", "yet", "if",
            "has", "have", "had", "did", "does", "do", "will");

    private NamePhrases() {
    }

    /** The capitalised run that ends {@code phrase}, titles dropped; null when the phrase ends in lower case. */
    static String trailingName(String phrase) {
        List<String> tokens = tokens(phrase);
        int end = tokens.size();
        while (end > 0 && TIME_WORDS.contains(lower(tokens.get(end - 1))) && end > 1) {
            end--;
        }
        int start = end;
        while (start > 0 && isNameToken(tokens.get(start - 1), start - 1 == end - 1)) {
            if (isPossessive(tokens.get(start - 1))) {
                break;
            }
            start--;
        }
        while (start < end && (isLowerConnector(tokens.get(start)) || DETERMINERS.contains(lower(tokens.get(start)))
                || NOT_NAMES.contains(lower(tokens.get(start))))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        List<String> run = tokens.subList(start, end);
        if (run.size() == 1 && PRONOUNS.contains(lower(run.get(0)))) {
            return null;
        }
        return withoutTitles(run);
    }

    /** The first capitalised run in the phrase ("a Bloomberg report" → "Bloomberg"), or null. */
    static String firstName(String phrase) {
        List<String> tokens = tokens(phrase);
        for (int i = 0; i < tokens.size(); i++) {
            if (Texts.startsUpper(tokens.get(i)) && !DETERMINERS.contains(lower(tokens.get(i)))
                    && !PRONOUNS.contains(lower(tokens.get(i))) && !isPossessive(tokens.get(i))) {
                int j = i;
                while (j < tokens.size() && (Texts.startsUpper(tokens.get(j)) || isInnerConnector(tokens, j))) {
                    j++;
                    if (isPossessive(tokens.get(j - 1))) {
                        break;
                    }
                }
                while (j > i + 1 && TIME_WORDS.contains(lower(tokens.get(j - 1)))) {
                    j--;
                }
                return withoutTitles(tokens.subList(i, j));
            }
        }
        return null;
    }

    /** A short lower-case description ("Industry sources", "the Iranian government"), determiner dropped. */
    static String description(String phrase, int maxWords) {
        List<String> tokens = tokens(phrase);
        if (tokens.isEmpty() || tokens.size() > maxWords) {
            return null;
        }
        int start = 0;
        while (start < tokens.size() - 1 && DETERMINERS.contains(lower(tokens.get(start)))) {
            start++;
        }
        List<String> rest = tokens.subList(start, tokens.size());
        if (rest.size() == 1 && (PRONOUNS.contains(lower(rest.get(0))) || NOT_NAMES.contains(lower(rest.get(0))))) {
            return null;
        }
        for (String t : rest) {
            if (!Character.isLetter(t.codePointAt(0)) || CLAUSE_WORDS.contains(lower(t)) || isParticiple(t)) {
                return null;
            }
        }
        return String.join(" ", rest);
    }

    /** True for "he", "they", "this report", "the news portal": a source the reader must look back for. */
    static boolean isAnaphoric(String phrase) {
        List<String> tokens = tokens(phrase);
        if (tokens.isEmpty()) {
            return false;
        }
        String first = lower(tokens.get(0));
        if (tokens.size() == 1) {
            return first.equals("he") || first.equals("she") || first.equals("they");
        }
        if (!(first.equals("the") || first.equals("this") || first.equals("these") || first.equals("that"))) {
            return false;
        }
        return tokens.stream().skip(1).noneMatch(Texts::startsUpper);
    }

    /** A phrase made only of capitalised words and name connectors, like an appositive "Patricia Bullrich". */
    static boolean isPureName(String phrase) {
        List<String> tokens = tokens(phrase);
        if (tokens.isEmpty() || tokens.size() > 6 || !Texts.startsUpper(tokens.get(0))
                || tokens.size() == 1 && NOT_NAMES.contains(lower(tokens.get(0)))) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!(Texts.startsUpper(t) || isInnerConnector(tokens, i) || isArabicParticle(t))
                    || PRONOUNS.contains(lower(t)) || DETERMINERS.contains(lower(t)) || isPossessive(t)) {
                return false;
            }
        }
        return !isOnlyTitles(tokens);
    }

    /**
     * Who a sentence opens with: the capitalised run after a short lead-in such as "However,", titles
     * dropped ("Iranian Defence Minister Mohammad Reza Ashtiani" → "Mohammad Reza Ashtiani"), or the
     * pronoun it opens with; null when it opens with anything else.
     */
    static String sentenceSubject(String sentence) {
        String s = sentence;
        int comma = s.indexOf(',');
        if (comma > 0 && Texts.wordCount(s.substring(0, comma)) <= 4 && !isPureName(s.substring(0, comma))) {
            s = s.substring(comma + 1);
        }
        List<String> tokens = tokens(s);
        if (tokens.isEmpty()) {
            return null;
        }
        if (isAnaphoric(tokens.get(0))) {
            return tokens.get(0);
        }
        List<String> run = new ArrayList<>();
        for (String t : tokens) {
            if (!Texts.startsUpper(t) || isPossessive(t)) {
                break;
            }
            run.add(t);
        }
        if (run.isEmpty() || NOT_NAMES.contains(lower(run.get(0))) || DETERMINERS.contains(lower(run.get(0)))
                || PRONOUNS.contains(lower(run.get(0)))) {
            return null;
        }
        return withoutTitles(run);
    }

    /** The last word of a phrase, punctuation stripped, or "". */
    static String lastWord(String phrase) {
        List<String> tokens = tokens(phrase);
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    /** The first word of a phrase, punctuation stripped, or "". */
    static String firstWord(String phrase) {
        List<String> tokens = tokens(phrase);
        return tokens.isEmpty() ? "" : tokens.get(0);
    }

    static List<String> tokens(String phrase) {
        return Texts.words(phrase);
    }

    private static boolean isNameToken(String t, boolean last) {
        if (Texts.startsUpper(t)) {
            return !PRONOUNS.contains(lower(t)) || !last;
        }
        return isArabicParticle(t) || CONNECTORS.contains(lower(t)) && !last;
    }

    /** "al-Awsat", "el-Sisi", "bin": lower-case particles that belong inside a name. */
    private static boolean isLowerConnector(String t) {
        return CONNECTORS.contains(t) || t.equals("The");
    }

    private static boolean isArabicParticle(String t) {
        String l = lower(t);
        return (l.startsWith("al-") || l.startsWith("el-") || l.startsWith("ad-") || l.startsWith("as-"))
                && t.length() > 3 && Character.isUpperCase(t.charAt(3));
    }

    private static boolean isInnerConnector(List<String> tokens, int i) {
        return CONNECTORS.contains(lower(tokens.get(i))) && i + 1 < tokens.size() && Texts.startsUpper(tokens.get(i + 1));
    }

    private static boolean isPossessive(String t) {
        return t.endsWith("'s") || t.endsWith("’s");
    }

    private static String withoutTitles(List<String> run) {
        boolean hasRole = run.stream().anyMatch(t -> PERSON_ROLES.contains(lower(t)));
        int start = 0;
        if (hasRole) {
            while (start < run.size() - 1 && isTitleLike(run, start)) {
                start++;
            }
        }
        List<String> rest = run.subList(start, run.size());
        if (isOnlyTitles(rest)) {
            return null;
        }
        return String.join(" ", rest);
    }

    private static boolean isTitleLike(List<String> run, int i) {
        String l = lower(run.get(i));
        if (PERSON_ROLES.contains(l) || TITLE_WORDS.contains(l) || CONNECTORS.contains(l) || DETERMINERS.contains(l)) {
            return true;
        }
        if (isDemonym(l) && i + 1 < run.size()) {
            String next = lower(run.get(i + 1));
            return PERSON_ROLES.contains(next) || TITLE_WORDS.contains(next) || CONNECTORS.contains(next);
        }
        return false;
    }

    private static boolean isOnlyTitles(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String l = lower(tokens.get(i));
            boolean title = PERSON_ROLES.contains(l) || TITLE_WORDS.contains(l) || CONNECTORS.contains(l);
            boolean demonymOfTitle = isDemonym(l) && i + 1 < tokens.size()
                    && (PERSON_ROLES.contains(lower(tokens.get(i + 1))) || TITLE_WORDS.contains(lower(tokens.get(i + 1))));
            if (!title && !demonymOfTitle) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDemonym(String lower) {
        return lower.endsWith("an") || lower.endsWith("ese") || lower.endsWith("ish") || lower.endsWith("i");
    }

    /** "rejected", "signed": a verb, so the phrase around it is a clause, not who is speaking. */
    private static boolean isParticiple(String token) {
        return !Texts.startsUpper(token) && token.length() > 4 && token.endsWith("ed");
    }

    /** An office or title word ("Minister", "Deputy", "then-President") that precedes a person's name. */
    static boolean isTitleWord(String token) {
        String l = lower(token);
        return PERSON_ROLES.contains(l) || TITLE_WORDS.contains(l) || l.startsWith("then-") || l.startsWith("ex-");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
