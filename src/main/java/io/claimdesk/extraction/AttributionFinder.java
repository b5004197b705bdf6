package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who a sentence attributes its content to. The sentence's words and punctuation are tagged with parts of
 * speech, and a speaker is the noun phrase that is the subject of a reporting verb: "X said", "said X" after a
 * quotation, the subject of the main clause for "…, saying that", "according to X", "according to a statement
 * by X", "X told Y" (Y is the medium), "in an interview with Y, X said", "X reported that Y said". Parentheticals
 * and appositions between subject and verb are stepped over ("X, for his part, said", "X, the minister, said"),
 * and a time word, a place modifier or a determiner is never a speaker. Quoted words never attribute.
 *
 * <p>The result is a phrase as the sentence writes it; pronouns and descriptions ("he", "the ministry") come back
 * marked anaphoric for {@link SpeakerMemory} to resolve from the sentences before.
 */
final class AttributionFinder implements Attributions {

    private static final int MAX_TRAILING_WORDS = 6;
    private static final int CALLED_REACH = 10;
    /** "officials who spoke on condition of anonymity because they were not authorised to discuss the talks said". */
    private static final int RELATIVE_REACH = 24;
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X");
    private static final Set<String> SKIPPED_BEFORE_VERB = Set.of("ADV", "AUX", "PART");
    /** Tags the model gives unknown capitalised words inside a sentence that are names after all. */
    private static final Set<String> OPEN_CLASS = Set.of("VERB", "ADJ", "NOUN", "ADP", "ADV", "X", "AUX", "NUM");
    /** The interview or statement a quotation came through, named before or after the verb. */
    private static final List<String[]> MEDIUM_CUES = List.of(new String[] {"interview", "with"},
            new String[] {"speaking", "to"}, new String[] {"quoted", "by"}, new String[] {"remarks", "to"},
            new String[] {"comments", "to"}, new String[] {"interview", "to"});

    private final PosTagger tagger;
    private final Set<String> verbs;
    private final Set<String> verbsBeforeThatOrQuote;
    private final Set<String> participles;
    private final Set<String> passiveAuxiliaries;
    private final Set<String> fillers;
    private final Set<String> timeWords;
    private final Set<String> collectives;
    private final Set<String> relatives;
    private final Set<String> connectors;
    private final Set<String> denialCues;
    private final Set<String> personRoles;
    private final Set<String> honorifics;
    private final Set<String> titleWords;
    private final Set<String> organisationNouns;
    /** Roles, organisation nouns and collectives as one set: the nouns a speaker's phrase is made of. */
    private static final int THAT_REACH = 8;
    /** "The ministry said that the president told …": the outer verb's "that" right after it, for a nested report. */
    private static final int NESTED_THAT_REACH = 5;
    private final Set<String> speakerNouns;
    /** "south", "interior": words the tagger reads as directions where they name a region. */
    private final Set<String> regionNouns;
    private final Set<String> documentNouns;
    private final Set<String> nounMarkers;
    private final Set<String> evidentialVerbs;
    private final Set<String> describers;
    private final Set<String> quantifiers;
    private final List<String> verbEndings;
    /** Reporting verbs that also take plain objects ("added 14 calls"). */
    private final Set<String> objectVerbs;
    /** "of", "at": between a person and the body they belong to. */
    private final Set<String> affiliationMarkers;
    private final Set<String> subordinators;
    private final Set<String> headFollowers;
    private final Set<String> quotingVerbs;
    private final Set<String> companySuffixes;
    private final Set<String> negators;
    private final Set<String> denialVerbs;
    private final Set<String> deniedPronouns;
    /** "him" → "he": an object pronoun after "according to" stands for the subject pronoun's referent. */
    private final java.util.Map<String, String> objectPronouns;
    private final Set<String> claimNouns;
    private final Set<String> abbreviations;
    private final Set<String> agentMarkers;
    /** "calculation", "reckoning": "by his calculation" gives whose figure it is. */
    private final Set<String> reckoningNouns;
    /** "celebrated", "praised": speech only when they say as what or for what ("hailed the deal as historic"). */
    private final Set<String> evaluativeVerbs;
    private final Set<String> mentalVerbs;
    /** Every word that can make a sentence attributed, in one set. */
    private final Set<String> cueWords = new java.util.HashSet<>();
    private final NounPhrases phrases;

    AttributionFinder(LanguagePack pack, PosTagger tagger) {
        this.tagger = tagger;
        verbs = pack.words("reportingVerbs");
        verbsBeforeThatOrQuote = pack.words("reportingVerbsBeforeThatOrQuote");
        participles = pack.words("reportingParticiples");
        passiveAuxiliaries = pack.words("passiveAuxiliaries");
        fillers = pack.words("subjectFillers");
        timeWords = pack.words("timeWords");
        collectives = pack.words("collectives");
        relatives = pack.words("relativePronouns");
        connectors = pack.words("nameConnectors");
        denialCues = pack.words("denialCues");
        personRoles = pack.words("personRoles");
        honorifics = pack.words("honorifics");
        titleWords = pack.words("titleWords");
        organisationNouns = pack.words("organisationNouns");
        speakerNouns = pack.union("personRoles", "organisationNouns", "collectives");
        regionNouns = pack.words("regionNouns");
        documentNouns = pack.words("documentNouns");
        nounMarkers = pack.words("nounMarkers");
        evidentialVerbs = pack.words("evidentialVerbs");
        describers = pack.words("describers");
        quantifiers = pack.words("quantifiers");
        verbEndings = pack.entries("verbEndings");
        objectVerbs = pack.words("reportingVerbsWithObjects");
        affiliationMarkers = pack.words("affiliationMarkers");
        subordinators = pack.words("subordinators");
        headFollowers = pack.words("unnamedHeadFollowers");
        quotingVerbs = pack.words("quotingVerbs");
        companySuffixes = pack.words("companySuffixes");
        negators = pack.words("negators");
        denialVerbs = pack.words("denialVerbs");
        deniedPronouns = pack.words("deniedPronouns");
        objectPronouns = pack.pairs("objectPronouns");
        claimNouns = pack.words("claimNouns");
        abbreviations = pack.words("abbreviations");
        agentMarkers = pack.words("agentMarkers");
        reckoningNouns = pack.words("reckoningNouns");
        evaluativeVerbs = pack.words("evaluativeSpeechVerbs");
        mentalVerbs = pack.words("mentalVerbs");
        cueWords.addAll(verbs);
        cueWords.addAll(participles);
        cueWords.addAll(verbsBeforeThatOrQuote);
        cueWords.add("according");
        cueWords.addAll(reckoningNouns);
        phrases = new NounPhrases(pack);
    }

    private record Found(Attribution attribution, int verb, boolean trailing) {}

