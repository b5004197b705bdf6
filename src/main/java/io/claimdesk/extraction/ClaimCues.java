package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The questions {@link ClaimClassifier} asks of a sentence, each answered from the words alone: numbers,
 * dates, names, event verbs, denials, suspicions, accusations, alleged crimes, arms transfers in reports,
 * opinion markers and questions. Every word list comes from the language pack.
 */
final class ClaimCues {

    record Found(boolean number, boolean date, int names, String eventVerb, String denial, String allegation,
                 String hedge, boolean opinion, boolean question, boolean superlative) {}

    /** The pack's lists scanned together, in this order: a cue's index is its ordinal. */
    private enum Cue {
        DENIAL("denialCues"), DENIAL_VERB("denialVerbs"), SUSPICION("suspicionCues"), DOUBT("doubtCues"),
        ACCUSATION("accusationCues"), CRIME("crimeWords"), CRIME_FRAME("crimeFrames"), TRANSFER("transferVerbs"),
        ARMS("armsWords"), MILITARY("militaryWords"), OPINION("opinionCues"), NUMBER("numberWords"),
        DATE("dateWords"), MONTH("monthNames"), SUPERLATIVE("superlatives"), EVENT_VERB("eventVerbs"),
        CLAIM_NOUN("claimNouns"), NEGATOR("negators"), FUTURE("futureMarkers"),
        SELF_DESCRIPTION("selfDescriptions"), IMPUTED_INTENT("intentImputations"), DENIED_CONTENT("deniedContentCues");

        final String list;

        Cue(String list) {
            this.list = list;
        }
    }

    /** Looked for this many words after a denial verb: "rejected the union's figure", "denies any wrongdoing". */
    private static final int DENIED_OBJECT_REACH = 5;

    final LexiconSet lexicons;
    private final Set<String> assessing;
    private final Set<String> documentVerbs;
    private final Set<String> firstPerson;
    private final Set<String> subjectPronouns;
    /** "recommends", "urges", "calls on": an appeal, which is an opinion when it says what it asks for. */
    private final Set<String> appealVerbs;
    private final Set<String> reference;
    private final Set<String> questionOpeners;
    private final Set<String> possibleBefore;
    private final Set<String> possibleAfter;
    private final Set<String> deniedNotClaims;
    private final Set<String> stopWords;
    private final Set<String> distancingVerbs;
    private final Set<String> nounMarkers;
    /** "If the port stops, …", "Whether that was the intention, …": a condition or an open question asserts nothing. */
    private final Set<String> hypotheticalOpeners;
    /** "ing", or "ar", "er", "ir": a verb form right after a denial verb is what it denies ("negó haber enviado"). */
    private final List<String> deniedActionEndings;
    /** "that", "que": what a denial verb denies follows. */
    private final Set<String> complementizers;
    private final Set<String> possibleForms;
    private final Set<String> admissionVerbs;
    /** "of", "de": the word between a day and its month ("3 de marzo"). */
    private final Set<String> officeConnectors;
    /** "comenta", "se pronunciará": what a party does not do when it declines to comment. */
    private final Set<String> noCommentVerbs;
    /** "según la cual", "segundo o qual": how a text cites a version it does not vouch for. */
    private final List<List<String>> versionMarkers = new ArrayList<>();
    /** "ría", "rían": the conditional a cited version is told in ("ocultaría"). */
    private final List<String> reportativeEndings;
    /** "esa", "dessas": a determiner pointing back at something the article already said. */
    private final Set<String> pointingBack;
    /** "terá", "teriam": auxiliaries that tell a conjecture when a participle follows. */
    private final Set<String> conjecturalAuxiliaries;
    private final List<String> conjecturalParticiples;
    /** "se": a pronoun between the auxiliary and its participle ("teriam se reunido"). */
    private final Set<String> clitics;
    /** "ni", "não": negations that take back a suspicion right after them. */
    private final Set<String> suspicionNegators;
    /** "lucha", "combate": words of a party fighting a crime, not committing it. */
    private final Set<String> crimeOpposers;
    /** "alguna", "algum": after its noun, the emphatic "any" of a negation. */
    private final Set<String> postposedNegatives;
    /** "ha", "houve": the verb right after the negation that makes it a past, something that did not happen. */
    private final Set<String> perfectAuxiliaries;
    /** "se": the pronoun a no-comment verb may carry before it ("no se pronunciará"). */
    private final Set<String> reflexives;

