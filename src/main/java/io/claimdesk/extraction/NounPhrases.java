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
    private final Set<String> personPronouns;
    private final Set<String> particles;

    NounPhrases(LanguagePack pack) {
        personRoles = pack.words("personRoles");
        titleWords = pack.words("titleWords");
        honorifics = pack.words("honorifics");
        organisationNouns = pack.words("organisationNouns");
        documentNouns = pack.words("documentNouns");
        personPronouns = pack.words("speakerPronouns");
        particles = pack.words("nameParticles");
    }

    /** The speaker the phrase [start, end] names, or null when it names nobody. */
    String speaker(Tokens t, int start, int end) {
        String speaker = named(t, start, end);
        if (speaker != null && (speaker.endsWith("'s") || speaker.endsWith("’s"))) {
            speaker = speaker.substring(0, speaker.length() - 2);
        }
        return speaker;
    }

    private String named(Tokens t, int start, int end) {
        int s = start;
        while (s < end && (t.head(s).equals("DET") && !t.head(s).equals("NUM") || isPossessivePronoun(t.lower(s)))) {
            s++;
        }
        if (s == end && t.head(s).equals("PRON")) {
            return personPronouns.contains(t.lower(s)) ? t.lower(s) : null;
        }
        if (!hasNoun(t, s, end)) {
            return null;
        }
        int name = personName(t, s, end);
        if (name >= 0) {
            return t.text(name, end);
        }
        if (!hasProper(t, s, end)) {
            // a description keeps its determiner's sense ("the ministry"), so the reader can look back for it
            return t.text(start == s ? s : start, end);
        }
        return t.text(s, end);
    }

    /**
     * Where the personal name at the phrase's end starts, after the last office, title or honorific in front of
     * it; -1 when no office stands in front (an organisation's name, or a bare personal name kept whole).
     */
    private int personName(Tokens t, int s, int end) {
        int lastTitle = -1;
        for (int i = s; i <= end; i++) {
            String w = stripDot(t.lower(i));
            if (personRoles.contains(w) || honorifics.contains(w) || titleWords.contains(w) && isTitleBeforeName(t, i, end)
                    || t.lower(i).startsWith("then-") || t.lower(i).startsWith("ex-")) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0 || lastTitle == end) {
            return -1;
        }
        int first = lastTitle + 1;
        while (first <= end && (t.is(first, ".") || t.is(first, ","))) {
            first++;
        }
        for (int i = first; i <= end; i++) {
            boolean particle = particles.contains(t.token(i)) && i < end;
            boolean initial = t.is(i, ".") && i > first;
            if (!(t.head(i).equals("PROPN") || particle || initial || Texts.startsUpper(t.token(i)) && t.isWord(i))) {
                return -1;
            }
            if (organisationNouns.contains(t.lower(i))) {
                return -1;
            }
        }
        return first <= end ? first : -1;
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
    boolean isAnaphoric(Tokens t, int start, int end) {
        if (start == end && t.head(start).equals("PRON")) {
            return personPronouns.contains(t.lower(start));
        }
        boolean definite = t.is(start, "the") || t.is(start, "this") || t.is(start, "that") || t.is(start, "these")
                || isPossessivePronoun(t.lower(start));
        if (!definite || hasProper(t, start, end)) {
            return false;
        }
        String head = t.lower(end);
        return personRoles.contains(head) || organisationNouns.contains(head) || documentNouns.contains(head);
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
