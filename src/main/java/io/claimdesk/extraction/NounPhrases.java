package io.claimdesk.extraction;

import java.util.Set;

/**
 * Turns a tagged noun phrase into the speaker it names: a person's name without the offices and honorifics in
 * front of it ("Labour Minister Patricio Aravena", "Defence Minister Gen. Aníbal Ceballos Rangel" → the name),
 * an organisation as written ("Venezuela's defence ministry", "Ministry of Public Health"), an unnamed group as
 * worded ("two officials familiar with the talks"), or a pronoun or description for the reader to look back for.
 */
final class NounPhrases {

    private final Set<String> personRoles;
    private final Set<String> titleWords;
    private final Set<String> honorifics;
    private final Set<String> organisationNouns;
    private final Set<String> documentNouns;
    /** "the officials", "the residents": a group named before. */
    private final Set<String> collectives;
    private final Set<String> personPronouns;
    /** "you": the one an interviewer's question is put to. */
    private final Set<String> addressPronouns;
    private final Set<String> particles;
    private final Set<String> describers;
    private final Set<String> notNames;
    /** "them" → "they": the subject a pronoun in "several of them" stands for. */
    private final java.util.Map<String, String> objectPronouns;

    NounPhrases(LanguagePack pack) {
        personRoles = pack.words("personRoles");
        titleWords = pack.words("titleWords");
        honorifics = pack.words("honorifics");
        organisationNouns = pack.words("organisationNouns");
        documentNouns = pack.words("documentNouns");
        collectives = pack.words("collectives");
        personPronouns = pack.words("speakerPronouns");
        addressPronouns = pack.words("addressPronouns");
        particles = pack.words("nameParticles");
        describers = pack.words("describers");
        notNames = pack.words("notNames");
        objectPronouns = pack.pairs("objectPronouns");
    }

    /** The speaker the phrase [start, end] names, or null when it names nobody. */
    String speaker(Tokens t, int start, int end) {
        String speaker = named(t, start, end);
        speaker = speaker == null ? null : Texts.normalizeSpace(speaker);
        if (speaker != null && (speaker.endsWith("'s") || speaker.endsWith("’s"))) {
            speaker = speaker.substring(0, speaker.length() - 2);
        }
        return speaker;
    }

    private String named(Tokens t, int start, int end) {
        String partOf = partOfAGroup(t, start, end);
        if (partOf != null) {
            return partOf;
        }
        int s = start;
        while (s < end && (t.head(s).equals("DET") || isPossessivePronoun(t.lower(s)) || notNames.contains(t.lower(s))
                || s > start && t.is(s, "of"))) {
            // "Some of your critics" → "critics"
            s++;
        }
        if (s == end && t.head(s).equals("PRON")) {
            return personPronouns.contains(t.lower(s)) || addressPronouns.contains(t.lower(s)) ? t.lower(s) : null;
        }
        if (!hasNoun(t, s, end)) {
            return null;
        }
        int name = personName(t, s, end);
        if (name >= 0) {
            return t.text(name, end);
        }
        if (!hasProper(t, s, end)) {
            // a description keeps its determiner's sense ("the ministry"), so the reader can look back for it; a
            // part of a group ("some of your critics") is the group
            boolean partitive = s - 2 >= start && (t.is(s - 1, "of") || t.is(s - 2, "of"));
            return t.text(start == s || partitive ? s : start, end);
        }
        int run = namedAfterDescription(t, s, end);
        return t.text(run >= 0 ? run : s, end);
    }

    /**
     * Where the personal name at the phrase's end starts, when an office or honorific stands in front of it
     * ("Iran's Deputy Foreign Minister for European and American Affairs Majid Takht-e-Ravanchi"): the run of
     * capitalised words at the end that holds no office, title or organisation word. -1 without an office (an
     * organisation's name, or a bare personal name kept whole).
     */
    private int personName(Tokens t, int s, int end) {
        boolean office = false;
        for (int i = s; i <= end; i++) {
            String w = stripDot(t.lower(i));
            office |= personRoles.contains(w) || honorifics.contains(w) || w.startsWith("then-") || w.startsWith("ex-");
        }
        if (!office || !Texts.startsUpper(t.token(end))) {
            return -1;
        }
        int first = end;
        while (first - 1 >= s) {
            int p = first - 1;
            String w = stripDot(t.lower(p));
            boolean title = personRoles.contains(w) || honorifics.contains(w) || titleWords.contains(w)
                    || organisationNouns.contains(w) || w.startsWith("then-") || w.startsWith("ex-");
            boolean nameWord = Texts.startsUpper(t.token(p)) && t.isWord(p) && !title && !t.possessive(p);
            boolean inner = (particles.contains(t.token(p)) || t.is(p, ".")) && p > s;
            if (!nameWord && !inner) {
                break;
            }
            first = p;
        }
        while (first <= end && (t.is(first, ".") || particles.contains(t.token(first)))) {
            first++;
        }
        String before = first - 1 >= s ? stripDot(t.lower(first - 1)) : "";
        if (!(personRoles.contains(before) || honorifics.contains(before) || titleWords.contains(before)
                || t.is(first - 1, ".") || before.startsWith("then-") || before.startsWith("ex-"))) {
            // "A port worker in Puerto Cabello": the capitalised words are a place, not the worker's name
            return -1;
        }
        for (int i = first; i <= end; i++) {
            if (organisationNouns.contains(t.lower(i))) {
                return -1;
            }
        }
        return first <= end && first > s ? first : -1;
    }