    ClaimCues(LanguagePack pack) {
        List<Lexicon> all = new ArrayList<>();
        for (Cue c : Cue.values()) {
            all.add(pack.lexicon(c.list));
        }
        lexicons = new LexiconSet(all);
        assessing = pack.words("assessingVerbs");
        documentVerbs = pack.words("documentVerbs");
        firstPerson = pack.words("firstPerson");
        subjectPronouns = pack.words("subjectPronouns");
        appealVerbs = pack.words("appealVerbs");
        reference = pack.words("referenceWords");
        questionOpeners = pack.words("questionOpeners");
        possibleBefore = pack.words("possibleIdiomBefore");
        possibleAfter = pack.words("possibleIdiomAfter");
        deniedNotClaims = pack.words("deniedNotClaims");
        stopWords = pack.words("stopWords");
        distancingVerbs = pack.words("distancingVerbs");
        nounMarkers = pack.words("nounMarkers");
        hypotheticalOpeners = pack.words("hypotheticalOpeners");
        deniedActionEndings = pack.entries("deniedActionEndings");
        complementizers = pack.words("complementizers");
        possibleForms = pack.words("possibleForms");
        admissionVerbs = pack.words("admissionVerbs");
        officeConnectors = pack.words("officeConnectors");
        noCommentVerbs = pack.words("noCommentVerbs");
        reflexives = pack.words("noCommentReflexives");
        postposedNegatives = pack.words("postposedNegatives");
        crimeOpposers = pack.words("crimeOpposers");
        conjecturalAuxiliaries = pack.words("conjecturalAuxiliaries");
        conjecturalParticiples = pack.entries("conjecturalParticiples");
        clitics = pack.words("conjecturalClitics");
        suspicionNegators = pack.words("suspicionNegators");
        perfectAuxiliaries = pack.words("negatedPastAuxiliaries");
        pointingBack = pack.words("pointingBackDeterminers");
        for (String marker : pack.entries("versionMarkers")) {
            versionMarkers.add(List.of(marker.toLowerCase(Locale.ROOT).split(" ")));
        }
        reportativeEndings = pack.entries("reportativeEndings");
    }

    Found find(String sentence, Words words, LexiconSet.Hits hits, Attribution attribution, Words quotedWords,
               Set<String> namesInArticle) {
        String denial = denial(words, hits);
        if (denial == null) {
            denial = deniedContent(words, hits, attribution);
        }
        if (denial == null) {
            denial = emphaticNegation(words, hits);
        }
        String suspicion = suspicion(words, hits);
        String doubt = hits.find(Cue.DOUBT.ordinal());
        String allegation = allegation(words, hits, attribution, quotedWords, suspicion, doubt);
        boolean question = sentence.endsWith("?") || sentence.endsWith("?\"") || sentence.endsWith("?”")
                || words.size() > 1 && questionOpeners.contains(words.word(0))
                && Character.isUpperCase(words.word(1).charAt(0));
        boolean count = hasCount(words, hits);
        boolean date = hasDate(words, hits);
        String eventVerb = hits.find(Cue.EVENT_VERB.ordinal());
        return new Found(count, date, names(words, namesInArticle), eventVerb, denial, allegation,
                suspicion != null ? suspicion : doubt,
                opinion(words, hits) || hypotheticalOpeners.contains(words.lower(0)) || !count && !date && eventVerb == null && denial == null && allegation == null
                && (prediction(words, hits) || hits.matches(Cue.SELF_DESCRIPTION.ordinal())), question,
                hits.matches(Cue.SUPERLATIVE.ordinal()));
    }

    /**
     * A denial: its own words ("baseless", "not true", "not a single") or a denial verb with what it denies
     * after it ("rejected the accusations", "denies any wrongdoing", "dismissed the figure as …"), unless the
     * verb denies something else ("were denied entry", "rejected 109 of her requests") or is itself negated
     * ("Nobody denies that …").
     */
    private String denial(Words words, LexiconSet.Hits hits) {
        for (int i : hits.starts(Cue.DENIAL.ordinal())) {
            if (!deniesAPermission(words, hits, i)) {
                return words.original(i, i + hits.lengthAt(Cue.DENIAL.ordinal(), i));
            }
        }
        for (int v : hits.starts(Cue.DENIAL_VERB.ordinal())) {
            if (v > 0 && hits.lengthAt(Cue.NEGATOR.ordinal(), v - 1) > 0
                    || v > 1 && hits.lengthAt(Cue.NEGATOR.ordinal(), v - 2) > 0) {
                continue;
            }
            if (v + 1 < words.size() && (endsWithAny(words.lower(v + 1), deniedActionEndings)
                    || complementizers.contains(words.lower(v + 1)))) {
                // "Iran has denied supplying weapons", "denied that the ship carried drones"
                return words.original(v, v + 2);
            }
            for (int k = v + 1; k < Math.min(words.size(), v + 1 + DENIED_OBJECT_REACH); k++) {
                if (deniedNotClaims.contains(words.lower(k)) && k <= v + 2) {
                    break;
                }
                if (hits.lengthAt(Cue.CLAIM_NOUN.ordinal(), k) > 0) {
                    return words.original(v, k + 1);
                }
            }
        }
        return null;
    }

