package io.claimdesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * Finds who a sentence attributes its content to from the pack's word lists alone, for languages with no
 * part-of-speech model here (Spanish, Portuguese). A speaker is a phrase of names, the pack's speaker nouns
 * (offices, bodies, groups, documents) and the words that qualify them ("de Defensa", "diplomáticas"), found:
 * after an "according to" phrase ("según X", "de acuerdo con X", "segundo X", "para X,"); after a reporting verb
 * that follows a comma, a dash or a quotation, or opens the sentence (the inverted subject: "…, afirmó el ministro
 * de Defensa, Edmundo Novillo"); or right before the verb ("El canciller negó que …"), stepping over adverbs, time
 * words, an apposition between commas and a relative clause ("un diplomático que pidió anonimato dijo …"). A verb
 * with no subject at all ("Agregó que …") reports the last speaker. Descriptions ("el canciller") and pronouns
 * come back anaphoric for {@link SpeakerMemory}. Quoted words never attribute.
 */
final class PatternAttribution implements Attributions {

    /** A speaker's phrase runs this many words at most ("el portavoz de la Cancillería de la República de X"). */
    private static final int MAX_PHRASE_WORDS = 12;
    /** "un funcionario que habló bajo condición de anonimato porque no estaba autorizado dijo": back to the group. */
    private static final int RELATIVE_REACH = 16;
    /** "Para el ministro, …": the comma closes the phrase within this many words. */
    private static final int FOR_REACH = 15;
    /** "pidió a la Asamblea que": "que" or a quotation this many words after the verb. */
    private static final int THAT_REACH = 6;

    private final Set<String> verbs;
    private final Set<String> participles;
    /** "pidió", "declaró": verbs that report only before "que" or a quotation, or after an inverted quote. */
    private final Set<String> verbsBeforeThatOrQuote;
    /** "cuenta", "mantiene": verbs that report only with "que" right after them ("Cuenta que …"). */
    private final Set<String> verbsBeforeThat;
    /** "habló": a verb that reports only with "de" or "sobre" right after it ("habló de irregularidades"). */
    private final Set<String> verbsBeforeAbout;
    private final Set<String> aboutMarkers;
    /** "alto" in "un alto funcionario": a qualifier written before its office, kept with it. */
    private final Set<String> prenominalQualifiers;
    /** "en": joins a place to a body ("Embajada de Irán en Quito"), never to a person's name. */
    private final Set<String> placeConnectors;
    /** "confirmado": after "fue" and before "por X", X said it ("la cifra fue confirmada por el Ministerio"). */
    private final Set<String> passiveParticiples;
    private final java.util.Map<String, String> participleForms;
    private final Set<String> passiveAuxiliaries;
    /** "según", "de acuerdo con" (0) and "en entrevista con" (1), scanned together. */
    private final LexiconSet cuePhrases;
    private static final int ACCORDING_TO = 0;
    private static final int MEDIUM = 1;
    private final Set<String> accordingBeforeComma;
    private final Set<String> tellingVerbs;
    private final Set<String> toMarkers;
    private final Set<String> determiners;
    private final Set<String> speakerNouns;
    private final Set<String> titleWords;
    /** "el canciller", "la aerolínea", "el diario": words in front of a name that say what it names. */
    private final Set<String> describers;
    private final Set<String> honorifics;
    private final Set<String> documentNouns;
    private final Set<String> personRoles;
    /** "de", "por": between a document and the body that wrote it ("um relatório divulgado por X"). */
    private final Set<String> agentMarkers;
    private final Set<String> organisationNouns;
    private final Set<String> mediaNouns;
    private final Set<String> connectors;
    private final Set<String> pronouns;
    private final Set<String> relatives;
    private final Set<String> fillers;
    private final Set<String> timeWords;
    private final Set<String> negators;
    private final Set<String> notNames;
    private final Set<String> stopWords;
    private final Set<String> complementizers;
    /** "y", "además": a verb right after them with no subject of its own reports the last speaker. */
    private final Set<String> clauseOpeners;
    private final List<String> adjectiveEndings;
    private final Set<String> auxiliaries;
    /** "consultadas", "divulgado": a participle phrase between a subject and its verb. */
    private final List<String> participleEndings;
    private final Set<String> officeConnectors;
    private final Set<String> quantifiers;
    private final Set<String> cueWords = new java.util.HashSet<>();

    PatternAttribution(LanguagePack pack) {
        verbs = pack.words("reportingVerbs");
        participles = pack.words("reportingParticiples");
        verbsBeforeThatOrQuote = pack.words("reportingVerbsBeforeThatOrQuote");
        verbsBeforeThat = pack.words("reportingVerbsBeforeThat");
        verbsBeforeAbout = pack.words("reportingVerbsBeforeAbout");
        aboutMarkers = pack.words("aboutMarkers");
        prenominalQualifiers = pack.words("prenominalQualifiers");
        placeConnectors = pack.words("placeConnectors");
        passiveParticiples = pack.words("passiveReportingParticiples");
        participleForms = pack.pairs("participleForms");
        passiveAuxiliaries = pack.words("passiveAuxiliaries");
        cuePhrases = new LexiconSet(List.of(pack.lexicon("accordingTo"), pack.lexicon("mediumCues")));
        accordingBeforeComma = pack.words("accordingToBeforeComma");
        tellingVerbs = pack.words("tellingVerbs");
        toMarkers = pack.words("toMarkers");
        determiners = pack.words("determiners");
        speakerNouns = pack.union("personRoles", "organisationNouns", "collectives", "documentNouns", "honorifics",
                "companyNouns", "mediaNouns");
        describers = pack.union("personRoles", "honorifics", "titleWords", "mediaNouns", "companyNouns", "researchNouns",
                "organisationNouns");
        titleWords = pack.words("titleWords");
        honorifics = pack.words("honorifics");
        documentNouns = pack.words("documentNouns");
        personRoles = pack.words("personRoles");
        agentMarkers = pack.words("agentMarkers");
        organisationNouns = pack.union("organisationNouns", "researchNouns");
        mediaNouns = pack.words("mediaNouns");
        connectors = pack.words("nameConnectors");
        pronouns = pack.words("speakerPronouns");
        relatives = pack.words("relativePronouns");
        fillers = pack.words("subjectFillers");
        timeWords = pack.words("timeWords");
        negators = pack.words("negators");
        notNames = pack.words("notNames");
        stopWords = pack.words("stopWords");
        complementizers = pack.words("complementizers");
        clauseOpeners = pack.words("droppedSubjectOpeners");
        adjectiveEndings = pack.entries("adjectiveEndings");
        auxiliaries = pack.words("auxiliaries");
        participleEndings = pack.entries("participleEndings");
        officeConnectors = pack.words("officeConnectors");
        quantifiers = pack.union("quantifiers", "numberWords");
        cueWords.addAll(verbs);
        cueWords.addAll(participles);
        cueWords.addAll(verbsBeforeThatOrQuote);
        cueWords.addAll(verbsBeforeThat);
        cueWords.addAll(verbsBeforeAbout);
        cueWords.addAll(passiveAuxiliaries);
        cueWords.addAll(accordingBeforeComma);
        for (String phrase : pack.entries("accordingTo")) {
            cueWords.add(Texts.words(phrase).get(0).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** One sentence's words with what lies between them. */
    private record Sentence(String text, Words w, List<int[]> quoted, LexiconSet.Hits cues) {

        boolean quoted(int i) {
            return Attributions.inside(quoted, w.start(i), w.end(i));
        }

        /** The characters between word i - 1 and word i (the sentence's start before the first word). */
        String gapBefore(int i) {
            return text.substring(i == 0 ? 0 : w.end(i - 1), w.start(i));
        }

        /** A comma, dash, colon, bracket or quotation mark between word i - 1 and word i. */
        boolean breakBefore(int i) {
            if (i == 0) {
                return true;
            }
            String gap = gapBefore(i);
            for (int c = 0; c < gap.length(); c++) {
                if (",;:—–()«»\"“”‘’[]".indexOf(gap.charAt(c)) >= 0 || gap.charAt(c) == '-' && gap.length() > 1) {
                    return true;
                }
            }
            return false;
        }

        boolean commaBefore(int i) {
            return i > 0 && gapBefore(i).indexOf(',') >= 0;
        }
    }

    @Override
    public Attribution find(String sentence, List<int[]> quotations, Words words) {
        List<int[]> quoted = dialogueAsides(sentence, quotations, words);
        if (!Attributions.mentionsCue(cueWords, words, quoted)) {
            return Attribution.NONE;
        }
        Sentence s = new Sentence(sentence, words, quoted, cuePhrases.scan(words));
        String via = medium(s);
        Attribution according = accordingTo(s, via);
        String agency = according != null ? mediumAtEnd(s) : null;
        if (agency != null) {
            // "O ministério acusou Israel …, segundo a agência Irna": the ministry spoke, the agency carried it
            Attribution named = subjectBeforeVerb(s, agency);
            if (named != null) {
                return named;
            }
        }
        if (according != null) {
            return according;
        }
        return byVerb(s, via);
    }

    /**
     * The subject written before a reporting verb ("O ministério classificou … e acusou …"), not one after it, which
     * could be the verb's object ("acusou Israel"); null when there is none.
     */
    private Attribution subjectBeforeVerb(Sentence s, String via) {
        Words w = s.w;
        for (int v = 0; v < w.size(); v++) {
            if (s.quoted(v) || !isVerb(w.lower(v)) || negated(s, v) || quoteOrDashBefore(s, v)) {
                continue;
            }
            int[] subject = subjectBefore(s, v);
            if (subject == null && v > 1 && clauseOpeners.contains(w.lower(v - 1))) {
                subject = mainSubject(s, v);
            }
            if (subject != null) {
                return attribution(s, documentAuthor(s, subject), via, "reporting-verb", w.lower(v));
            }
        }
        return null;
    }

    /** The speaker of the sentence's first reporting verb that reports, or none. */
    private Attribution byVerb(Sentence s, String via) {
        Words words = s.w;
        for (int v = 0; v < words.size(); v++) {
            if (s.quoted(v) || !isVerb(words.lower(v)) || negated(s, v)
                    || participles.contains(words.lower(v)) && !verbs.contains(words.lower(v))
                    && !(v > 0 && auxiliaries.contains(words.lower(v - 1)))) {
                // a participle reports only after its auxiliary: "ha afirmado", not "el acusado"
                continue;
            }
            if (verbsBeforeThatOrQuote.contains(words.lower(v)) && !s.breakBefore(v) && !thatOrQuoteFollows(s, v)) {
                // "La Paz pidió disculpas", "la Corte declaró inconstitucional la ley": an act, not words
                continue;
            }
            if (verbsBeforeThat.contains(words.lower(v)) && !thatRightAfter(s, v)
                    || verbsBeforeAbout.contains(words.lower(v)) && !aboutRightAfter(s, v)) {
                // "Irán mantiene embajada en Montevideo", "la cuenta": a noun or an act, not words
                continue;
            }
            Attribution a = atVerb(s, v, via);
            if (a != null) {
                return a;
            }
        }
        Attribution agent = passiveAgent(s, via);
        return agent != null ? agent : Attribution.NONE;
    }

    /** "La cifra fue confirmada por el Ministerio de Salud": the agent of a reporting verb in the passive speaks. */
    private Attribution passiveAgent(Sentence s, String via) {
        Words w = s.w;
        for (int i = 0; i + 3 < w.size(); i++) {
            if (s.quoted(i) || !passiveAuxiliaries.contains(w.lower(i)) || !passiveParticiples.contains(baseForm(w.lower(i + 1)))
                    || !agentMarkers.contains(w.lower(i + 2)) || officeConnectors.contains(w.lower(i + 2))
                    || s.breakBefore(i + 1) || s.breakBefore(i + 2) || s.breakBefore(i + 3)) {
                continue;
            }
            int[] np = phraseAt(s, i + 3);
            if (np != null && isSpeaker(s, np)) {
                return attribution(s, np, via, "reporting-verb", w.lower(i + 1));
            }
        }
        return null;
    }

    /** "confirmada", "confirmados" → "confirmado": the masculine singular a participle's other forms stand for. */
    private String baseForm(String participle) {
        for (java.util.Map.Entry<String, String> e : participleForms.entrySet()) {
            if (participle.endsWith(e.getKey()) && participle.length() > e.getKey().length() + 2) {
                return participle.substring(0, participle.length() - e.getKey().length()) + e.getValue();
            }
        }
        return participle;
    }

    /**
     * "…, segundo a agência estatal Irna.": the name of the news outlet an "according to" at the sentence's end, after
     * a comma, gives; null for anything else.
     */
    private String mediumAtEnd(Sentence s) {
        Words w = s.w;
        for (int i = 1; i < w.size(); i++) {
            int length = s.quoted(i) || !s.commaBefore(i) ? 0 : s.cues.lengthAt(ACCORDING_TO, i);
            if (length == 0) {
                continue;
            }
            int k = i + length;
            while (k < w.size() && determiners.contains(w.lower(k))) {
                k++;
            }
            if (k >= w.size() || !mediaNouns.contains(w.lower(k))) {
                return null;
            }
            int end = k + 1;
            while (end < w.size() && !s.breakBefore(end) && !s.quoted(end)) {
                end++;
            }
            int name = k + 1;
            while (name < end && !Texts.startsUpper(w.word(name)) && isQualifier(w, name)) {
                // "a agência estatal Irna"
                name++;
            }
            return end == w.size() && name < end ? properName(s, name) : null;
        }
        return null;
    }

    private boolean isVerb(String lower) {
        return verbs.contains(lower) || participles.contains(lower) || verbsBeforeThatOrQuote.contains(lower)
                || verbsBeforeThat.contains(lower) || verbsBeforeAbout.contains(lower);
    }

    /** "habló de drones", "habla sobre irregularidades": what was said about, right after the verb. */
    private boolean aboutRightAfter(Sentence s, int v) {
        int j = skipFillers(s, v + 1);
        return j < s.w.size() && !s.quoted(j) && !s.breakBefore(j) && aboutMarkers.contains(s.w.lower(j));
    }

    /** "Cuenta que …", "mantiene además que …": "que" right after the verb, adverbs aside. */
    private boolean thatRightAfter(Sentence s, int v) {
        int j = skipFillers(s, v + 1);
        return j < s.w.size() && !s.quoted(j) && complementizers.contains(s.w.lower(j));
    }

    /**
     * «Aquí nadie pregunta —dice Yohandry, de 24 años—. Solo cuánto sacaste»: a dash inside a quotation that opens
     * on a reporting verb is the writer's aside naming the speaker, up to the next dash or the quotation's end; its
     * words are not quoted.
     */
    private List<int[]> dialogueAsides(String text, List<int[]> quoted, Words words) {
        List<int[]> out = new java.util.ArrayList<>(quoted.size());
        boolean split = false;
        for (int[] range : quoted) {
            int[] aside = dialogueAside(text, range);
            if (aside == null) {
                out.add(range);
                continue;
            }
            split = true;
            out.add(new int[] {range[0], aside[0]});
            if (aside[1] + 1 < range[1]) {
                // the quotation resumes after the closing dash
                out.add(new int[] {aside[1] + 1, range[1]});
            }
        }
        return split ? out : quoted;
    }

    /** Where "—dice X, de 24 años—" starts and ends (the closing dash, or the quotation's end) in a quotation; null. */
    private int[] dialogueAside(String text, int[] range) {
        for (int d = range[0] + 1; d < range[1] - 1; d++) {
            if ("—–".indexOf(text.charAt(d)) < 0) {
                continue;
            }
            int from = d + 1;
            while (from < range[1] && text.charAt(from) == ' ') {
                from++;
            }
            int to = from;
            while (to < range[1] && Character.isLetter(text.charAt(to))) {
                to++;
            }
            String verb = text.substring(from, to);
            if (verb.isEmpty() || !Character.isLowerCase(verb.charAt(0)) || !isVerb(verb)) {
                continue;
            }
            int close = to;
            while (close < range[1] && "—–".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            return new int[] {d, close};
        }
        return null;
    }

    /** "pidió que", "declaró: «…»", "exigió «…»": what the verb says follows within a few words. */
    private boolean thatOrQuoteFollows(Sentence s, int v) {
        for (int j = v + 1; j < Math.min(s.w.size(), v + THAT_REACH); j++) {
            if (s.quoted(j) || complementizers.contains(s.w.lower(j)) || s.gapBefore(j).indexOf(':') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "no dijo", "não confirmou": nobody said it. */
    private boolean negated(Sentence s, int v) {
        for (int i = v - 1; i >= Math.max(0, v - 3); i--) {
            if (s.quoted(i)) {
                // «Aquí nadie pregunta —dice X—»: the quotation's words do not negate the writer's verb
                return false;
            }
            if (negators.contains(s.w.lower(i))) {
                return true;
            }
            if (!fillers.contains(s.w.lower(i)) || s.breakBefore(i + 1)) {
                return false;
            }
        }
        return false;
    }

    /** "según X", "de acuerdo con X", "segundo X", "Para el ministro, …". */
    private Attribution accordingTo(Sentence s, String via) {
        Words w = s.w;
        for (int i = 0; i < w.size(); i++) {
            if (s.quoted(i)) {
                continue;
            }
            int length = s.cues.lengthAt(ACCORDING_TO, i);
            boolean beforeComma = length == 0 && accordingBeforeComma.contains(w.lower(i)) && s.breakBefore(i);
            if (length == 0 && !beforeComma) {
                continue;
            }
            int from = i + Math.max(length, 1);
            if (from < w.size() && isVerb(w.lower(from))) {
                // "según informó el diario X": the verb's inverted subject
                int[] np = phraseAt(s, skipFillers(s, from + 1));
                if (np != null && isSpeaker(s, np)) {
                    return attribution(s, np, via, "according-to", "according to");
                }
                continue;
            }
            int[] author = beforeComma ? null : authorOfDocumentAt(s, from);
            if (author != null) {
                return attribution(s, author, via, "according-to", "according to");
            }
            int[] np = beforeComma ? segmentToComma(s, from) : phraseAt(s, from);
            if (np == null || !isSpeaker(s, np)) {
                // "para el ministro de Defensa" is the minister's view only when a comma closes it
                continue;
            }
            np = documentAuthor(s, np);
            return attribution(s, np, via, "according-to", "according to");
        }
        return null;
    }

    /** "Para el profesor de derecho electoral de la Universidad X, …": the words up to the comma that closes them. */
    private int[] segmentToComma(Sentence s, int from) {
        for (int k = from + 1; k < Math.min(s.w.size(), from + FOR_REACH); k++) {
            if (s.breakBefore(k)) {
                return s.commaBefore(k) && !s.quoted(from) ? new int[] {from, k} : null;
            }
        }
        return null;
    }

    /**
     * "según el último reporte de la Defensoría del Pueblo", "según el informe anual de la Secretaría X": a document
     * with a word or two qualifying it, then the body that wrote it, which speaks; null when no body is named.
     */
    private int[] authorOfDocumentAt(Sentence s, int from) {
        Words w = s.w;
        int i = from;
        while (i < w.size() && determiners.contains(w.lower(i)) && i - from < 2) {
            i++;
        }
        if (i == from) {
            // "documentos internos de PDVSA vistos por la AFP": papers someone saw, not a body's own publication
            return null;
        }
        for (int k = i; k < Math.min(w.size(), i + 3); k++) {
            if (s.quoted(k) || k > from && s.breakBefore(k) || Texts.startsUpper(w.word(k))) {
                return null;
            }
            if (!documentNouns.contains(w.lower(k))) {
                continue;
            }
            for (int c = k + 1; c < Math.min(w.size() - 1, k + 4); c++) {
                if (s.quoted(c) || s.breakBefore(c)) {
                    return null;
                }
                if (agentMarkers.contains(w.lower(c))) {
                    int[] author = phraseAt(s, c + 1);
                    return author != null && isSpeaker(s, author) ? author : null;
                }
            }
            return null;
        }
        return null;
    }

    /** "un comunicado del Ministerio de Defensa", "datos del INE": the body that wrote the document speaks. */
    private int[] documentAuthor(Sentence s, int[] np) {
        Words w = s.w;
        for (int i = np[0]; i < np[1] - 1; i++) {
            if (documentNouns.contains(w.lower(i)) && connectors.contains(w.lower(i + 1))) {
                int[] author = phraseAt(s, i + 2);
                if (author != null && isSpeaker(s, author)) {
                    return author;
                }
            }
        }
        int[] publisher = publishedBy(s, np);
        return publisher != null ? publisher : np;
    }

    /**
     * "um relatório divulgado em março por um centro de estudos militares de Londres", "un informe publicado por
     * la Fundación X": a document, a participle, then the body after "por" that published it; null otherwise.
     */
    private int[] publishedBy(Sentence s, int[] np) {
        Words w = s.w;
        for (int i = np[0]; i < np[1]; i++) {
            if (!documentNouns.contains(w.lower(i)) || i + 1 >= w.size() || !endsWithAny(w.lower(i + 1), participleEndings)) {
                continue;
            }
            for (int k = i + 2; k < Math.min(w.size() - 1, i + 2 + THAT_REACH); k++) {
                if (s.quoted(k) || s.breakBefore(k)) {
                    return null;
                }
                if (agentMarkers.contains(w.lower(k)) && !connectors.contains(w.lower(k))) {
                    int[] body = bodyDescription(s, k + 1);
                    int[] author = body != null ? body : phraseAt(s, k + 1);
                    return author != null && isSpeaker(s, author) ? author : null;
                }
            }
        }
        return null;
    }

    /**
     * "um centro de estudos militares de Londres": a body the text describes rather than names, an organisation
     * noun and every word after it up to the comma or the sentence's end; null when a verb or clause comes first.
     */
    private int[] bodyDescription(Sentence s, int from) {
        Words w = s.w;
        int start = from;
        int i = from;
        while (i < w.size() && determiners.contains(w.lower(i)) && i - from < 2) {
            i++;
        }
        if (i >= w.size() || !organisationNouns.contains(w.lower(i)) || Texts.startsUpper(w.word(i))) {
            return null;
        }
        int j = i + 1;
        while (j < w.size() && j - start < MAX_PHRASE_WORDS && !s.breakBefore(j) && !s.quoted(j)) {
            String lower = w.lower(j);
            if (isVerb(lower) || relatives.contains(lower) || complementizers.contains(lower)) {
                return null;
            }
            j++;
        }
        return j > i + 1 && (j == w.size() || s.breakBefore(j)) ? new int[] {start, j} : null;
    }

    private Attribution atVerb(Sentence s, int v, String via) {
        Words w = s.w;
        int after = skipFillers(s, v + 1);
        int[] before = subjectBefore(s, v);
        if (before != null) {
            // "Un informe de la organización Agua Viva sostiene": the body that wrote it speaks
            before = documentAuthor(s, before);
        }
        if (before != null && !quoteOrDashBefore(s, v)) {
            // "La coordinadora, Juliana Ferreira, acusó a …": the name set off before the verb, not the verb's object
            return attribution(s, before, via != null ? via : told(s, v, v + 1), "reporting-verb", w.lower(v));
        }
        boolean inverted = s.breakBefore(v) || clauseOpeners.contains(w.lower(v > 0 ? v - 1 : v)) && v > 0
                && s.breakBefore(v - 1) || onlyFillersBefore(s, v);
        if (inverted && after < w.size() && !s.breakBefore(after) || v == 0) {
            int[] np = phraseAt(s, after);
            if (np == null) {
                np = countedPhraseAt(s, after);
            }
            if (np != null && isSpeaker(s, np) && !complementizers.contains(w.lower(after))) {
                return attribution(s, np, via != null ? via : told(s, v, np[1]), "reporting-verb", w.lower(v));
            }
            int[] past = subjectAfterRecipient(s, after);
            if (np == null && past != null) {
                return attribution(s, past, via != null ? via : told(s, v, v + 1), "reporting-verb", w.lower(v));
            }
        }
        int[] subject = before;
        if (subject != null) {
            return attribution(s, subject, via != null ? via : told(s, v, v + 1), "reporting-verb", w.lower(v));
        }
        if (v > 1 && clauseOpeners.contains(w.lower(v - 1)) && !s.breakBefore(v - 1)) {
            // "El diputado Marcelo Arce presentó un pedido y aseguró que …": the subject of the sentence
            int[] main = mainSubject(s, v);
            if (main != null) {
                return attribution(s, main, via != null ? via : told(s, v, v + 1), "reporting-verb", w.lower(v));
            }
        }
        if (inverted || v == 0 || clauseOpeners.contains(w.lower(v - 1))) {
            // "Agregó que …", "«…», dijo.", "y añadió que": the verb's subject is the one who spoke last
            return new Attribution(SpeakerMemory.LAST_SPEAKER, via != null ? via : told(s, v, v + 1), true,
                    "reporting-verb", true, w.lower(v));
        }
        return null;
    }

    /** "Así lo informó el Ministerio": only adverbs and pronouns between the clause's start and the verb. */
    private boolean onlyFillersBefore(Sentence s, int v) {
        int k = v - 1;
        while (k >= 0 && fillers.contains(s.w.lower(k)) && !auxiliaries.contains(s.w.lower(k)) && !s.quoted(k)) {
            if (s.breakBefore(k)) {
                return k < v - 1 || !negators.contains(s.w.lower(k));
            }
            k--;
        }
        return false;
    }

    /**
     * "afirmó a la prensa el alcalde de La Paz", "escribió en X el presidente": the subject after whom the words were
     * said to or where they were written, opening on a determiner within a few words; null otherwise.
     */
    private int[] subjectAfterRecipient(Sentence s, int after) {
        Words w = s.w;
        if (after >= w.size() || !toMarkers.contains(w.lower(after)) && !placeConnectors.contains(w.lower(after))) {
            return null;
        }
        for (int k = after + 2; k < Math.min(w.size(), after + 5); k++) {
            if (s.breakBefore(k) || s.quoted(k)) {
                return null;
            }
            if (determiners.contains(w.lower(k))) {
                int[] np = phraseAt(s, k);
                return np != null && isSpeaker(s, np) ? np : null;
            }
        }
        return null;
    }

    /** "«…», dijo", "—dijo": a quotation or a dash right before the verb, which then comes before its subject. */
    private static boolean quoteOrDashBefore(Sentence s, int v) {
        String gap = s.gapBefore(v);
        for (int c = 0; c < gap.length(); c++) {
            if ("—–«»\"“”‘’".indexOf(gap.charAt(c)) >= 0) {
                return true;
            }
        }
        return v > 0 && s.quoted(v - 1);
    }

    /**
     * "A reportagem procurou a Agência Nacional de Mineração, que informou que …": a relative pronoun after a comma,
     * right before a reporting verb (or one that "que" or a quotation follows), stands for the phrase before the comma; null when that
     * phrase cannot speak. ("X, que havia denunciado Y, apareceu morto": an aside, not what X said.)
     */
    private int[] antecedent(Sentence s, int j, int v) {
        if (j < 1 || !relatives.contains(s.w.lower(j)) || !s.commaBefore(j) || s.quoted(j - 1)
                || !thatOrQuoteFollows(s, v) && !(j == v - 1 && verbs.contains(s.w.lower(v)))) {
            return null;
        }
        int[] np = phraseEndingAt(s, j - 1);
        return np != null && isSpeaker(s, np) ? np : null;
    }

    /**
     * "O deputado Julio Castellanos, membro da comissão de Defesa da Assembleia eleita em 2015, acusou": an apposition
     * that opens on an office or a member's noun and runs to the verb's comma; the name before it speaks. Null else.
     */
    private int[] nameBeforeApposition(Sentence s, int segmentStart) {
        Words w = s.w;
        int first = segmentStart;
        while (first < w.size() && determiners.contains(w.lower(first))) {
            first++;
        }
        if (segmentStart == 0 || first >= w.size() || Texts.startsUpper(w.word(first))
                || !speakerNouns.contains(w.lower(first)) || s.quoted(segmentStart - 1)) {
            return null;
        }
        int[] before = phraseEndingAt(s, segmentStart - 1);
        return before != null && isSpeaker(s, before) && Texts.startsUpper(w.word(before[1] - 1))
                && !stopWords.contains(w.lower(before[1] - 1)) ? before : null;
    }

    /** The phrase that opens the sentence, or the one after its opening phrase ("En la Argentina, el diputado …"). */
    private int[] mainSubject(Sentence s, int v) {
        int[] np = phraseAt(s, skipFillers(s, 0));
        if (np != null && np[1] < v && isSpeaker(s, np)) {
            return np;
        }
        for (int k = 1; k < v; k++) {
            if (s.commaBefore(k)) {
                np = phraseAt(s, k);
                return np != null && np[1] < v && isSpeaker(s, np) ? np : null;
            }
        }
        return null;
    }

    /** The first word at or after i that is no adverb or time word ("afirmó este lunes el ministro"). */
    private int skipFillers(Sentence s, int i) {
        Words w = s.w;
        while (i < w.size() && !s.quoted(i) && (fillers.contains(w.lower(i)) || timeWords.contains(w.lower(i))
                || determiners.contains(w.lower(i)) && i + 1 < w.size() && timeWords.contains(w.lower(i + 1)))) {
            i++;
        }
        return i;
    }

    /**
     * The subject right before the verb: adverbs, auxiliaries and time words stepped over, then a phrase ending there;
     * after a comma, an apposition ("Edmundo Novillo, ministro de Defensa, dijo") leads back to the name before it,
     * and a name set off after its office ("El ministro de Defensa, Edmundo Novillo, afirmó") is the speaker.
     */
    private int[] subjectBefore(Sentence s, int v) {
        Words w = s.w;
        int j = v - 1;
        while (j >= 0 && !s.quoted(j) && !s.breakBefore(j + 1) && (fillers.contains(w.lower(j))
                || timeWords.contains(w.lower(j)) || determiners.contains(w.lower(j)) && timeWords.contains(w.lower(j + 1)))) {
            j--;
        }
        if (j < 0 || s.quoted(j)) {
            return null;
        }
        int[] antecedent = antecedent(s, j, v);
        if (antecedent != null) {
            return antecedent;
        }
        if (s.gapBefore(j + 1).indexOf(')') >= 0) {
            // "El concejal Marcos Teixeira (PSD) acusó": back past the brackets
            int k = j;
            while (k > 0 && s.gapBefore(k).indexOf('(') < 0) {
                k--;
            }
            j = k - 1;
            if (j < 0 || s.quoted(j)) {
                return null;
            }
        }
        if (!s.commaBefore(j + 1)) {
            // "la cooperativa que representa a los mineros de la región de X negó": the group before the relative
            int[] group = relativeSubject(s, j);
            int[] np = phraseEndingAt(s, j);
            if (group == null && np != null && np[0] > 0 && connectors.contains(w.lower(np[0] - 1))
                    && !determiners.contains(w.lower(np[0] - 1))) {
                // "Líderes de la comunidad árabe de Foz dicen": the name ends a longer phrase that opens the clause
                int[] whole = clauseBefore(s, np[0] - 1, j);
                np = whole != null ? whole : np;
            }
            int[] counted = group == null ? countedSubject(s, v) : null;
            if (counted != null && !(np != null && isSpeaker(s, np) && np[0] <= counted[0])) {
                // "Varios comerciantes consultados por este diario denunciaron": the group, not "este diario"
                return counted;
            }
            if (group == null && (np == null || !isSpeaker(s, np))) {
                int[] participial = participleSubject(s, v);
                return participial != null ? participial : participleSubjectAfterOpening(s, v);
            }
            return group != null ? group : np;
        }
        // a comma right before the verb: the segment before it is an apposition, a relative clause or a name
        int segmentStart = j;
        while (segmentStart > 0 && !s.commaBefore(segmentStart) && !s.quoted(segmentStart - 1)) {
            segmentStart--;
        }
        boolean parenthetical = segmentStart > 0 && s.commaBefore(segmentStart)
                && (!isSpeaker(s, new int[] {segmentStart, j + 1}) || opensAside(w, segmentStart));
        if (parenthetical) {
            // "Castellanos, que vive exiliado en Madrid, dijo", "Pertuz, por su parte, desmintió": the segment before
            int end = segmentStart - 1;
            int start = end;
            while (start > 0 && !s.breakBefore(start) && !s.quoted(start - 1)) {
                start--;
            }
            start = skipFillers(s, start);
            int[] np = start <= end ? phraseEndingAt(s, end) : null;
            return np != null && np[0] >= start && isSpeaker(s, np) ? np
                    : start <= end && isSpeaker(s, new int[] {start, end + 1}) && isUnnamedGroup(s, start, end + 1)
                    ? new int[] {start, end + 1} : null;
        }
        int[] segment = phraseEndingAt(s, j);
        if (segment == null || !s.commaBefore(segment[0]) && segment[0] > 0) {
            return nameBeforeApposition(s, segmentStart);
        }
        if (isName(s, segment) || describedName(s, segment)) {
            return segment;
        }
        int[] before = segment[0] > 0 ? phraseEndingAt(s, segment[0] - 1) : null;
        // "Julio Castellanos, miembro de la comisión de Defensa, dijo", "El diputado X, miembro de …, dijo"
        return before != null && isSpeaker(s, before) && (isName(s, before)
                || Texts.startsUpper(w.word(before[1] - 1)) && !stopWords.contains(w.lower(before[1] - 1))) ? before : null;
    }

    /**
     * "Uno de ellos, el productor Holger Castro Apolo, aseguró": an apposition that is an office, then a name of two
     * words or more, set off right before the verb; the name speaks.
     */
    private boolean describedName(Sentence s, int[] segment) {
        Words w = s.w;
        int i = segment[0];
        while (i < segment[1] && determiners.contains(w.lower(i))) {
            i++;
        }
        if (i >= segment[1] || Texts.startsUpper(w.word(i)) || !describers.contains(w.lower(i))) {
            return false;
        }
        int name = segment[1];
        while (name > i + 1 && Texts.startsUpper(w.word(name - 1))) {
            name--;
        }
        return segment[1] - name >= 2 && nameAfterDescription(s, segment)[0] == name;
    }

    /**
     * "Tres conductores de camiones contaron", "Varios migrantes consultados por este diario denunciaron", "Los tres
     * negaron": a clause that opens on a count (behind a determiner at most) and runs to the verb with no break is
     * an unnamed group speaking, whatever its noun; null otherwise.
     */
    private int[] countedSubject(Sentence s, int v) {
        Words w = s.w;
        int start = v - 1;
        while (start > 0 && !s.breakBefore(start) && !s.quoted(start - 1) && v - start < MAX_PHRASE_WORDS) {
            start--;
        }
        if (start < 0 || s.quoted(start) || !s.breakBefore(start) && start > 0) {
            return null;
        }
        if (start > 0 && !s.commaBefore(start)) {
            // "votó a las 17:20 en la escuela y pidió": a clause opens at the sentence's start or after a comma
            return null;
        }
        start = skipFillers(s, start);
        boolean counted = isCount(w, start) || determiners.contains(w.lower(start)) && start + 1 < v && isCount(w, start + 1);
        for (int i = start; i < v && counted; i++) {
            // "Dos semanas después anunció": a count of time, not of people
            // "Cada vez que se menciona": an impersonal clause, no group
            counted = !timeWords.contains(w.lower(i)) && !s.quoted(i) && !clauseOpeners.contains(w.lower(i))
                    && !fillers.contains(w.lower(i));
        }
        return counted && v - start >= 2 ? new int[] {start, v} : null;
    }

    /** "dijo uno de ellos", "afirmó una de las vecinas": a count, then "de" and whom it counts, after the verb. */
    private int[] countedPhraseAt(Sentence s, int i) {
        Words w = s.w;
        if (i + 2 >= w.size() || s.quoted(i) || !quantifiers.contains(w.lower(i)) || !connectors.contains(w.lower(i + 1))
                || s.breakBefore(i + 1) || s.breakBefore(i + 2)) {
            return null;
        }
        if (pronouns.contains(w.lower(i + 2))) {
            return new int[] {i, i + 3};
        }
        boolean whom = i + 3 < w.size() && determiners.contains(w.lower(i + 2)) && !s.breakBefore(i + 3) && !s.quoted(i + 3);
        return whom ? new int[] {i, i + 4} : null;
    }

    private boolean isCount(Words w, int i) {
        return quantifiers.contains(w.lower(i)) || isNumber(w.word(i));
    }

    /** The words from the clause's start to j when they open on a determiner, a number or a speaker noun; else null. */
    private int[] clauseBefore(Sentence s, int from, int j) {
        int start = from;
        while (start > 0 && !s.breakBefore(start) && !s.quoted(start - 1) && from - start < MAX_PHRASE_WORDS) {
            start--;
        }
        start = skipFillers(s, start);
        if (start >= from || !s.breakBefore(start) && start > 0) {
            return null;
        }
        Words w = s.w;
        boolean opens = determiners.contains(w.lower(start)) || isNumber(w.word(start))
                || speakerNouns.contains(w.lower(start));
        return opens && (speakerNouns.contains(w.lower(start)) || start + 1 <= j && speakerNouns.contains(w.lower(start + 1)))
                ? new int[] {start, j + 1} : null;
    }

    /** "con sede en Washington", "consultado por la AFP", "en declaraciones a X": a segment that is an aside. */
    private boolean opensAside(Words w, int i) {
        String lower = w.lower(i);
        return !Texts.startsUpper(w.word(i)) && !determiners.contains(lower) && !speakerNouns.contains(lower)
                && !titleWords.contains(lower) && !isNumber(w.word(i)) && !quantifiers.contains(lower);
    }

    /** "dos operadores del sector petrolero": a number or determiner, then one of the pack's groups or offices. */
    private boolean isUnnamedGroup(Sentence s, int start, int end) {
        Words w = s.w;
        boolean counted = determiners.contains(w.lower(start)) || isNumber(w.word(start))
                || quantifiers.contains(w.lower(start));
        for (int i = start; i < Math.min(end, start + 3); i++) {
            if (speakerNouns.contains(w.lower(i))) {
                return counted;
            }
        }
        return false;
    }

    /**
     * "Fuentes de Itamaraty consultadas por este diario afirmaron", "Un estudio de la Fundación X (FX) divulgado en
     * 2020 encontró": the sentence's opening phrase, then a participle phrase up to the verb.
     */
    private int[] participleSubject(Sentence s, int v) {
        Words w = s.w;
        int[] np = phraseAt(s, skipFillers(s, 0));
        if (np == null || np[1] >= v || !isSpeaker(s, np)) {
            return null;
        }
        int k = np[1];
        if (s.gapBefore(k).indexOf('(') >= 0) {
            while (k < v && s.gapBefore(k + 1).indexOf(')') < 0) {
                k++;
            }
            k++;
        }
        for (int i = np[1]; i < v; i++) {
            if (i > np[1] && s.breakBefore(i) && !(i == k && s.gapBefore(i).indexOf(')') >= 0)) {
                return null;
            }
        }
        return k < v && endsWithAny(w.lower(k), participleEndings) ? np : null;
    }

    /**
     * "Em Itabuna, pesquisa do instituto Datavox divulgada na terça-feira (1º) mostra …": after an opening phrase
     * set off by a comma, a phrase with a speaker's noun, then a participle phrase (brackets allowed) up to the verb.
     */
    private int[] participleSubjectAfterOpening(Sentence s, int v) {
        Words w = s.w;
        int comma = 1;
        while (comma < v && !s.commaBefore(comma)) {
            comma++;
        }
        int[] np = comma < v ? phraseAt(s, comma) : null;
        if (np == null || np[1] >= v || !isSpeaker(s, np) || !speakerNouns.contains(w.lower(np[0]))
                && !(determiners.contains(w.lower(np[0])) && speakerNouns.contains(w.lower(np[0] + 1)))
                || !endsWithAny(w.lower(np[1]), participleEndings) || s.breakBefore(np[1])) {
            return null;
        }
        for (int i = np[1] + 1; i <= v; i++) {
            String gap = s.gapBefore(i);
            if (s.quoted(i) || s.breakBefore(i) && gap.indexOf('(') < 0 && gap.indexOf(')') < 0) {
                return null;
            }
        }
        return documentAuthor(s, np);
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** "un diplomático que pidió no ser identificado dijo": the group before the relative pronoun. */
    private int[] relativeSubject(Sentence s, int j) {
        Words w = s.w;
        for (int k = j; k > 0 && j - k < RELATIVE_REACH && !s.quoted(k); k--) {
            if (relatives.contains(w.lower(k)) && !s.breakBefore(k)) {
                int[] np = phraseEndingAt(s, k - 1);
                return np != null && isSpeaker(s, np) ? np : null;
            }
            if (s.breakBefore(k) && !(k + 1 <= j && s.commaBefore(k))) {
                return null;
            }
        }
        return null;
    }

    /** A phrase that starts at i: a determiner, then names, speaker nouns and what qualifies them; [start, end). */
    private int[] phraseAt(Sentence s, int i) {
        Words w = s.w;
        if (i >= w.size() || s.quoted(i)) {
            return null;
        }
        int start = i;
        if (pronouns.contains(w.lower(i))) {
            return new int[] {i, i + 1};
        }
        int j = i;
        while (j < w.size() && (determiners.contains(w.lower(j)) || isNumber(w.word(j))) && j - i < 2) {
            j++;
        }
        int end = j;
        while (j < w.size() && j - start < MAX_PHRASE_WORDS && !s.quoted(j) && (j == start || !s.breakBefore(j))) {
            if (isPhraseWord(w, j) || j > end - 1 && end > start && isQualifier(w, j)
                    && isPhraseWord(w, j - 1)) {
                j++;
                end = j;
            } else if (connectors.contains(w.lower(j)) && j > start && j + 1 < w.size() && !s.breakBefore(j + 1)
                    && !(placeConnectors.contains(w.lower(j)) && personSoFar(w, start, j))) {
                int k = j + 1;
                while (k < w.size() && determiners.contains(w.lower(k)) && k - j < 3 && !s.breakBefore(k)) {
                    k++;
                }
                if (k < w.size() && !s.breakBefore(k) && isPhraseWord(w, k)
                        && (officeConnectors.contains(w.lower(j)) || Texts.startsUpper(w.word(k)))) {
                    // "de la Cancillería", "del ministerio"; "en" only before a name ("en La Paz", not "en un comunicado")
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return end > start && end > i && !determiners.contains(w.lower(end - 1)) ? new int[] {start, end} : null;
    }

    /**
     * "la senadora Andrea Barrientos" before "en Twitter": words from start to j that are a person's name (capitalised
     * words, behind an office at most) with no body's noun among them, which "en" and a place do not continue.
     */
    private boolean personSoFar(Words w, int start, int j) {
        if (!Texts.startsUpper(w.word(j - 1))) {
            return false;
        }
        for (int i = start; i < j; i++) {
            if (organisationNouns.contains(w.lower(i)) || documentNouns.contains(w.lower(i))
                    || connectors.contains(w.lower(i)) && !determiners.contains(w.lower(i))) {
                return false;
            }
        }
        return true;
    }

    /** The phrase that ends at word j (inclusive), walking back over the words a speaker's phrase is made of. */
    private int[] phraseEndingAt(Sentence s, int j) {
        Words w = s.w;
        if (j < 0 || s.quoted(j)) {
            return null;
        }
        if (pronouns.contains(w.lower(j))) {
            return new int[] {j, j + 1};
        }
        if (!isPhraseWord(w, j) && !(j > 0 && isPhraseWord(w, j - 1)
                && (speakerNouns.contains(w.lower(j - 1)) || j > 1 && Texts.startsUpper(w.word(j - 1)))
                && !s.breakBefore(j) && !Texts.startsUpper(w.word(j)) && !stopWords.contains(w.lower(j))
                && !isVerb(w.lower(j)) && !timeWords.contains(w.lower(j)))) {
            // "el diplomático persa": a word after the noun qualifies it, whatever its ending
            return null;
        }
        int start = j;
        while (start > 0 && j - start < MAX_PHRASE_WORDS && !s.breakBefore(start) && !s.quoted(start - 1)) {
            String prev = w.lower(start - 1);
            if (isPhraseWord(w, start - 1) || isQualifier(w, start - 1) && start - 2 >= 0
                    && isPhraseWord(w, start - 2) && !s.breakBefore(start - 1)) {
                start--;
            } else if ((connectors.contains(prev) || determiners.contains(prev)) && start - 2 >= 0
                    && !s.breakBefore(start - 1) && (isPhraseWord(w, start - 2) || connectors.contains(w.lower(start - 2))
                    || determiners.contains(w.lower(start - 2)) && !determiners.contains(prev))) {
                start--;
            } else if (prenominalQualifiers.contains(prev) && !s.breakBefore(start) && speakerNouns.contains(w.lower(start))) {
                // "un alto funcionario del Departamento de Estado": the qualifier stays with the office
                start--;
            } else if (determiners.contains(prev) || isNumber(w.word(start - 1))) {
                start--;
                break;
            } else {
                break;
            }
        }
        while (start < j && (connectors.contains(w.lower(start)) && !determiners.contains(w.lower(start)))) {
            start++;
        }
        return new int[] {start, j + 1};
    }

    /** A name's word, or one of the nouns a speaker is (an office, a body, a group, a document). */
    private boolean isPhraseWord(Words w, int i) {
        String lower = w.lower(i);
        if (speakerNouns.contains(lower) || titleWords.contains(lower) && !stopWords.contains(lower)) {
            return true;
        }
        return Texts.startsUpper(w.word(i)) && !stopWords.contains(lower) && (!notNames.contains(lower) || givenName(w, i))
                && !isVerb(lower) && !(timeWords.contains(lower) && i == 0) && !determiners.contains(lower);
    }

    /**
     * "Ali" in "…, Ali Akbar Nouri, declarou": a word the pack keeps from names ("ali", there) is a given name when
     * it is capitalised inside the sentence, right before another capitalised word.
     */
    private boolean givenName(Words w, int i) {
        return i > 0 && i + 1 < w.size() && Texts.startsUpper(w.word(i + 1)) && w.charAfter(i) == ' '
                && !notNames.contains(w.lower(i + 1)) && !stopWords.contains(w.lower(i + 1));
    }

    /** A lower-case word qualifying a noun after it, by its ending: "diplomáticas", "venezolano", "brasileira". */
    private boolean isQualifier(Words w, int i) {
        String lower = w.lower(i);
        if (Texts.startsUpper(w.word(i)) || stopWords.contains(lower) || isVerb(lower) || timeWords.contains(lower)) {
            return false;
        }
        for (String ending : adjectiveEndings) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String word) {
        return Character.isDigit(word.charAt(0));
    }

    /** A phrase that can speak: a name, a pronoun, or a phrase headed by one of the pack's speaker nouns. */
    private boolean isSpeaker(Sentence s, int[] np) {
        Words w = s.w;
        for (int i = np[0]; i < np[1]; i++) {
            String lower = w.lower(i);
            if (speakerNouns.contains(lower) || pronouns.contains(lower)) {
                return true;
            }
            if (Texts.startsUpper(w.word(i)) && !(i == 0 && stopWords.contains(lower))
                    && !determiners.contains(lower) && !connectors.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitalised words, particles between them and titles in front of them: a name ("el general Julio Ortiz"), not
     * a description ("el ministro de Defensa").
     */
    private boolean isName(Sentence s, int[] np) {
        Words w = s.w;
        boolean named = false;
        for (int i = np[0]; i < np[1]; i++) {
            String lower = w.lower(i);
            boolean upper = Texts.startsUpper(w.word(i));
            boolean nextUpper = i + 1 < np[1] && Texts.startsUpper(w.word(i + 1));
            if (upper && !honorifics.contains(lower) && !(i == np[0] && determiners.contains(lower))) {
                named = true;
            } else if (determiners.contains(lower) && i == np[0]) {
                continue;
            } else if (connectors.contains(lower) && !(i > np[0] && Texts.startsUpper(w.word(i - 1)) && nextUpper)
                    || !connectors.contains(lower) && !((honorifics.contains(lower) || titleWords.contains(lower)) && nextUpper)) {
                return false;
            }
        }
        return named;
    }

    private Attribution attribution(Sentence s, int[] np, String via, String cue, String verb) {
        Words w = s.w;
        np = nameEndingDescription(s, appositionName(s, nameAfterOffice(s, nameAfterDescription(s, np))));
        String phrase = Texts.normalizeSpace(w.original(np[0], np[1]));
        boolean pronoun = np[1] - np[0] == 1 && pronouns.contains(w.lower(np[0]));
        boolean named = false;
        for (int i = np[0]; i < np[1]; i++) {
            if (Texts.startsUpper(w.word(i)) && !determiners.contains(w.lower(i))) {
                named = true;
            }
        }
        // "Varios migrantes consultados por este diario": a counted group is no description of someone named before
        boolean definite = determiners.contains(w.lower(np[0])) && (!named || bareBody(w, np)) && !isCount(w, np[0])
                && !restricted(s, np);
        boolean trailing = np[1] >= w.size() - 2 || s.breakBefore(np[0]);
        return new Attribution(phrase, via, pronoun || definite, cue, trailing, verb);
    }

    /**
     * "El Ministerio rechaza …", "la Cancillería": a body named again by its capitalised head noun alone, which stands
     * for the full name the article gave it ("Ministerio de Salud Pública de Misiones").
     */
    private boolean bareBody(Words w, int[] np) {
        return np[1] - np[0] == 2 && Texts.startsUpper(w.word(np[0] + 1)) && organisationNouns.contains(w.lower(np[0] + 1));
    }

    /**
     * "A associação que representa os produtores rejeita …": a relative clause with no comma says which body is
     * meant, one the article has not named before, not "a associação" named a sentence earlier.
     */
    private boolean restricted(Sentence s, int[] np) {
        return np[1] < s.w.size() && relatives.contains(s.w.lower(np[1])) && !s.breakBefore(np[1]);
    }

    /**
     * "el jefe de Estado Nicolás Maduro", "el diputado del MAS Juan Pérez": an office and the body it serves, then
     * with no comma the holder's name; the name is the capitalised words at the end, less the body's first word (the
     * one right after "de") and the office words that follow it ("de Relaciones Exteriores Félix Plasencia").
     */
    private int[] nameAfterOffice(Sentence s, int[] np) {
        Words w = s.w;
        int i = np[0];
        while (i < np[1] && determiners.contains(w.lower(i))) {
            i++;
        }
        if (i >= np[1] || Texts.startsUpper(w.word(i)) || !personRoles.contains(w.lower(i))) {
            return np;
        }
        int t = np[1];
        while (t > i + 1 && Texts.startsUpper(w.word(t - 1)) && !connectors.contains(w.lower(t - 1))) {
            t--;
        }
        if (t == np[1] || !connectors.contains(w.lower(t - 1))) {
            return np;
        }
        t++;
        while (t < np[1] && (titleWords.contains(w.lower(t)) || organisationNouns.contains(w.lower(t))
                || w.word(t).length() > 1 && w.word(t).equals(w.word(t).toUpperCase(java.util.Locale.ROOT)))) {
            t++;
        }
        int length = np[1] - t;
        return length >= 2 && length <= 4 && !allAdjectiveShaped(w, t, np[1]) ? new int[] {t, np[1]} : np;
    }

    /**
     * "o diretor do Fundo Monetário Internacional": words that all end like adjectives are the rest of the body's
     * name, not its holder's (a person named "Cristina Cabral" is then left as the office: less precise, never wrong).
     */
    private boolean allAdjectiveShaped(Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            String lower = w.lower(i);
            if (adjectiveEndings.stream().noneMatch(e -> lower.endsWith(e) && lower.length() > e.length() + 2)) {
                return false;
            }
        }
        return true;
    }

    /** "el canciller Rogelio Mayta", "la aerolínea Conviasa": the name after the words that describe it. */
    private int[] nameAfterDescription(Sentence s, int[] np) {
        Words w = s.w;
        int i = np[0];
        while (i < np[1] && determiners.contains(w.lower(i))) {
            i++;
        }
        int first = i;
        while (i < np[1] && (!Texts.startsUpper(w.word(i)) && (describers.contains(w.lower(i))
                || i > first && isQualifier(w, i)) || honorifics.contains(w.lower(i)) && i + 1 < np[1]
                && Texts.startsUpper(w.word(i + 1)))) {
            // "la agencia oficial iraní IRNA", "el Dr. Héctor Luna"
            i++;
        }
        if (i == first || i >= np[1]) {
            return np;
        }
        for (int k = i; k < np[1]; k++) {
            if (!Texts.startsUpper(w.word(k)) && !(connectors.contains(w.lower(k)) && k > i)) {
                return np;
            }
        }
        return new int[] {i, np[1]};
    }

    /**
     * "o professor de direito eleitoral da Universidade Federal da Bahia Roberto Amorim": an office, the body it
     * serves and, with no comma between, the person's name, taken as the last two capitalised words when the body's
     * name keeps at least one word of its own and neither of the two is an organisation's or an office's word.
     */
    private int[] nameEndingDescription(Sentence s, int[] np) {
        Words w = s.w;
        int first = np[0];
        while (first < np[1] && determiners.contains(w.lower(first))) {
            first++;
        }
        if (first >= np[1] || Texts.startsUpper(w.word(first)) || !describers.contains(w.lower(first))
                || !Texts.startsUpper(w.word(np[1] - 1))) {
            return np;
        }
        int run = np[1];
        while (run > first && Texts.startsUpper(w.word(run - 1))) {
            run--;
        }
        boolean afterWord = !connectors.contains(w.lower(run - 1)) && np[1] - run >= 2 && np[1] - run <= 3;
        // "o deputado da oposição Julio Castellanos": the whole run after a lower-case word is the name
        int nameStart = afterWord ? run : np[1] - 2;
        if (!afterWord && (np[1] - run < 3 || !connectors.contains(w.lower(run - 1)))) {
            return np;
        }
        for (int k = run; k < np[1]; k++) {
            String lower = w.lower(k);
            if (k >= nameStart && (speakerNouns.contains(lower) || titleWords.contains(lower) || notNames.contains(lower)
                    || timeWords.contains(lower) || stopWords.contains(lower)) || k < nameStart && k == run
                    && speakerNouns.contains(lower) && nameStart - run == 1) {
                // "do Supremo Tribunal Federal", "da Fundação Getulio Vargas": all of it the body's name
                return np;
            }
        }
        return new int[] {nameStart, np[1]};
    }

    /**
     * "el ministro de Defensa, Edmundo Novillo": a description followed by a name set off by a comma, that name ending
     * the sentence or closed by another comma.
     */
    private int[] appositionName(Sentence s, int[] np) {
        Words w = s.w;
        int from = afterBracket(s, np[1]);
        if (isName(s, np) || from >= w.size() || !s.commaBefore(from)) {
            return np;
        }
        int apposed = from;
        while (from < w.size() - 1 && honorifics.contains(w.lower(from)) && Texts.startsUpper(w.word(from + 1))) {
            // "…, general Rafael Montilla Brito"
            from++;
        }
        int end = from;
        while (end < w.size() && (end == apposed || !s.breakBefore(end)) && !s.quoted(end)
                && (Texts.startsUpper(w.word(end)) || connectors.contains(w.lower(end)) && end > from)) {
            end++;
        }
        boolean closed = end == w.size() || s.breakBefore(end);
        int[] name = {from, end};
        return end - from >= 2 && closed && isName(s, name) ? name : np;
    }

    /** "el director del Instituto Nacional de Estadística (INE), Humberto Arandia": the word after the brackets. */
    private static int afterBracket(Sentence s, int i) {
        if (i >= s.w.size() || s.gapBefore(i).indexOf('(') < 0) {
            return i;
        }
        for (int k = i + 1; k < Math.min(s.w.size(), i + 4); k++) {
            if (s.gapBefore(k).indexOf(')') >= 0) {
                return k;
            }
        }
        return i;
    }

    /** "en entrevista con Radio Fides", "em declarações à TV Globo": the medium named after a cue, or null. */
    private String medium(Sentence s) {
        Words w = s.w;
        for (int i = 0; i < w.size(); i++) {
            int length = s.quoted(i) ? 0 : s.cues.lengthAt(MEDIUM, i);
            if (length > 0) {
                String name = properName(s, i + length);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** "dijo a Radio Fides", "afirmó el ministro al diario El Deber": the medium a telling verb was told to. */
    private String told(Sentence s, int v, int from) {
        Words w = s.w;
        if (!tellingVerbs.contains(w.lower(v))) {
            return null;
        }
        for (int i = from; i < Math.min(w.size(), from + 3); i++) {
            if (toMarkers.contains(w.lower(i)) && !s.quoted(i)) {
                return properName(s, i + 1);
            }
        }
        return null;
    }

    /** Capitalised words from i, after a determiner and a media noun ("la agencia EFE"), or null. */
    private String properName(Sentence s, int i) {
        Words w = s.w;
        while (i < w.size() && !s.quoted(i) && (determiners.contains(w.lower(i))
                || mediaNouns.contains(w.lower(i)) && !Texts.startsUpper(w.word(i)))) {
            i++;
        }
        int end = i;
        while (end < w.size() && !s.quoted(end) && (end == i || !s.breakBefore(end))
                && (Texts.startsUpper(w.word(end)) && !timeWords.contains(w.lower(end))
                || end > i && connectors.contains(w.lower(end)) && end + 1 < w.size()
                && Texts.startsUpper(w.word(end + 1)))) {
            end++;
        }
        return end > i ? Texts.normalizeSpace(w.original(i, end)) : null;
    }
}