    /**
     * "the electricity distributor Compañía Eléctrica del Biobío", "researchers Nadia Kessler and R. Tomás
     * Villalba", "the state's Military Brigade": a name right after a noun describing a speaker is that speaker's
     * name. Where that name starts, or -1.
     */
    private int namedAfterDescription(Tokens t, int s, int end) {
        if (!Texts.startsUpper(t.token(end))) {
            return -1;
        }
        int run = end;
        while (run - 1 > s && (Texts.startsUpper(t.token(run - 1)) && t.isWord(run - 1)
                || t.is(run - 1, ".") || particles.contains(t.token(run - 1)) || t.is(run - 1, "and")
                || t.is(run - 1, "of") || t.is(run - 1, "&"))) {
            run--;
        }
        while (run < end && !Texts.startsUpper(t.token(run))) {
            run++;
        }
        int before = run - 1;
        if (before < s || !t.isWord(before) || Texts.startsUpper(t.token(before))) {
            return -1;
        }
        String w = t.lower(before);
        boolean describes = describers.contains(w) || personRoles.contains(w) || organisationNouns.contains(w);
        return describes || t.possessive(before) ? run : -1;
    }

    /** "Foreign" in "Foreign Minister X" is part of a title; "Public" in "Ministry of Public Health" is not. */
    private boolean isTitleBeforeName(Tokens t, int i, int end) {
        for (int j = i + 1; j <= end; j++) {
            String w = stripDot(t.lower(j));
            if (personRoles.contains(w) || honorifics.contains(w)) {
                return true;
            }
            if (!titleWords.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** A pronoun, or a description without a name ("the ministry", "this report"): the reader looks back. */
    /** "Several of them", "two of them": the group the pronoun stands for ("they"), or null. */
    private String partOfAGroup(Tokens t, int start, int end) {
        return end - start == 2 && t.is(end - 1, "of") ? objectPronouns.get(t.lower(end)) : null;
    }

    boolean isAnaphoric(Tokens t, int start, int end) {
        if (partOfAGroup(t, start, end) != null) {
            return true;
        }
        if (start == end && t.head(start).equals("PRON")) {
            return personPronouns.contains(t.lower(start));
        }
        boolean definite = t.is(start, "the") || t.is(start, "this") || t.is(start, "that") || t.is(start, "these")
                || isPossessivePronoun(t.lower(start));
        // "Malawi's health ministry": a place's body described in lower case, as definite as "the ministry"
        boolean placeOwned = start < end && (t.lower(start).endsWith("'s") || t.lower(start).endsWith("’s"))
                && Texts.startsUpper(t.token(start)) && !hasProper(t, start + 1, end);
        if (!placeOwned && (!definite || hasProper(t, start, end) && !onlyOffices(t, start + 1, end))) {
            return false;
        }
        String head = t.lower(end).replaceAll("['’]s$", "");
        return personRoles.contains(head) || organisationNouns.contains(head) || documentNouns.contains(head)
                || collectives.contains(head);
    }

    /** "the Treasurer", "the Prime Minister": an office written with capitals is still a description. */
    private boolean onlyOffices(Tokens t, int s, int end) {
        if (s > end) {
            return false;
        }
        for (int i = s; i <= end; i++) {
            if (!personRoles.contains(t.lower(i)) && !titleWords.contains(t.lower(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNoun(Tokens t, int s, int end) {
        for (int i = s; i <= end; i++) {
            String h = t.head(i);
            if (h.equals("NOUN") || h.equals("PROPN") || h.equals("PRON") || h.equals("X")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasProper(Tokens t, int s, int end) {
        for (int i = s; i <= end; i++) {
            if (t.head(i).equals("PROPN") && Texts.startsUpper(t.token(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessivePronoun(String w) {
        return switch (w) {
            case "his", "her", "their", "its", "our", "my", "your" -> true;
            default -> false;
        };
    }
}