    /**
     * @param sentence the sentence
     * @param quoted   [start, end) ranges of quoted words inside the sentence
     */
    @Override
    public Attribution find(String sentence, List<int[]> quoted, Words words) {
        if (!Attributions.mentionsCue(cueWords, words, quoted)) {
            return Attribution.NONE;
        }
        Tokens t = new Tokens(sentence, words, quoted, tagger, abbreviations);
        correctTags(t);
        String via = medium(t);
        Attribution according = accordingTo(t, via);
        if (according != null) {
            return according;
        }
        List<Found> found = new ArrayList<>(2);
        for (int i = 0; i < t.size(); i++) {
            if (!t.quoted(i) && isReportingVerb(t, i)) {
                Found f = atVerb(t, i, via);
                if (f != null) {
                    found.add(f);
                }
            }
        }
        if (found.isEmpty()) {
            Attribution reckoning = byReckoning(t, via);
            return reckoning != null ? reckoning : Attribution.NONE;
        }
        if (found.size() > 1) {
            // "…, and not drone components as claimed by a think tank": a comparison, not the sentence's source
            found.removeIf(f -> t.is(f.verb - 1, "as") || t.is(f.verb - 2, "as") && t.head(f.verb - 1).equals("AUX"));
            if (found.isEmpty()) {
                return Attribution.NONE;
            }
        }
        Found primary = found.get(0);
        for (Found f : found) {
            if (f.trailing) {
                primary = f;
            }
        }
        Attribution a = primary.attribution;
        if (!primary.trailing && found.size() > 1 && found.get(0) == primary
                && thatFollows(t, primary.verb, NESTED_THAT_REACH)
                && !subordinateBetween(t, primary.verb, found.get(1).verb)) {
            Attribution inner = found.get(1).attribution;
            if (!inner.anaphoric()) {
                a = new Attribution(inner.source(), primary.attribution.source(), false, "reporting-verb",
                        false, inner.verb());
            }
        }
        return a;
    }