    /** Words a negation may stand before its emphatic "alguna": "no ha suscrito, negociado ni recibido propuesta alguna". */
    private static final int EMPHATIC_REACH = 8;

    /**
     * "El Gobierno no ha suscrito ni recibido propuesta alguna", "não houve contacto algum": a negated past made
     * emphatic by "alguno" after its noun says a thing never happened, as "ningún" or "not a single" do. Only a
     * past: "não há impedimento algum" is an expert's reading of the law as often as a denial, and "sin duda
     * alguna" affirms ("sin" is no negator in the packs).
     */
    private String emphaticNegation(Words words, LexiconSet.Hits hits) {
        for (int k = 2; k < words.size(); k++) {
            if (!postposedNegatives.contains(words.lower(k)) || stopWords.contains(words.lower(k - 1))) {
                continue;
            }
            for (int n = Math.max(0, k - EMPHATIC_REACH); n < k - 1; n++) {
                if (hits.lengthAt(Cue.NEGATOR.ordinal(), n) > 0 && perfectAuxiliaries.contains(words.lower(n + 1))) {
                    return words.original(n, k + 1);
                }
            }
        }
        return null;
    }

    /**
     * "Uruguay le negó el ingreso a su espacio aéreo": a denial word that is also a denial verb, refusing a
     * permission or a request rather than a claim (the pack's deniedNotClaims), as the denial verbs are checked.
     */
    private boolean deniesAPermission(Words words, LexiconSet.Hits hits, int i) {
        if (hits.lengthAt(Cue.DENIAL_VERB.ordinal(), i) == 0) {
            return false;
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 3); k++) {
            if (deniedNotClaims.contains(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "El Gobierno aseguró que no incluye compra de armas": the reporting verb, then what it reports opening on a
     * negation ("que no", "que nunca"): the party says something did not happen, a denial.
     */
    private String deniedContent(Words words, LexiconSet.Hits hits, Attribution attribution) {
        if (attribution.verb() == null) {
            return null;
        }
        for (int i : hits.starts(Cue.DENIED_CONTENT.ordinal())) {
            int end = i + hits.lengthAt(Cue.DENIED_CONTENT.ordinal(), i);
            if (i > 0 && words.lower(i - 1).equals(attribution.verb()) && !declinesToComment(words, end)) {
                return words.original(i - 1, end);
            }
        }
        return null;
    }

    /**
     * "informou que não comenta decisões", "anunció que no se pronunciará": a party declining to comment denies
     * nothing.
     */
    private boolean declinesToComment(Words words, int at) {
        int k = at < words.size() && reflexives.contains(words.lower(at)) ? at + 1 : at;
        return k < words.size() && noCommentVerbs.contains(words.lower(k));
    }

    private String allegation(Words words, LexiconSet.Hits hits, Attribution attribution, Words quotedWords,
                              String suspicion, String doubt) {
        if (suspicion != null) {
            return "suspicion: \"" + suspicion + "\"";
        }
        String accusation = accusation(words, hits);
        if (accusation != null) {
            return "accusation: \"" + accusation + "\"";
        }
        String intent = imputedIntent(words, hits, attribution);
        if (intent != null) {
            return "imputed intent: \"" + intent + "\"";
        }
        if (attribution.verb() != null && distancingVerbs.contains(attribution.verb().toLowerCase(Locale.ROOT))) {
            // "Some newspapers claim the flight carries more than passengers": the verb keeps its distance
            return "claimed by its source: \"" + attribution.verb() + "\"";
        }
        String crime = crime(words, hits);
        String frame = crime == null ? null : hits.find(Cue.CRIME_FRAME.ordinal());
        if (frame != null) {
            return "alleged crime: \"" + frame + "\" … \"" + crime + "\"";
        }
        if (crime != null && attribution.found() && !ownAdmission(words, quotedWords)) {
            // "Tito said the vote had been stolen": a crime somebody says another committed
            return "alleged crime: \"" + crime + "\"";
        }
        if (crime != null && doubt != null) {
            // "Much of that gold is reportedly laundered": a crime the text itself will not vouch for
            return "alleged crime: \"" + doubt + "\" … \"" + crime + "\"";
        }
        String transfer = hits.find(Cue.TRANSFER.ordinal());
        String arms = transfer == null ? null : hits.find(Cue.ARMS.ordinal());
        boolean militaryReport = attribution.verb() != null && hits.matches(Cue.MILITARY.ordinal())
                && !ownAdmission(words, quotedWords);
        if (militaryReport && arms != null && assessing.contains(attribution.verb())) {
            return "arms transfer in a report: \"" + transfer + "\" … \"" + arms + "\"";
        }
        if (militaryReport && documentVerbs.contains(attribution.verb())) {
            return "military claim in a report: \"" + attribution.verb() + "\"";
        }
        return null;
    }

    /** Words back from a crime word where what fights it may stand: "la lucha contra el narcotráfico". */
    private static final int OPPOSED_CRIME_REACH = 3;

    /**
     * A crime somebody may have committed; not one a party fights or prevents ("la lucha contra el terrorismo",
     * "cooperación en la lucha contra el narcotráfico"), which accuses nobody.
     */
    private String crime(Words words, LexiconSet.Hits hits) {
        for (int i : hits.starts(Cue.CRIME.ordinal())) {
            boolean opposed = false;
            for (int k = Math.max(0, i - OPPOSED_CRIME_REACH); k < i && !opposed; k++) {
                opposed = crimeOpposers.contains(words.lower(k));
            }
            if (!opposed) {
                return words.original(i, i + hits.lengthAt(Cue.CRIME.ordinal(), i));
            }
        }
        return null;
    }

    /**
     * An accusation made, not one pointed back at: "No presentó documentos que respalden esa acusación", "Parte
     * dessas acusações nunca chegou a julgamento" name an accusation the article reported before.
     */
    private String accusation(Words words, LexiconSet.Hits hits) {
        for (int i : hits.starts(Cue.ACCUSATION.ordinal())) {
            if (i == 0 || !pointingBack.contains(words.lower(i - 1))) {
                return words.original(i, i + hits.lengthAt(Cue.ACCUSATION.ordinal(), i));
            }
        }
        return null;
    }

    /**
     * "The State Department said Iran was trying to build a foothold": a speaker telling what another party is
     * after is an accusation even without the verb. Not "we are trying to restore power", a party's own aim, nor
     * "he was trying to reach a deal", where the pronoun is as likely to be the speaker.
     */
    private String imputedIntent(Words words, LexiconSet.Hits hits, Attribution attribution) {
        if (!attribution.found()) {
            return null;
        }
        for (int i : hits.starts(Cue.IMPUTED_INTENT.ordinal())) {
            if (i > 0 && !firstPerson.contains(words.lower(i - 1)) && !subjectPronouns.contains(words.lower(i - 1))) {
                return words.original(i - 1, i + hits.lengthAt(Cue.IMPUTED_INTENT.ordinal(), i));
            }
        }
        return null;
    }

    /** Words looked at after "según la cual" for the verb in the conditional. */
    private static final int VERSION_REACH = 6;

    /**
     * "la información según la cual el Ministerio ocultaría muertes": a version the text cites with "según la cual"
     * and tells in the conditional is an allegation nobody has confirmed, whoever is said to deny it.
     */
    private String reportedVersion(Words words) {
        for (List<String> marker : versionMarkers) {
            for (int i = 0; i + marker.size() <= words.size(); i++) {
                if (!startsWith(words, i, marker)) {
                    continue;
                }
                int from = i + marker.size();
                for (int k = from; k < Math.min(words.size(), from + VERSION_REACH); k++) {
                    if (words.lower(k).length() > 4 && endsWithAny(words.lower(k), reportativeEndings)) {
                        return words.original(i, k + 1);
                    }
                }
            }
        }
        return null;
    }

    private static boolean startsWith(Words words, int at, List<String> phrase) {
        for (int j = 0; j < phrase.size(); j++) {
            if (!words.lower(at + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** "possible" hedges a noun ("the possible presence"), not "as soon as possible" or "possible to". */
    private String suspicion(Words words, LexiconSet.Hits hits) {
        for (int i : hits.starts(Cue.SUSPICION.ordinal())) {
            int length = hits.lengthAt(Cue.SUSPICION.ordinal(), i);
            boolean idiom = possibleForms.contains(words.lower(i)) && (i > 0 && possibleBefore.contains(words.lower(i - 1))
                    || i + 1 < words.size() && possibleAfter.contains(words.lower(i + 1)));
            if (!idiom && !plainFuture(words, i, length) && !negated(words, hits, i)) {
                return words.original(i, i + length);
            }
        }
        return reportedVersion(words);
    }

    /**
     * "terão chegado", "teria se reunido": the auxiliary tells a conjecture only with the participle of what is
     * conjectured; "a decisão terá repercussão", "só teriam direito às terras" are a future and a condition.
     */
    private boolean plainFuture(Words words, int i, int length) {
        if (length != 1 || !conjecturalAuxiliaries.contains(words.lower(i))) {
            return false;
        }
        int k = i + 1 < words.size() && clitics.contains(words.lower(i + 1)) ? i + 2 : i + 1;
        return k >= words.size() || !endsWithAny(words.lower(k), conjecturalParticiples);
    }

    /** Words back from a suspicion where a negation takes it back: "ni sospechoso", "não divulgou suspeitos". */
    private static final int NEGATED_SUSPICION_REACH = 2;

    /** "Nada de eso es ilegal ni sospechoso", "não divulgou suspeitos": a suspicion denied or withheld is none. */
    private boolean negated(Words words, LexiconSet.Hits hits, int i) {
        for (int k = Math.max(0, i - NEGATED_SUSPICION_REACH); k < i; k++) {
            if (suspicionNegators.contains(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Markets will reward that", "the contract will be public": a future with no date, no figure and no event
     * to hold it to is a prediction. "The route will open on March 29", "will carry 30,000 people a day" and "will
     * soon appoint an ambassador" can be checked. Not "the will of the people". A speaker describing themselves
     * ("We are not here to strip the club") is held to nothing either.
     */
    private boolean prediction(Words words, LexiconSet.Hits hits) {
        for (int i : hits.starts(Cue.FUTURE.ordinal())) {
            if (i == 0 || !nounMarkers.contains(words.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It should be noted" introduces a fact, not an opinion. An appeal ("the report recommends a joint command")
     * is an opinion only with what it asks for after it: "the minimum the U.N. recommends" states a fact.
     */
    private boolean opinion(Words words, LexiconSet.Hits hits) {
        for (int i : hits.starts(Cue.OPINION.ordinal())) {
            int end = i + hits.lengthAt(Cue.OPINION.ordinal(), i);
            boolean bareAppeal = appealVerbs.contains(words.original(i, end).toLowerCase(Locale.ROOT))
                    && end >= words.size();
            if (!bareAppeal
                    && !(words.lower(i).equals("should") && i + 2 < words.size() && words.lower(i + 2).equals("noted"))) {
                return true;
            }
        }
        return false;
    }

    private boolean ownAdmission(Words words, Words quotedWords) {
        for (int i = 0; i < quotedWords.size(); i++) {
            if (firstPerson.contains(quotedWords.word(i))) {
                return true;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (admissionVerbs.contains(words.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitalised words: a cheap count of the people, places and bodies named. The first word counts only
     * when the article capitalises it mid-sentence too ("Havana was hit", not "Soon, Iran …").
     */
    private int names(Words words, Set<String> namesInArticle) {
        int names = 0;
        for (int i = 0; i < words.size(); i++) {
            if (Texts.startsUpper(words.word(i)) && !stopWords.contains(words.lower(i))
                    && (i > 0 || namesInArticle.contains(words.lower(i)))) {
                names++;
            }
        }
        return names;
    }

    private static boolean hasDate(Words words, LexiconSet.Hits hits) {
        if (hits.matches(Cue.DATE.ordinal())) {
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
    private boolean hasCount(Words words, LexiconSet.Hits hits) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            boolean numeric = Character.isDigit(w.charAt(0)) || (w.length() > 1 && "$€£".indexOf(w.charAt(0)) >= 0
                    && Character.isDigit(w.charAt(1)));
            if (numeric) {
                if (isYear(w) || isDecade(w) || i > 0 && hits.lengthAt(Cue.MONTH.ordinal(), i - 1) > 0
                        || dayBeforeMonth(words, hits, i)) {
                    continue;
                }
                return true;
            }
            if (hits.lengthAt(Cue.NUMBER.ordinal(), i) > 0 && !(i > 0 && reference.contains(words.lower(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "3 de marzo", "5 de março": a day of the month before its month, with a connecting word between. */
    private boolean dayBeforeMonth(Words words, LexiconSet.Hits hits, int i) {
        return i + 2 < words.size() && words.word(i).length() <= 2 && officeConnectors.contains(words.lower(i + 1))
                && hits.lengthAt(Cue.MONTH.ordinal(), i + 2) > 0;
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
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