    /**
     * The model was trained on text where most names were in its vocabulary; names it never saw it often takes for
     * verbs or adjectives ("Senapred said", "Belchior said"), and "union" after "said" for a preposition. A
     * capitalised word inside the sentence, or opening it right before a verb, is a name; an acronym is a name; a
     * word the pack lists as an office, an organisation or a group of people is a noun.
     */
    private void correctTags(Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String tag = t.head(i);
            String token = t.token(i);
            boolean capitalised = Texts.startsUpper(token) && !token.equals("I");
            boolean sentenceStart = i == 0 || i == 1 && t.is(0, "\"");
            if (capitalised && isAcronym(token)) {
                t.retag(i, t.possessive(i) ? "PROPN+PART" : "PROPN");
            } else if (capitalised && !sentenceStart && OPEN_CLASS.contains(tag)) {
                t.retag(i, t.possessive(i) ? "PROPN+PART" : "PROPN");
            } else if (capitalised && sentenceStart && (tag.equals("VERB") || tag.equals("ADJ")
                    || tag.equals("ADV") && !t.lower(i).endsWith("ly")) && i + 1 < t.size()
                    && (t.head(i + 1).equals("VERB") || t.head(i + 1).equals("AUX"))) {
                t.retag(i, "PROPN");
            } else if (capitalised && sentenceStart && tag.equals("NOUN") && !tagger.knows(token) && i + 1 < t.size()
                    && verbs.contains(t.lower(i + 1))) {
                // "Fedoc puts turnout at 88%": a word the model never saw, before a reporting verb, is a name
                t.retag(i, "PROPN");
            } else if (tag.equals("VERB") && !capitalised && i > 0 && i + 1 < t.size() && t.head(i + 1).equals("NOUN")
                    && (t.head(i - 1).equals("PROPN") || t.head(i - 1).equals("DET") || t.head(i - 1).equals("ADJ"))
                    && !verbs.contains(t.lower(i)) && isBareForm(t.lower(i))) {
                // "the U.N. refugee agency": a noun modifying a noun, which the model read as a verb
                t.retag(i, "NOUN");
            } else if (tag.equals("VERB") && !capitalised && i > 0 && i + 1 < t.size()
                    && (t.head(i + 1).equals("VERB") || t.head(i + 1).equals("AUX"))
                    && (t.head(i - 1).equals("DET") || t.head(i - 1).equals("ADJ") && i > 1 && t.head(i - 2).equals("DET"))) {
                // "The same report estimated": after a determiner and before a verb, the word is the subject's noun
                t.retag(i, "NOUN");
            } else if (tag.equals("ADJ") && !capitalised && i > 0 && i + 1 < t.size() && verbs.contains(t.lower(i + 1))
                    && t.head(i + 1).equals("VERB")
                    && (t.head(i - 1).equals("DET") || t.head(i - 1).equals("ADJ"))) {
                // "The municipal comptroller reported": the word before the verb heads the subject
                t.retag(i, "NOUN");
            } else if (tag.equals("ADJ") && i > 0 && i + 1 < t.size() && t.head(i - 1).equals("AUX")
                    && t.head(i + 1).equals("VERB")) {
                // "residents have long complained": between an auxiliary and its verb, an adverb
                t.retag(i, "ADV");
            } else if ((tag.equals("INTJ") || tag.equals("ADP")) && verbs.contains(t.lower(i)) && i > 0
                    && isNominal(t, i - 1)) {
                // "The gap, doctors say, comes from …": the model knows "say" mostly as an interjection, and
                // "supporters accuse the party" as a preposition
                t.retag(i, "VERB");
            } else if (!capitalised && tag.equals("PROPN")) {
                // "the Israel Defence Forces states that": a lower-case word is never a name
                t.retag(i, verbs.contains(t.lower(i)) ? "VERB" : "NOUN");
            } else if (!capitalised && tag.equals("ADV") && regionNouns.contains(t.lower(i)) && i > 0
                    && (isNominal(t, i - 1) || t.head(i - 1).equals("DET") || t.head(i - 1).equals("ADJ"))) {
                // "in the country's flood-hit south say": a region inside a noun phrase, not a direction
                t.retag(i, "NOUN");
            } else if (!capitalised && !tag.equals("NOUN") && !tag.equals("PROPN")
                    && speakerNouns.contains(t.lower(i)) && !verbs.contains(t.lower(i))) {
                t.retag(i, "NOUN");
            }
        }
    }

    /** No verb ending of the pack's: not "armed", "running" or "supplies". */
    private boolean isBareForm(String word) {
        for (String ending : verbEndings) {
            if (word.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Venezuela has denied that …, after a US research group said …": the second verb sits in a clause of its own
     * ("after", "when", "because"), not inside what the first one reports.
     */
    private boolean subordinateBetween(Tokens t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!t.quoted(i) && subordinators.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isReportingVerb(Tokens t, int i) {
        String w = t.lower(i);
        boolean verbTag = "VERB".equals(t.head(i)) || verbs.contains(w) && "AUX".equals(t.head(i));
        if (!verbTag && !(verbs.contains(w) && taggedNounButVerb(t, i))) {
            return false;
        }
        if (w.equals("called") || w.equals("call") || w.equals("calls")) {
            return calledOut(t, i);
        }
        if (w.equals("pointed")) {
            int next = i + 1 < t.size() && t.head(i + 1).equals("ADV") ? i + 2 : i + 1;
            return t.is(next, "out") || t.is(next, "to");
        }
        if (mentalVerbs.contains(w) && t.is(i + 1, "to")) {
            // "governments hope to build …": an aim, not a view they state
            return false;
        }
        if (objectVerbs.contains(w) && i + 1 < t.size() && !t.quoted(i + 1) && (t.head(i + 1).equals("NUM")
                || t.head(i + 1).equals("DET") || t.head(i + 1).equals("NOUN"))) {
            // "lines have added 14 weekly calls", "added a route": the verb has an object, nobody speaks
            return false;
        }
        if (verbsBeforeThatOrQuote.contains(w) && !verbs.contains(w)) {
            // "the union claims 4,000": a figure claimed is said too
            return thatFollows(t, i) || quoteWithin(t, i) || i + 1 < t.size() && t.head(i + 1).equals("NUM");
        }
        return verbs.contains(w) || participles.contains(w) && (thatFollows(t, i) || quoteFollows(t, i)
                || t.is(i - 1, ","));
    }

    /**
     * "now counts 27 dead", "The report states that": the tagger reads a few verb forms as plural nouns; after an
     * adverb, or before "that", a quotation or a number, with no determiner or adjective in front, they are verbs.
     */
    private boolean taggedNounButVerb(Tokens t, int i) {
        if (!"NOUN".equals(t.head(i)) || i == 0 || t.quoted(i - 1)) {
            return false;
        }
        String before = t.head(i - 1);
        if (before.equals("DET") || before.equals("ADJ") || before.equals("ADP") || nounMarkers.contains(t.lower(i - 1))) {
            return false;
        }
        // "The ministry urges anyone with fever …": a noun, then the verb, then its object
        // "(MACP) disputes the figure", "the bulletin shows central stocks": after a noun or a bracketed name, an -s
        // form before its object; not "fraud claims have become", where a verb follows
        String after = i + 1 < t.size() ? t.head(i + 1) : "";
        boolean objectAfter = (before.equals("NOUN") || before.equals("PROPN") || t.is(i - 1, ")"))
                && (after.equals("PRON") || after.equals("DET")
                || t.lower(i).endsWith("s") && (after.equals("ADJ") || after.equals("NUM") || after.equals("NOUN")));
        // "Fetrav puts turnout at 88%", "Lusorail disputes that figure": a name the model never saw opens the
        // sentence and the reporting verb's -s form reads as a plural noun (not "Fraud claims have become …")
        int first = 0;
        while (first < i && !t.isWord(first)) {
            first++;
        }
        boolean afterOpeningName = i == first + 1 && Texts.startsUpper(t.token(first)) && !tagger.knows(t.token(first))
                && t.lower(i).endsWith("s") && i + 1 < t.size() && !t.head(i + 1).equals("AUX")
                && !t.head(i + 1).equals("VERB");
        return before.equals("ADV") || objectAfter || afterOpeningName || thatFollows(t, i) || quoteFollows(t, i)
                || i + 1 < t.size() && t.head(i + 1).equals("NUM");
    }

    /** "called the reports baseless", "called them “lies”", "called for calm": not "a group called X". */
    private boolean calledOut(Tokens t, int i) {
        for (int j = i + 1; j < Math.min(t.size(), i + CALLED_REACH); j++) {
            if (t.quoted(j) || denialCues.contains(t.lower(j))) {
                return true;
            }
        }
        return t.is(i + 1, "for") || t.is(i + 1, "on");
    }

    private Found atVerb(Tokens t, int v, String via) {
        if (negated(t, v)) {
            // "Tehran has not explained why …": nobody said anything
            return null;
        }
        if (denialVerbs.contains(t.lower(v)) && !deniesAClaim(t, v)) {
            // "The jury dismissed her complaint": a ruling, not words
            return null;
        }
        if (evaluativeVerbs.contains(t.lower(v)) && !calledOut(t, v) && !asFollows(t, v)) {
            // "celebrated the visit as a new era" is said; "welcomed the delegation in Managua" is done
            return null;
        }
        int before = skipBack(t, v - 1);
        if (isPassive(t, v)) {
            return passive(t, v, via);
        }
        if (negatedWithoutAuxiliary(t, v) || before >= 0 && relatives.contains(t.lower(before))) {
            // "purposes not yet clarified" is a participle; "officials who spoke" is inside a relative clause
            return null;
        }
        boolean participle = participles.contains(t.lower(v)) && t.lower(v).endsWith("ing");
        int[] np = null;
        int prev = v - 1;
        boolean afterPreposition = prev >= 0 && (t.is(prev, "to") || t.is(prev, "by") || t.is(prev, "while")
                || t.is(prev, "after") || t.is(prev, "before") || t.is(prev, "when"));
        if (!participle && t.is(prev, "to")) {
            // "not in a position to say who is right": an infinitive reports nothing
            return null;
        }
        if (participle && before >= 0 && (t.is(before, ",") || afterPreposition)) {
            // "…, saying that", "limited himself to explaining that": the subject of the sentence's main verb
            np = mainSubject(t, v);
        } else if (!participle) {
            np = subjectBefore(t, v);
            if (np == null && clauseStart(t, before)) {
                np = subjectAfter(t, v);
                if (np != null && patientAfter(t, np)) {
                    np = null;
                }
            }
            if (np == null && before >= 0 && (t.is(before, "and") || t.is(before, "but"))) {
                np = mainSubject(t, v);
            }
        }
        if (np == null || embedded(t, np, v) && !quoteAfter(t, v)) {
            return null;
        }
        if (documentNouns.contains(t.lower(np[1]))) {
            // "Colombian National Police data show", "the ministry's figures show": the owner speaks
            int[] owner = ownerOf(t, np[0], np[1]);
            if (owner != null && !t.head(owner[1]).equals("NUM")) {
                np = owner;
            }
        }
        String source = phrases.speaker(t, np[0], np[1]);
        if (source == null || evidentialVerbs.contains(t.lower(v)) && !agentive(t, np[0], np[1])) {
            return null;
        }
        // "…, the ministry said." frames the sentence; "…after a group said images pointed to X" does not
        boolean trailing = isTrailing(t, v) && (np[0] > v || np[0] == 0 || t.is(np[0] - 1, ",")
                || t.is(np[0] - 1, "\"") || t.quoted(np[0] - 1));
        String medium = via != null ? via : told(t, v, np);
        return new Found(new Attribution(source, medium, phrases.isAnaphoric(t, np[0], np[1]), "reporting-verb",
                trailing, t.lower(v)), v, trailing);
    }

    /**
     * "(Bellamy has) accused the Premier's office of burying …", "blamed the operator for …": the phrase after the
     * verb is who is accused, never the speaker of an inverted "said the minister".
     */
    private static boolean patientAfter(Tokens t, int[] np) {
        int next = np[1] + 1;
        return (t.is(next, "of") || t.is(next, "for")) && next + 1 < t.size() && t.head(next + 1).equals("VERB");
    }

    /**
     * "strikes on boats that Washington says were carrying drugs", "boats it says were carrying drugs": the
     * reporting verb sits in a relative clause on a noun, so it attributes that clause, not the sentence.
     */
    private boolean embedded(Tokens t, int[] np, int verb) {
        int before = np[0] - 1;
        if (np[0] > verb || before < 1 || t.quoted(before)) {
            return false;
        }
        boolean relative = t.is(before, "which") || t.is(before, "what") || t.is(before, "that") && isNounLike(t, before - 1)
                && !timeWords.contains(t.lower(before - 1)) && !reportingVerbBefore(t, before);
        // "boats it says were carrying drugs", not "On Friday you said"
        boolean zeroRelative = t.head(np[0]).equals("PRON") && np[0] == np[1] && isNounLike(t, before)
                && !timeWords.contains(t.lower(before));
        return relative || zeroRelative || nameAfterPlainNoun(t, np);
    }

    /** "reported last August that …": "that" opens what was reported, not a relative clause. */
    private boolean reportingVerbBefore(Tokens t, int that) {
        for (int i = that - 1; i >= Math.max(0, that - 4); i--) {
            if (verbs.contains(t.lower(i)) && t.head(i).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the pivotal role Teheran hopes that …": a name right after a noun that describes no speaker (not "the
     * newspaper Tehran Times", "the distributor X") is the subject of a relative clause on that noun.
     */
    private boolean nameAfterPlainNoun(Tokens t, int[] np) {
        for (int i = np[0]; i < np[1]; i++) {
            // "opposition MP Lameck Chirwa": an office between the noun and the name is part of the speaker
            if (t.head(i).equals("NOUN") && !Texts.startsUpper(t.token(i)) && Texts.startsUpper(t.token(i + 1))
                    && !speakerNouns.contains(t.lower(i + 1))) {
                String w = t.lower(i);
                return !(speakerNouns.contains(w) || documentNouns.contains(w) || describers.contains(w));
            }
        }
        return false;
    }

    private static boolean isNounLike(Tokens t, int i) {
        return i >= 0 && (t.head(i).equals("NOUN") || t.head(i).equals("PROPN")) && !t.quoted(i);
    }

    /** "was reported", "has been disclosed": a form of "be" right before the verb, adverbs aside. */
    private boolean isPassive(Tokens t, int v) {
        if (t.lower(v).endsWith("ing")) {
            return false;
        }
        for (int i = v - 1; i >= 0 && !t.quoted(i); i--) {
            String h = t.head(i);
            if (h.equals("AUX")) {
                if (passiveAuxiliaries.contains(t.lower(i))) {
                    return true;
                }
            } else if (!h.equals("ADV") && !h.equals("PART")) {
                return false;
            }
        }
        return false;
    }

    /** "not yet clarified" with no auxiliary before it: a participle after a noun, nobody speaking. */
    private static boolean negatedWithoutAuxiliary(Tokens t, int v) {
        boolean negated = false;
        for (int i = v - 1; i >= 0 && !t.quoted(i); i--) {
            String h = t.head(i);
            if (h.equals("AUX")) {
                return false;
            }
            if (t.is(i, "not") || t.is(i, "never") || t.is(i, "n't")) {
                negated = true;
            } else if (!h.equals("ADV")) {
                return negated;
            }
        }
        return negated;
    }

    /** "The study found", "Maidana calculates": a source; "That change suggests", "imagery shows": evidence. */
    private boolean agentive(Tokens t, int start, int end) {
        String head = t.lower(end);
        return t.head(end).equals("PROPN") || t.head(end).equals("PRON") || personRoles.contains(head)
                || organisationNouns.contains(head) || documentNouns.contains(head) || collectives.contains(head);
    }

    /** "has not explained", "did not say": a negation among the auxiliaries right before the verb. */
    private boolean negated(Tokens t, int v) {
        for (int i = v - 1; i >= 0 && i >= v - 3 && !t.quoted(i); i--) {
            if (negators.contains(t.lower(i))) {
                return true;
            }
            if (!t.head(i).equals("AUX") && !t.head(i).equals("PART") && !t.head(i).equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    private static boolean asFollows(Tokens t, int v) {
        for (int k = v + 1; k < Math.min(t.size(), v + CALLED_REACH); k++) {
            if (t.is(k, "as") || t.is(k, "for") || t.is(k, ",")) {
                return t.is(k, "as") || t.is(k, "for");
            }
        }
        return false;
    }

    /** "denied that …", "rejected the accusations", "dismissed the report as …": what is denied is something said. */
    private boolean deniesAClaim(Tokens t, int v) {
        if (thatFollows(t, v) || quoteWithin(t, v) || t.head(v + 1 < t.size() ? v + 1 : v).equals("VERB")) {
            // "has denied supplying weapons"
            return true;
        }
        if (v + 1 < t.size() && deniedPronouns.contains(t.lower(v + 1))
                && (v + 2 >= t.size() || t.head(v + 2).equals("PUNCT"))) {
            // "Fetrav denies it.", "The operator disputes that.": the claim just reported
            return true;
        }
        for (int k = v + 1; k < Math.min(t.size(), v + 1 + CALLED_REACH) && !t.is(k, ","); k++) {
            if (claimNouns.contains(t.lower(k)) || t.is(k, "as")) {
                return true;
            }
        }
        return false;
    }

    /** "Ruiz was quoted by Radio Sur as saying …": Ruiz speaks, through Radio Sur. */
    private Found quotedAsSaying(Tokens t, int v, String via) {
        if (!quotingVerbs.contains(t.lower(v))) {
            return null;
        }
        int as = -1;
        for (int k = v + 1; k < Math.min(t.size(), v + CALLED_REACH); k++) {
            if (t.is(k, "as")) {
                as = k;
                break;
            }
        }
        int[] np = as < 0 ? null : subjectBefore(t, v);
        String source = np == null ? null : phrases.speaker(t, np[0], np[1]);
        if (source == null) {
            return null;
        }
        int[] agent = t.is(v + 1, "by") ? phraseAfter(t, v + 2) : null;
        String medium = agent != null ? phrases.speaker(t, agent[0], agent[1]) : via;
        return new Found(new Attribution(source, medium, phrases.isAnaphoric(t, np[0], np[1]), "reporting-verb",
                false, t.lower(v)), v, false);
    }

    /** "was reported by Reuters": the speaker is the agent; without one, nobody speaks. */
    private Found passive(Tokens t, int v, String via) {
        Found quoted = quotedAsSaying(t, v, via);
        if (quoted != null) {
            return quoted;
        }
        if (!t.is(v + 1, "by")) {
            return null;
        }
        int[] np = phraseAfter(t, v + 2);
        // "confirmed by laboratory tests": evidence, not a speaker
        String source = np == null || !agentive(t, np[0], np[1]) ? null : phrases.speaker(t, np[0], np[1]);
        return source == null ? null : new Found(new Attribution(source, via, phrases.isAnaphoric(t, np[0], np[1]),
                "reporting-verb", isTrailing(t, v), t.lower(v)), v, isTrailing(t, v));
    }

    /** The first token before {@code i} that is not an adverb, auxiliary, "not" or filler word. */
    private int skipBack(Tokens t, int i) {
        while (i >= 0 && !t.quoted(i) && (SKIPPED_BEFORE_VERB.contains(t.head(i)) && !t.lower(i).equals("it")
                || fillers.contains(t.lower(i)) && !t.is(i, "and") && !t.is(i, "but"))) {
            i--;
        }
        return i;
    }

    /** "X on Wednesday rejected", "X earlier this month said": steps back over a time phrase before the verb. */
    private int skipTime(Tokens t, int j) {
        if (j < 0 || !timeWords.contains(t.lower(j)) || t.quoted(j)) {
            return j;
        }
        int i = j;
        while (i >= 0 && !t.quoted(i) && (timeWords.contains(t.lower(i)) || t.head(i).equals("NUM")
                || t.head(i).equals("DET") || t.head(i).equals("ADJ"))) {
            i--;
        }
        if (i >= 0 && t.head(i).equals("ADP") && !t.is(i, "of")) {
            i--;
        }
        return i < j ? skipBack(t, i) : j;
    }

    /** Nothing before the verb in its clause: the sentence start, a quotation, a comma or a colon. */
    private static boolean clauseStart(Tokens t, int before) {
        return before < 0 || t.quoted(before) || t.is(before, ",") || t.is(before, ":") || t.is(before, "\"")
                || t.is(before, "--") || t.is(before, ";");
    }

    /**
     * The subject noun phrase ending right before the verb, stepping over parentheticals and appositions set off
     * by commas and over a relative clause ("officials who spoke on condition of anonymity said"); [start, end]
     * token indexes, or null.
     */
    private int[] subjectBefore(Tokens t, int v) {
        int j = skipTime(t, skipBack(t, v - 1));
        if (j < 0 || t.quoted(j) || t.is(j, "to") && !t.quoted(j)) {
            // "not in a position to say": an infinitive reports nothing
            return null;
        }
        int[] byAgent = null;
        if (t.is(j, ",")) {
            int k = previousBreak(t, j - 1);
            if (k == j - 1) {
                return null;
            }
            if (isTitledName(t, k + 1, j - 1) && (k < 0 || t.is(k, ","))) {
                // "The jury's president, Judge Aurelio Paucar Rojas, said": the name set off after its office
                return new int[] {k + 1, j - 1};
            }
            int relative = relativeSegmentBefore(t, j);
            if (relative >= 0) {
                // "…(SUPSA), which represents crane operators, stevedores and lashers, said": back past the clause
                k = relative;
            } else if (!isParenthetical(t, k + 1, j - 1)) {
                // "…of Rio Grande do Sul, Eduardo Leite, said": a name set off after its description speaks
                return isName(t, k + 1, j - 1) && (k < 0 || t.is(k, ",")) ? new int[] {k + 1, j - 1} : null;
            }
            if (k < 0 || !t.is(k, ",")) {
                return null;
            }
            byAgent = agentAfterBy(t, k + 1, j - 1);
            int[] apposition = properApposition(t, k + 1, j - 1);
            j = k - 1;
            if (j >= 2 && t.head(j).equals("NUM") && t.is(j - 1, ",")) {
                // "Quispe, 54, a crane operator for 20 years, said": back past the age to the name
                j -= 2;
            }
            if (t.is(j, ")")) {
                j = beforeBrackets(t, j);
            }
            int[] np = phraseEndingAt(t, j);
            if (np != null && apposition != null && !hasProperHead(t, np)) {
                // "The U.N.'s health agency for the Americas, the Pan American Health Organization, said"
                return apposition;
            }
            if (np != null && byAgent != null && documentNouns.contains(t.lower(np[1]))) {
                // "The report, published on Monday by the Centre for Hemispheric Security Studies, said"
                return byAgent;
            }
            return placeModifier(t, np) ? null : np;
        }
        if (t.is(j, ")")) {
            j = beforeBrackets(t, j);
        }
        int relative = relativeClause(t, j);
        if (relative >= 0) {
            j = relative - 1;
            if (t.is(j, ",")) {
                j--;
            }
        }
        int[] np = phraseEndingAt(t, j);
        if (np != null && np[0] == np[1] && np[0] >= 2 && t.is(np[0] - 1, ",")
                && companySuffixes.contains(t.lower(np[0]).replace(".", ""))) {
            // "Petróleos de Venezuela, S.A. (PDVSA) said": the suffix belongs to the name before the comma
            int[] name = phraseEndingAt(t, np[0] - 2);
            return name != null ? new int[] {name[0], np[1]} : np;
        }
        if (np != null && np[0] >= 3 && t.is(np[0] - 1, "as") && t.is(np[0] - 2, "such")) {
            // "Environmental groups such as Greenpeace say": the groups speak, the name is an example of them
            int[] group = phraseEndingAt(t, np[0] - 3);
            if (group != null) {
                return new int[] {group[0], np[1]};
            }
        }
        int[] person = np == null ? null : personBeforeAffiliation(t, np[0]);
        if (person == null && placeModifier(t, np)) {
            int[] modified = modifiedByParticiple(t, np);
            return modified != null ? modified : agentOfDocument(t, np);
        }
        return person != null ? person : np;
    }

    /**
     * "doctors working in the country's south say", "residents living near the plant say": the place belongs to a
     * participle phrase modifying the subject before it; null when no participle stands before the place.
     */
    private int[] modifiedByParticiple(Tokens t, int[] place) {
        int participle = place[0] - 2;
        if (participle < 1 || !t.head(participle).equals("VERB") || verbs.contains(t.lower(participle))
                || !(t.lower(participle).endsWith("ing") || t.lower(participle).endsWith("ed"))) {
            return null;
        }
        int[] subject = phraseEndingAt(t, participle - 1);
        if (subject == null || placeModifier(t, subject)) {
            return null;
        }
        // a name stands alone; a group is known by where it works or lives
        return t.head(subject[1]).equals("PROPN") ? subject : new int[] {subject[0], place[1]};
    }

    /**
     * "A price survey by St. Xavier's College in Kathmandu found": past the place, the document's author speaks;
     * null when no document and author stand before the place.
     */
    private int[] agentOfDocument(Tokens t, int[] place) {
        int[] before = phraseEndingAt(t, place[0] - 2);
        if (before == null || before[0] < 2 || !agentMarkers.contains(t.lower(before[0] - 1))) {
            return null;
        }
        return documentNouns.contains(t.lower(before[0] - 2)) ? before : null;
    }

    /**
     * "imagery of the air base in Maracay shows …": a phrase after a preposition ("in", "of", "near") modifies
     * the subject; it is not the subject, and the place is not the speaker. Not "a report by the institute":
     * an agent.
     */
    private boolean placeModifier(Tokens t, int[] np) {
        if (np == null || np[0] == 0) {
            return false;
        }
        int before = np[0] - 1;
        // "As the economist X wrote", "after the minister said": a subordinator opens a clause with its own subject
        boolean sourceOfDocument = t.is(before, "from") && before > 0 && documentNouns.contains(t.lower(before - 1));
        // "Data from the port authority show": where a document comes from is who speaks through it
        return t.head(before).equals("ADP") && !agentMarkers.contains(t.lower(before)) && !sourceOfDocument
                && !subordinators.contains(t.lower(before)) && !t.quoted(before);
    }

    /** "Professor Helena Vasconcelos of the University of São Paulo said": the person, not where she works. */
    private int[] personBeforeAffiliation(Tokens t, int org) {
        int k = org - 1;
        if (k >= 0 && t.head(k).equals("DET")) {
            k--;
        }
        if (k < 1 || !affiliationMarkers.contains(t.lower(k))) {
            return null;
        }
        int[] before = phraseEndingAt(t, k - 1);
        // not "Data from the port authority": a document is no person
        return before != null && !documentNouns.contains(t.lower(before[1]))
                && (isTitledName(t, before[0], before[1]) || isName(t, before[0], before[1])) ? before : null;
    }

    private static int beforeBrackets(Tokens t, int j) {
        while (j >= 0 && !t.is(j, "(")) {
            j--;
        }
        return j - 1;
    }

    /** The comma before a run of comma-separated parts that opens with "which", "who" or "whose", or -1. */
    private int relativeSegmentBefore(Tokens t, int comma) {
        int k = comma;
        for (int parts = 0; parts < 4 && k >= 0; parts++) {
            int start = previousBreak(t, k - 1);
            if (start < 0 || !t.is(start, ",")) {
                return -1;
            }
            boolean participle = t.head(start + 1).equals("VERB") && !isBareForm(t.lower(start + 1))
                    && !verbs.contains(t.lower(start + 1));
            if (relatives.contains(t.lower(start + 1)) || participle) {
                // "…, which represents crane operators, stevedores and lashers, said"; "The study, based on
                // fieldwork in Leticia, Tabatinga and Caballococha, finds"
                return parts == 0 ? -1 : start;
            }
            k = start;
        }
        return -1;
    }

    /** "published on Monday by the Centre …": the agent a participle phrase names, or null. */
    private int[] agentAfterBy(Tokens t, int a, int b) {
        for (int i = a; i < b; i++) {
            if (t.is(i, "by")) {
                int[] np = phraseAfter(t, i + 1);
                return np != null && np[1] <= b && hasProperHead(t, np) ? np : null;
            }
        }
        return null;
    }

    /** ", the Pan American Health Organization,": a determiner and a name, nothing else. */
    private static int[] properApposition(Tokens t, int a, int b) {
        if (a > b || !t.head(a).equals("DET") || a == b) {
            return null;
        }
        for (int i = a + 1; i <= b; i++) {
            boolean inner = (t.is(i, "of") || t.is(i, "for") || t.is(i, "and")) && i < b;
            if (!(Texts.startsUpper(t.token(i)) && t.isWord(i) || inner)) {
                return null;
            }
        }
        return new int[] {a, b};
    }

    private static boolean hasProperHead(Tokens t, int[] np) {
        return Texts.startsUpper(t.token(np[1])) && t.isWord(np[1]);
    }

    /** The nearest comma, quote, colon, dash or bracket at or before {@code i}, or -1 for the sentence start. */
    private static int previousBreak(Tokens t, int i) {
        while (i >= 0 && !(t.is(i, ",") || t.is(i, ":") || t.is(i, ";") || t.is(i, "\"") || t.is(i, "--")
                || t.is(i, "(") || t.quoted(i))) {
            i--;
        }
        return i;
    }

    /**
     * A phrase set off by commas that is not the subject itself: it opens with a preposition, an adverb, a
     * conjunction, a relative pronoun, a participle, a determiner or a possessive ("for his part", "in a statement
     * on Thursday", "who…", "based in Washington", "the ministry's spokesman", "Iran's ambassador"), gives an
     * age, or is headed by an office or an organisation ("director of the Regional Hospital").
     */
    private boolean isParenthetical(Tokens t, int a, int b) {
        if (a > b) {
            return false;
        }
        String head = t.head(a);
        if (head.equals("ADP") || head.equals("ADV") || head.equals("SCONJ") || head.equals("CCONJ")
                || head.equals("DET") || head.equals("NUM") || head.equals("VERB") || relatives.contains(t.lower(a))
                || t.possessive(a) || head.equals("PRON") && !t.lower(a).equals("it")
                || quantifiers.contains(t.lower(a)) && t.is(a + 1, "of")) {
            // "…, many of them students, said"
            return true;
        }
        for (int i = a; i <= b; i++) {
            if (t.head(i).equals("ADP")) {
                break;
            }
            if (personRoles.contains(t.lower(i)) || organisationNouns.contains(t.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** A name, perhaps behind offices and honorifics ("Judge Aurelio Paucar Rojas"), not "Minister of Health". */
    private boolean isTitledName(Tokens t, int a, int b) {
        int i = a;
        while (i <= b && (personRoles.contains(t.lower(i)) || honorifics.contains(t.lower(i)) || t.is(i, ".")
                || titleWords.contains(t.lower(i)) && i < b && !t.is(i + 1, "of"))) {
            i++;
        }
        if (i > b || i == a && !t.head(a).equals("PROPN")) {
            return i <= b && isName(t, i, b) && i > a;
        }
        for (int k = i; k <= b; k++) {
            if (organisationNouns.contains(t.lower(k)) || personRoles.contains(t.lower(k))) {
                return false;
            }
        }
        return isName(t, i, b) && Texts.startsUpper(t.token(i));
    }

    private boolean isName(Tokens t, int a, int b) {
        boolean proper = false;
        for (int i = a; i <= b; i++) {
            if (t.head(i).equals("PROPN") || Texts.startsUpper(t.token(i)) && t.isWord(i)) {
                proper = true;
            } else if (!connectors.contains(t.lower(i)) && !t.is(i, ".") && !t.lower(i).startsWith("al-")) {
                return false;
            }
        }
        return proper;
    }

    /** "officials who spoke on condition of anonymity said": the relative pronoun's index, or -1. */
    private int relativeClause(Tokens t, int j) {
        for (int i = j; i > 0 && j - i < RELATIVE_REACH; i--) {
            if (t.quoted(i) || t.is(i, ";") || t.is(i, ":")) {
                return -1;
            }
            if (relatives.contains(t.lower(i))) {
                for (int k = i + 1; k <= j; k++) {
                    if (t.head(k).equals("VERB") || t.head(k).equals("AUX")) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * The noun phrase that ends at token {@code end}: nouns, names, adjectives, numbers and possessives, with "of",
     * "for" and name particles inside ("Ministry of Health"), starting at its determiner; a group's place or
     * subject after it ("people familiar with the talks", "officials in Tehran") belongs to it. Null when the
     * phrase is no subject: it ends in a time word ("on Thursday") or in no noun at all.
     */
    private int[] phraseEndingAt(Tokens t, int end) {
        if (end < 0 || t.quoted(end) || !isNominal(t, end) || t.possessive(end)) {
            return null;
        }
        if (t.head(end).equals("PRON")) {
            if (end >= 2 && objectPronouns.containsKey(t.lower(end)) && t.is(end - 1, "of")
                    && (t.head(end - 2).equals("NUM") || quantifiers.contains(t.lower(end - 2)))) {
                // "Several of them accuse …": part of the group just named
                return new int[] {end - 2, end};
            }
            return new int[] {end, end};
        }
        int start = end;
        if (isOwnVoice(t, end) && !t.head(end).equals("PROPN")) {
            return null;
        }
        while (start > 0 && !t.quoted(start - 1)) {
            int p = start - 1;
            if (t.head(p).equals("DET") || isPossessivePronoun(t, p)) {
                start = p;
                break;
            }
            boolean inner = (connectors.contains(t.lower(p)) || t.is(p, "&") || t.is(p, "."))
                    && p > 0 && isNominal(t, p - 1) && !t.head(p - 1).equals("PRON");
            if (!isNominal(t, p) && !inner || t.head(p).equals("PRON") && !t.possessive(p)) {
                break;
            }
            start = p;
        }
        start = afterTimeWords(t, start, end);
        if (start >= 2 && t.is(start - 1, "and") && t.head(start - 2).equals("PRON") && !t.possessive(start - 2)) {
            // "He and two other deputies accuse …": the one the reader already knows leads
            return new int[] {start - 2, start - 2};
        }
        if (start < end + 1 && (t.is(start, "our") || t.is(start, "my")) && !t.head(end).equals("PROPN")) {
            // "Our association estimates …": the writer's own voice; "our senior fellow Dr. Arce" is Dr. Arce
            return null;
        }
        if (start > end || timeWords.contains(t.lower(end))) {
            return null;
        }
        return extendOverGroupModifier(t, start, end);
    }

    /** The writer's own side speaking ("our association"): an op-ed or release in its own voice. */
    private static boolean isOwnVoice(Tokens t, int end) {
        for (int i = end; i >= Math.max(0, end - 3); i--) {
            if (t.is(i, "our") || t.is(i, "my")) {
                return true;
            }
            if (!t.isWord(i)) {
                return false;
            }
        }
        return false;
    }

    private boolean isNominal(Tokens t, int i) {
        return t.isWord(i) && (NOMINAL.contains(t.head(i)) || t.possessive(i) || isAcronym(t.token(i)))
                && !relatives.contains(t.lower(i));
    }

    /** "CAES", "ONPE": the tagger takes a sentence-initial acronym for a verb now and then. */
    private static boolean isAcronym(String token) {
        if (token.length() < 2) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isUpperCase(token.charAt(i)) && token.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPossessivePronoun(Tokens t, int i) {
        return switch (t.lower(i)) {
            case "his", "her", "their", "its", "our", "my", "your" -> true;
            default -> false;
        };
    }

    /** "Last week officials said": the phrase starts after the time words in front of it. */
    private int afterTimeWords(Tokens t, int start, int end) {
        int s = start;
        for (int i = start; i < end; i++) {
            if (timeWords.contains(t.lower(i))) {
                s = i + 1;
            }
        }
        return s;
    }

    /** "Two people familiar with the talks": the group before the preposition is the speaker, not the talks. */
    private int[] extendOverGroupModifier(Tokens t, int start, int end) {
        int p = start - 1;
        if (p < 1 || !(t.head(p).equals("ADP") || t.is(p, "to")) || t.quoted(p)) {
            return new int[] {start, end};
        }
        int q = p - 1;
        if (t.head(q).equals("ADJ") || headFollowers.contains(t.lower(q))) {
            // "two people familiar with the talks", "sources close to the president"
            q--;
        }
        if (q >= 0 && t.is(p, "of") && (t.head(q).equals("NUM") || quantifiers.contains(t.lower(q)))) {
            // "One of the officials", "some of the residents"
            return new int[] {q, end};
        }
        if (q >= 0 && (collectives.contains(t.lower(q)) || personRoles.contains(t.lower(q))
                || organisationNouns.contains(t.lower(q)))) {
            int[] group = phraseEndingAt(t, q);
            if (group != null) {
                return new int[] {group[0], end};
            }
        }
        return new int[] {start, end};
    }

    /** The phrase after an inverted verb: ', said Gustavo Samaniego, the ministry's director' → the name. */
    private int[] subjectAfter(Tokens t, int v) {
        int a = v + 1;
        while (a < t.size() && t.head(a).equals("ADV") && !t.quoted(a)) {
            a++;
        }
        return phraseAfter(t, a);
    }

    private int[] phraseAfter(Tokens t, int a) {
        if (a >= t.size() || t.quoted(a)) {
            return null;
        }
        int end = a - 1;
        for (int i = a; i < t.size() && !t.quoted(i); i++) {
            boolean inner = (connectors.contains(t.lower(i)) || t.is(i, "."))
                    && i > a && i + 1 < t.size() && isNominal(t, i + 1) && t.head(i + 1).equals("PROPN");
            if (!(isNominal(t, i) || t.head(i).equals("DET") && i == a || inner) || t.possessive(i) && i > a
                    && !isNominal(t, i + 1)) {
                break;
            }
            end = i;
            if (t.head(i).equals("PRON")) {
                break;
            }
        }
        if (end < a || timeWords.contains(t.lower(end)) || t.head(end).equals("DET")) {
            return null;
        }
        return new int[] {a, end};
    }

    /** "…, saying that": the subject of the sentence's first verb. */
    private int[] mainSubject(Tokens t, int v) {
        for (int i = 1; i < v; i++) {
            if (!t.quoted(i) && (t.head(i).equals("VERB") || t.head(i).equals("AUX"))) {
                int[] np = subjectBefore(t, i);
                if (np != null) {
                    return np;
                }
            }
        }
        return null;
    }

    /**
     * "according to X", "according to a statement by X", "according to the ministry's figures",
     * "according to police data": the source behind the document when the text names one.
     */
    private Attribution accordingTo(Tokens t, String via) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.quoted(i) || !t.is(i, "according") || !t.is(i + 1, "to")) {
                continue;
            }
            if (i + 2 < t.size() && objectPronouns.containsKey(t.lower(i + 2))) {
                // "According to him, the line can carry …": the person just named
                return new Attribution(objectPronouns.get(t.lower(i + 2)), via, true, "according-to", true,
                        "according to");
            }
            int[] np = phraseAfter(t, i + 2);
            if (np == null) {
                return null;
            }
            np = withGroupModifier(t, np);
            int end = np[1];
            if (end > np[0] && t.head(end).equals("PRON") && documentNouns.contains(t.lower(end - 1))) {
                // "according to a statement it released on Monday": the pronoun is the author
                return new Attribution(t.token(end), via, true, "according-to", true, "according to");
            }
            if (documentNouns.contains(t.lower(end)) && isPossessivePronoun(t, np[0])) {
                // "Kestrel Metals has never built a plant, according to its own filings": the subject's own
                int[] subject = mainSubject(t, i);
                if (subject != null) {
                    np = subject;
                    end = np[1];
                }
            }
            if (documentNouns.contains(t.lower(end))) {
                int by = end + 1;
                if (t.head(by).equals("VERB") && t.lower(by).endsWith("ed") && t.is(by + 1, "by")) {
                    // "according to figures released by the central bank"
                    by++;
                }
                if ((t.is(by, "by") || t.is(by, "from") || t.is(by, "of")) && phraseAfter(t, by + 1) != null) {
                    np = phraseAfter(t, by + 1);
                } else {
                    int[] owner = ownerOf(t, np[0], end);
                    if (owner != null) {
                        np = owner;
                    }
                }
            }
            if (personRoles.contains(t.lower(np[1])) && t.is(np[1] + 1, ",")) {
                // "according to Iran's foreign ministry spokesman, Hossein Karimi-Nejad"
                int[] name = phraseAfter(t, np[1] + 2);
                if (name != null && isName(t, name[0], name[1])) {
                    np = name;
                }
            }
            String source = phrases.speaker(t, np[0], np[1]);
            if (source == null) {
                return null;
            }
            return new Attribution(source, via, phrases.isAnaphoric(t, np[0], np[1]), "according-to", true,
                    "according to");
        }
        return null;
    }

    /** "By his calculation, …", "…, by the finance ministry's reckoning": according to its owner. */
    private Attribution byReckoning(Tokens t, String via) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.quoted(i) || !agentMarkers.contains(t.lower(i))) {
                continue;
            }
            if (isPossessivePronoun(t, i + 1) && reckoningNouns.contains(t.lower(i + 2))) {
                String owner = t.lower(i + 1).equals("his") ? "he" : t.lower(i + 1).equals("her") ? "she" : null;
                return owner == null ? null : new Attribution(owner, via, true, "according-to", true, "according to");
            }
            for (int j = i + 1; j < Math.min(t.size() - 1, i + 6); j++) {
                if (t.possessive(j) && reckoningNouns.contains(t.lower(j + 1))) {
                    String source = phrases.speaker(t, i + 1, j);
                    return source == null ? null : new Attribution(source, via, phrases.isAnaphoric(t, i + 1, j),
                            "according-to", true, "according to");
                }
            }
        }
        return null;
    }

    /** "two people familiar with the matter", "officials in Tehran": a group keeps the words that say which. */
    private int[] withGroupModifier(Tokens t, int[] np) {
        int h = np[1];
        while (h > np[0] && t.head(h).equals("ADJ")) {
            h--;
        }
        String head = t.lower(h);
        if (!collectives.contains(head) && !personRoles.contains(head)) {
            return np;
        }
        int p = np[1] + 1;
        if (p < t.size() && t.head(p).equals("ADJ")) {
            p++;
        }
        if (p < t.size() && t.head(p).equals("ADP") && !t.quoted(p)) {
            int[] object = phraseAfter(t, p + 1);
            if (object != null) {
                return new int[] {np[0], object[1]};
            }
        }
        return np;
    }

    /** "the ministry's figures" → the ministry; "police data" → police. */
    private int[] ownerOf(Tokens t, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (t.possessive(i)) {
                return new int[] {start, i};
            }
        }
        if (end - 1 >= start && isNominal(t, end - 1) && !t.head(end - 1).equals("ADJ")) {
            return new int[] {start, end - 1};
        }
        return null;
    }

    /** "in an interview with Radio Sur", "quoted by Press TV", "speaking to Reuters": the medium, or null. */
    private String medium(Tokens t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.quoted(i)) {
                continue;
            }
            for (String[] cue : MEDIUM_CUES) {
                if (t.is(i, cue[0]) && t.is(i + 1, cue[1])) {
                    String name = properName(t, i + 2);
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /** "told Radio Arandú on Tuesday" → the medium; "told reporters" names none. */
    private String told(Tokens t, int v, int[] subject) {
        String w = t.lower(v);
        if (w.startsWith("tell") || w.equals("told")) {
            int a = subject[0] > v ? subject[1] + 1 : v + 1;
            return properName(t, a);
        }
        if (subject[0] > v && t.is(subject[1] + 1, "to")) {
            // "…, said Takht-e-Ravanchi to Iranian media agency, Mehr."
            int end = t.size() - 1;
            while (end > subject[1] && !t.head(end).equals("PROPN")) {
                end--;
            }
            int start = end;
            while (start - 1 > subject[1] + 1 && t.head(start - 1).equals("PROPN") && !t.possessive(start - 1)) {
                start--;
            }
            return end > subject[1] + 1 ? Texts.normalizeSpace(t.text(start, end)) : null;
        }
        return null;
    }

    /**
     * The proper name starting at {@code a} (a leading "the" skipped), or null: "Iran's Fars" names Fars, and "Press
     * TV Wednesday" ends before the day.
     */
    private String properName(Tokens t, int a) {
        if (t.is(a, "the")) {
            a++;
        }
        int end = a - 1;
        for (int i = a; i < t.size() && !t.quoted(i); i++) {
            boolean inner = connectors.contains(t.lower(i)) && i + 1 < t.size() && t.head(i + 1).equals("PROPN");
            if (!(t.head(i).equals("PROPN") || inner || i > a && t.head(i).equals("NUM")) || timeWords.contains(t.lower(i))) {
                break;
            }
            if (t.possessive(i) && i + 1 < t.size() && Texts.startsUpper(t.token(i + 1))) {
                a = i + 1;
                continue;
            }
            end = i;
        }
        return end >= a && Texts.startsUpper(t.token(a)) ? Texts.normalizeSpace(t.text(a, end)) : null;
    }

    /** "told Reuters that", "told Reuters on condition of anonymity that": "that" a few words on, no comma between. */
    private static boolean thatFollows(Tokens t, int i) {
        return thatFollows(t, i, THAT_REACH);
    }

    private static boolean thatFollows(Tokens t, int i, int reach) {
        for (int j = i + 1; j < Math.min(t.size(), i + reach); j++) {
            if (t.is(j, "that")) {
                return true;
            }
            if (t.is(j, ",") || t.quoted(j)) {
                return false;
            }
        }
        return false;
    }

    /** "… with which Raisi referred to his allies: “…”": the quotation the verb introduces. */
    private static boolean quoteAfter(Tokens t, int v) {
        for (int j = v + 1; j < t.size(); j++) {
            if (t.quoted(j)) {
                return true;
            }
        }
        return false;
    }

    /** "spoke about the recent visit, “the trip would be …”": a quotation in the verb's clause. */
    private static boolean quoteWithin(Tokens t, int i) {
        for (int j = i + 1; j < Math.min(t.size(), i + 9); j++) {
            if (t.quoted(j)) {
                return true;
            }
            if (t.is(j, ".") || t.is(j, ";")) {
                return false;
            }
        }
        return false;
    }

    private static boolean quoteFollows(Tokens t, int i) {
        int j = i + 1;
        if (t.is(j, ",") || t.is(j, ":")) {
            j++;
        }
        return j < t.size() && t.quoted(j);
    }

    /** The verb ends the sentence but for a short tail ("…, the ministry said on Thursday."). */
    private static boolean isTrailing(Tokens t, int v) {
        int words = 0;
        for (int j = v + 1; j < t.size(); j++) {
            if (t.quoted(j) || t.is(j, "that")) {
                return false;
            }
            if (t.isWord(j)) {
                words++;
            }
        }
        return words <= MAX_TRAILING_WORDS;
    }
}
