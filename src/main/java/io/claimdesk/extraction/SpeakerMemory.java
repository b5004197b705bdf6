package io.claimdesk.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article has said so far about who is who, for the speakers it names only by a pronoun or a role:
 * "Labour Minister Patricio Aravena" makes a later "the minister said" his; "the Unified Port Workers' Union of
 * San Antonio (SUPSA)" makes "the union" and "SUPSA" that union; "Conaf, the national forest corporation" makes
 * "the corporation" Conaf. A pronoun is the last speaker of the paragraph, else of the article ("it": the last
 * organisation that spoke). A description the article never tied to a name stays as written.
 */
final class SpeakerMemory {

    private static final int MAX_QUALIFIERS = 2;
    private static final int APPOSITION_REACH = 8;

    private final Set<String> personRoles;
    private final Set<String> organisationNouns;
    private final Set<String> documentNouns;
    private final Set<String> titleWords;
    private final Set<String> honorifics;
    private final Set<String> particles;
    private final Set<String> determiners;
    private final Set<String> genericInstitutions;
    private final Set<String> notPersonWords;
    private final Set<String> stopWords;
    /** "by" in "a report by X". */
    private final Set<String> agentMarkers;
    private final Set<String> connectors;
    private final Set<String> timeWords;
    private final Set<String> relatives;
    /** "Two", "Several": a group counted at the start of a sentence. */
    private final Set<String> counts;
    private final Set<String> collectives;
    /** Offices, honorifics and organisation nouns in one set: the words worth a closer look. */
    private final Set<String> cueWords;

    /** role or organisation noun (lower case), with or without a qualifier ("health minister") → the name. */
    private final Map<String, String> byRole = new HashMap<>();
    private final Map<String, String[]> initialsOf = new HashMap<>();
    /** "published", "released": the subject of such a verb right before a document noun wrote the document. */
    private final Set<String> publishingVerbs;
    /** "published a 64-page report": the verb within this many words before the document noun. */
    private static final int PUBLISHED_REACH = 4;
    /** Reporting verbs: one right after a run of capitalised words ends the name in it. */
    private final Set<String> cueVerbs;
    /** "Harwell" → "Harwell Marine", from "the Harwell Marine syndicate"; {@link #AMBIGUOUS} for two names. */
    private final Map<String, String> shortForms = new HashMap<>();
    /** "SUPSA" → "Unified Port Workers' Union of San Antonio". */
    private final Map<String, String> acronyms = new HashMap<>();
    /** Names the article introduced as organisations ("the U.S. digital magazine National Interest"). */
    private final java.util.Set<String> organisations = new java.util.HashSet<>();
    /** People the article quoted under one name only ("dice Yohandry"): a later sentence opening on it is theirs. */
    private final java.util.Set<String> oneWordSpeakers = new java.util.HashSet<>();
    /** Everyone the article quoted under a name of two words or more. */
    private final java.util.Set<String> namedSpeakers = new java.util.LinkedHashSet<>();
    /** The noun an organisation was introduced with ("magazine" for National Interest). */
    private final Map<String, String> nounOf = new HashMap<>();
    /** Kinds of organisation whose nouns stand for one another ("the news portal" for "the magazine"). */
    private final List<Set<String>> kinds;
    private String lastPerson;
    /** Who wrote the documents the article cites, while that is one author; {@link #AMBIGUOUS} after two. */
    private String lastDocumentAuthor;
    private static final String AMBIGUOUS = "";
    private static final int AUTHOR_REACH = 7;
    /** "anos", "años": the word after a person's age. */
    private final Set<String> ageWords;
    /** The age the page gave a person ("67") → that person's name. */
    private final Map<String, String> agesOf = new HashMap<>();
    /** The offices the article named each person with, by surname (lower case). */
    private final Map<String, Set<String>> officesBySurname = new HashMap<>();
    /**
     * The person the sentence just read opened on, when it reported no one ("O ministro X iniciou a leitura do
     * voto."): the subject a following verb with none of its own ("Afirmou que …") continues; null otherwise.
     */
    private String lastSubject;
    /** The people the article has named, by surname (lower case): a later bare surname is theirs. */
    private final Map<String, String> persons = new HashMap<>();
    private static final int OPENING_PHRASE_WORDS = 8;
    /** "is the port authority's chief executive": the words after the article where the post stands. */
    private static final int DESCRIPTION_WORDS = 4;
    private String lastOrganisation;
    private String lastSpeaker;
    /** A group the story made its subject since anyone last spoke ("Residents go further."), or null. */
    private String lastGroup;
    /**
     * Each description the whole article ties to one name ({@link #AMBIGUOUS} for two), read over all its sentences
     * the first time a description needs it: a summary or a live blog's latest post says "the operator" before the
     * older post that says which operator.
     */
    private final Map<String, String> ahead = new HashMap<>();
    /** While the article is looked over in advance, descriptions are learned into {@link #ahead}. */
    private boolean previewing;
    private List<Words> toPreview;

    /**
     * The speaker a verb with no subject of its own reports ("Agregó que …", "Acrescentou que …"): in languages that
     * drop the subject, the one who spoke last.
     */
    static final String LAST_SPEAKER = "\u2026last speaker";

    /** "he" → "person", "ellos" → "group": what kind of speaker a pronoun stands for. */
    private final Map<String, String> pronounReferents;
    /** "of", "for", "de": between an office and the body it serves ("Minister of Defence", "ministro de Defensa"). */
    private final Set<String> officeConnectors;
    /** Endings of the qualifiers a language puts after its nouns ("venezolano"); none in English. */
    private final List<String> adjectiveEndings;
    /**
     * "el", "o": a definite article before a bare office ("el diplomático persa") the article never tied to a name
     * points back to the person last named, as Spanish and Portuguese writers vary the noun; none in English.
     */
    private final Set<String> epithetDeterminers;

    SpeakerMemory(LanguagePack pack) {
        epithetDeterminers = pack.words("epithetDeterminers");
        pronounReferents = pack.pairs("pronounReferents");
        officeConnectors = pack.words("officeConnectors");
        adjectiveEndings = pack.entries("adjectiveEndings");
        personRoles = pack.words("personRoles");
        organisationNouns = pack.words("organisationNouns");
        documentNouns = pack.words("documentNouns");
        titleWords = pack.words("titleWords");
        honorifics = pack.words("honorifics");
        particles = pack.words("nameParticles");
        determiners = pack.words("determiners");
        genericInstitutions = pack.words("genericInstitutions");
        kinds = List.of(pack.words("mediaNouns"), pack.words("researchNouns"), pack.words("companyNouns"),
                pack.words("governmentNouns"));
        collectives = pack.words("collectives");
        cueWords = pack.union("personRoles", "honorifics", "organisationNouns", "documentNouns");
        notPersonWords = pack.words("notPersonWords");
        stopWords = pack.words("stopWords");
        agentMarkers = pack.words("agentMarkers");
        connectors = pack.words("nameConnectors");
        timeWords = pack.words("timeWords");
        relatives = pack.words("relativePronouns");
        counts = pack.union("numberWords", "quantifiers");
        cueVerbs = pack.words("reportingVerbs");
        publishingVerbs = pack.words("publishingVerbs");
        ageWords = pack.words("ageWords");
    }

    /** Learns the offices, organisations and acronyms one sentence names. */
    void learnFrom(Words w) {
        for (int i = 0; i < w.size(); i++) {
            String lower = w.lower(i);
            boolean acronym = i > 0 && w.charBefore(i) == '(' && w.charAfter(i) == ')';
            if (!cueWords.contains(lower) && !acronym) {
                continue;
            }
            if (personRoles.contains(lower) || honorifics.contains(lower)) {
                // "Treasurer Dr. Lena Vukovic": the honorific between the office and the name is neither
                int start = i + 1;
                while (start < w.size() - 1 && (honorifics.contains(w.lower(start)) && !honorifics.contains(lower)
                        || !Texts.startsUpper(w.word(start)) && (titleWords.contains(w.lower(start))
                        || isQualifier(w.lower(start))) && w.charAfter(start) == ' ')) {
                    // "el diputado opositor Marcelo Arce", "the treasurer Dr. Lena Moss"
                    start++;
                }
                int end = officeConnectors.contains(w.lower(start)) ? start : nameRunEnd(w, start);
                if (end > start) {
                    remember(w, i, w.original(start, end));
                } else if (!officeOfThenName(w, i)) {
                    appositionBefore(w, i);
                }
            } else if (organisationNouns.contains(lower) && Texts.startsUpper(w.word(i))) {
                organisation(w, i);
            } else if (organisationNouns.contains(lower)) {
                int from = i + 1;
                while (from < w.size() - 1 && !Texts.startsUpper(w.word(from)) && isQualifier(w.lower(from))
                        && w.charAfter(from - 1) == ' ') {
                    // "la empresa estatal Ecopetrol": the qualifier between the noun and the name
                    from++;
                }
                int end = from > i + 1 && capitalisedRunEnd(w, from) > from ? capitalisedRunEnd(w, from)
                        : capitalisedRunEnd(w, i + 1);
                if (from > i + 1 && end > from) {
                    put(lower, w.original(from, end));
                    continue;
                }
                int start = nameBefore(w, i);
                if (end > i + 1 && w.charAfter(i) == ' ') {
                    // "the observer association Observa Perú", "the think tank Fundación Horizonte Sur"
                    put(lower, w.original(i + 1, end));
                } else if (start >= 0) {
                    // "the Harwell Marine syndicate": later "the syndicate", and "Harwell" alone
                    put(lower, w.original(start, i));
                    if (!previewing) {
                        shortForms.merge(w.word(start), w.original(start, i), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                    }
                } else if (!qualifiedName(w, i)) {
                    appositionBefore(w, i);
                }
            }
            if (previewing) {
                // only descriptions are looked ahead for; who wrote a document is learned in order
                continue;
            }
            if (documentNouns.contains(lower)) {
                authorOf(w, i);
            }
            if (acronym && isAcronym(w.word(i))) {
                acronym(w, i);
            }
        }
    }

    /**
     * "a associação ambientalista Terra Seca", "la ONG ambientalista Agua Viva": an organisation noun after its
     * article, qualifiers after it, then the name; later "a associação" is that name. False when there is none.
     */
    private boolean qualifiedName(Words w, int noun) {
        if (noun == 0 || !determiners.contains(w.lower(noun - 1))) {
            return false;
        }
        int j = noun + 1;
        while (j < w.size() && j - noun <= MAX_QUALIFIERS && !Texts.startsUpper(w.word(j)) && isQualifier(w.lower(j))
                && w.charAfter(j - 1) == ' ') {
            j++;
        }
        int end = j > noun + 1 && w.charAfter(j - 1) == ' ' ? organisationNameEnd(w, j) : j;
        if (end <= j) {
            return false;
        }
        put(w.lower(noun), w.original(j, end));
        return true;
    }

    /**
     * Where "the Harwell Marine syndicate" names its organisation: two or more capitalised words right after
     * "the" and right before the lower-case noun, none of them a sentence's first word; else -1.
     */
    private int nameBefore(Words w, int noun) {
        int start = noun;
        while (start > 1 && Texts.startsUpper(w.word(start - 1)) && w.spaceOnlyBefore(start)
                && !determiners.contains(w.lower(start - 1))) {
            start--;
        }
        boolean afterArticle = start >= 1 && w.lower(start - 1).equals("the") && w.spaceOnlyBefore(start);
        return afterArticle && noun - start >= 2 && w.spaceOnlyBefore(noun) ? start : -1;
    }

    /** "venezolano" in "el ministro de Defensa venezolano": a qualifier after the noun, known by its ending. */
    private boolean isQualifier(String lower) {
        for (String ending : adjectiveEndings) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** "Minister of Popular Power for Defence, General-in-Chief Aníbal Ceballos Rangel". */
    private boolean officeOfThenName(Words w, int role) {
        int j = role + 1;
        while (j < w.size() && !Texts.startsUpper(w.word(j)) && w.charAfter(j - 1) != ','
                && (isQualifier(w.lower(j)) || personRoles.contains(w.lower(j)) && !adjectiveEndings.isEmpty())) {
            // "el canciller venezolano, X", "la magistrada ponente, X"
            j++;
        }
        if (j > role + 1 && j < w.size() && w.charAfter(j - 1) == ',') {
            // "El canciller venezolano, Félix Tovar Lugo, …": the qualified office, then the name
            int end = nameRunEnd(w, j);
            if (end - j >= 2) {
                remember(w, role, w.original(j, end));
                return true;
            }
        }
        j = role + 1;
        if (j >= w.size() || !officeConnectors.contains(w.lower(j))) {
            return false;
        }
        j++;
        int departmentStart = j;
        while (j < w.size() && (Texts.startsUpper(w.word(j)) || isConnector(w.lower(j))
                || officeConnectors.contains(w.lower(j)) || determiners.contains(w.lower(j)) || isQualifier(w.lower(j)))
                && w.charAfter(j - 1) != ',') {
            j++;
        }
        if (j >= w.size() || w.charAfter(j - 1) != ',') {
            return nameAfterDepartment(w, role, departmentStart, j);
        }
        while (j < w.size() && (honorifics.contains(w.lower(j)) || titleWords.contains(w.lower(j)))) {
            j++;
        }
        int end = nameRunEnd(w, j);
        if (end - j < 2) {
            return false;
        }
        remember(w, role, w.original(j, end));
        return true;
    }

    /**
     * "Minister of Transport Jasurbek Kholmatov noted …": with no comma, the department's capitalised words run into
     * the name. A reporting verb right after the run shows where the run ends; the name is its last two words,
     * when the department keeps at least one word and the two are no department's words.
     */
    private boolean nameAfterDepartment(Words w, int role, int from, int end) {
        if (end - from < 3 || end >= w.size() || !cueVerbs.contains(w.lower(end))) {
            return false;
        }
        int nameStart = end - 2;
        for (int k = nameStart; k < end; k++) {
            String l = w.lower(k);
            if (organisationNouns.contains(l) || titleWords.contains(l) || isConnector(l) || !Texts.startsUpper(w.word(k))) {
                return false;
            }
        }
        remember(w, role, w.original(nameStart, end));
        return true;
    }

    /** "Empresa Boliviana de Litio (EBL)": the acronym stands for the capitalised words before it. */
    private void acronym(Words w, int i) {
        int start = i;
        while (start > 0 && (Texts.startsUpper(w.word(start - 1)) || particles.contains(w.word(start - 1))
                || isConnector(w.lower(start - 1))) && w.charAfter(start - 1) != ',' && w.charAfter(start - 1) != ')'
                && !(Texts.startsUpper(w.word(start - 1)) && determiners.contains(w.lower(start - 1)))) {
            start--;
        }
        while (start < i && (!Texts.startsUpper(w.word(start)) || stopWords.contains(w.lower(start)))) {
            // "Según el Servicio Electoral (Servel)": the sentence's first word is no part of the name
            start++;
        }
        if (i - start >= 2) {
            acronyms.put(w.word(i), w.original(start, i));
        }
    }

    /** The end (exclusive) of a personal name starting at {@code from}: capitalised words and particles. */
    private int nameRunEnd(Words w, int from) {
        int j = from;
        while (j < w.size() && (Texts.startsUpper(w.word(j)) && !isTitle(w.lower(j))
                || particles.contains(w.word(j)) && j + 1 < w.size() && Texts.startsUpper(w.word(j + 1)))) {
            j++;
            if (w.charAfter(j - 1) == ',' || w.charAfter(j - 1) == '(') {
                break;
            }
        }
        return j;
    }

    /** "National Interest", "Fundación Horizonte Sur": any capitalised words, particles between them. */
    /** "Andean Centre for Security Studies": capitalised words and the connectors between them. */
    private int organisationNameEnd(Words w, int from) {
        int j = from;
        while (j < w.size() && (j == from || w.charBefore(j) != '(') && (Texts.startsUpper(w.word(j))
                || connectors.contains(w.word(j)) && j > from && j + 1 < w.size() && Texts.startsUpper(w.word(j + 1)))) {
            j++;
            if (w.charAfter(j - 1) == ',' || w.charAfter(j - 1) == '(') {
                break;
            }
        }
        return j;
    }

    private int capitalisedRunEnd(Words w, int from) {
        int j = from;
        while (j < w.size() && (Texts.startsUpper(w.word(j)) || particles.contains(w.word(j)) && j + 1 < w.size()
                && Texts.startsUpper(w.word(j + 1)))) {
            j++;
            if (w.charAfter(j - 1) == ',' || w.charAfter(j - 1) == '(') {
                break;
            }
        }
        return j;
    }

    private boolean isTitle(String lower) {
        return personRoles.contains(lower) || honorifics.contains(lower) || titleWords.contains(lower)
                || organisationNouns.contains(lower);
    }

    /** The role at word i and the words qualifying it ("Health Minister", "union president") name this person. */
    private void remember(Words w, int role, String name) {
        String head = w.lower(role);
        put(head, name);
        holds(name, head);
        StringBuilder qualified = new StringBuilder(head);
        for (int q = role - 1; q >= 0 && role - q <= MAX_QUALIFIERS; q--) {
            String l = w.lower(q);
            if (determiners.contains(l) || w.charAfter(q) == ',') {
                break;
            }
            qualified.insert(0, l + " ");
            put(qualified.toString(), name);
        }
    }

    /** "o ministro Dias Toffoli": Toffoli holds the office, whoever else holds it too. */
    private void holds(String name, String office) {
        List<String> words = Texts.words(name);
        if (!previewing && !words.isEmpty() && personRoles.contains(office)) {
            officesBySurname.computeIfAbsent(words.get(words.size() - 1).toLowerCase(Locale.ROOT),
                    k -> new java.util.HashSet<>()).add(office);
        }
    }

    /**
     * "Em seu voto, Toffoli defendeu … Segundo o ministro, …": a bare office is the one who spoke last when the article
     * named them with that office, though it named another holder since ("o voto do ministro Luiz Fux"); null else.
     */
    private String speakerHolding(String office, String paragraphSpeaker) {
        if (paragraphSpeaker == null || !personRoles.contains(office) || isOrganisation(paragraphSpeaker)) {
            return null;
        }
        List<String> words = Texts.words(paragraphSpeaker);
        String surname = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return officesBySurname.getOrDefault(surname, Set.of()).contains(office) ? paragraphSpeaker : null;
    }

    /**
     * "Conaf, the national forest corporation," / "Gustavo Samaniego, the ministry's director,": the name before.
     * The description must be the whole apposition, closed by a comma or the sentence's end: not "head of the
     * mission" (another body), not "Third, the council ignored" or "On Thursday, the agency said" (an opening phrase).
     */
    private void appositionBefore(Words w, int role) {
        if (!closesApposition(w, role)) {
            return;
        }
        for (int k = role - 1; k >= 0 && role - k <= APPOSITION_REACH; k--) {
            if (w.charAfter(k) == ',') {
                int end = k + 1;
                int start = end;
                // back over the name's words, up to the comma or bracket before it
                while (start > 0 && (Texts.startsUpper(w.word(start - 1)) || particles.contains(w.word(start - 1)))
                        && (start == end || w.charAfter(start - 1) != ',') && w.charBefore(start - 1) != '(') {
                    start--;
                }
                if (start < end && Texts.startsUpper(w.word(start)) && !isTitle(w.lower(end - 1))
                        && isName(w, start, end)) {
                    String name = w.original(start, end);
                    remember(w, role, name.startsWith("The ") ? name.substring(4) : name);
                }
                return;
            }
            if (w.charAfter(k) == '.' || w.charAfter(k) == ';'
                    || connectors.contains(w.lower(k)) && !determiners.contains(w.lower(k))) {
                return;
            }
        }
    }

    private static boolean closesApposition(Words w, int role) {
        char after = w.charAfter(role);
        return role == w.size() - 1 || after == ',' || after == ';' || after == ')';
    }

    /** Not a time ("Thursday,") nor a dateline in capitals ("BOGOTA,"). */
    private boolean isName(Words w, int start, int end) {
        for (int k = start; k < end; k++) {
            String word = w.word(k);
            if (timeWords.contains(w.lower(k)) || word.length() > 4 && word.equals(word.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "Ministry of Public Health", "Unified Port Workers' Union of San Antonio (SUPSA)"; not "Government Minister X". */
    private void organisation(Words w, int noun) {
        int start = noun;
        while (start > 0 && (Texts.startsUpper(w.word(start - 1)) || particles.contains(w.word(start - 1))
                && start - 2 >= 0 && Texts.startsUpper(w.word(start - 2)))
                && !(Texts.startsUpper(w.word(start - 1)) && determiners.contains(w.lower(start - 1)))
                && w.spaceOnlyBefore(start)
                && !(start - 1 == 0 && determiners.contains(w.lower(0)))) {
            start--;
        }
        int end = noun + 1;
        while (end < w.size() && w.charAfter(end - 1) != ',' && w.charBefore(end) != '('
                && (Texts.startsUpper(w.word(end)) || joinsName(w.lower(end)) && end + 1 < w.size()
                && Texts.startsUpper(w.word(end + 1)))) {
            end++;
        }
        for (int k = start; k < end; k++) {
            if (personRoles.contains(w.lower(k)) || honorifics.contains(w.lower(k))) {
                return;
            }
        }
        while (start < noun && (stopWords.contains(w.lower(start)) || particles.contains(w.lower(start)))) {
            // "Según el Servicio Electoral": the sentence's capitalised first word is no part of the name
            start++;
        }
        if (end - start >= 2) {
            // "Company spokesman …" at a sentence's start names no company
            put(w.lower(noun), w.original(start, end));
        }
    }

    /** "of", "de", and the pack's office connectors: "do", "da" in "Ministério da Saúde", "del" in Spanish. */
    private boolean joinsName(String lower) {
        return isConnector(lower) || officeConnectors.contains(lower);
    }

    private static boolean isConnector(String lower) {
        return lower.equals("of") || lower.equals("for") || lower.equals("and") || lower.equals("de");
    }

    /** "Federation of Rail Workers (Fetrav)": a short form in one capitalised word, letters only. */
    private static boolean isShortName(String word) {
        return word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter);
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * "a new report by the Andean Centre for Security Studies", "a study published on Monday by X": later, "the
     * report" is X speaking, and so is "the study" while X's is the only authored document.
     */
    private void authorOf(Words w, int doc) {
        for (int by = doc + 1; by < Math.min(w.size() - 1, doc + AUTHOR_REACH); by++) {
            if (agentMarkers.contains(w.lower(by))) {
                int from = determiners.contains(w.lower(by + 1)) ? by + 2 : by + 1;
                int end = organisationNameEnd(w, from);
                if (end > from) {
                    author(w.lower(doc), canonical(w.original(from, end)));
                } else if (describedBodyEnd(w, from) > from) {
                    author(w.lower(doc), w.original(from, describedBodyEnd(w, from)));
                }
                return;
            }
        }
        for (int verb = doc - 1; verb >= Math.max(1, doc - PUBLISHED_REACH); verb--) {
            if (publishingVerbs.contains(w.lower(verb))) {
                // "In January, Zelena Linija, an environmental group, published a 64-page report": the subject
                int from = subjectStart(w);
                int end = organisationNameEnd(w, from);
                if (end > from + 1 && end <= verb && Texts.startsUpper(w.word(from))) {
                    author(w.lower(doc), canonical(w.original(from, end)));
                }
                return;
            }
        }
    }

    /**
     * "um relatório divulgado por um centro de estudos militares de Londres": a body described, not named, as the
     * author: a lower-case organisation noun and the words after it up to a comma or the sentence's end, no verb
     * among them; the end (exclusive), or {@code from} when there is none.
     */
    private int describedBodyEnd(Words w, int from) {
        if (adjectiveEndings.isEmpty() || from >= w.size() || Texts.startsUpper(w.word(from))
                || !organisationNouns.contains(w.lower(from)) && !kinds.get(1).contains(w.lower(from))) {
            // Spanish and Portuguese only: English puts the qualifiers before the noun
            return from;
        }
        int j = from + 1;
        while (j < w.size() && j - from < APPOSITION_REACH && w.charAfter(j - 1) == ' ') {
            String lower = w.lower(j);
            if (cueVerbs.contains(lower) || relatives.contains(lower) || publishingVerbs.contains(lower)) {
                return from;
            }
            j++;
        }
        return j > from + 1 && (j == w.size() || w.charAfter(j - 1) != ' ') ? j : from;
    }

    private void author(String documentNoun, String author) {
        byRole.put(documentNoun, author);
        organisations.add(author);
        lastDocumentAuthor = lastDocumentAuthor == null || lastDocumentAuthor.equals(author) ? author : AMBIGUOUS;
    }

    /**
     * The article's sentences, to look over before they are read in order (see {@link #ahead}); looked over the
     * first time a description needs it, which most articles never do.
     */
    void preview(List<Words> sentences) {
        toPreview = sentences;
    }

    private Map<String, String> ahead() {
        if (toPreview != null) {
            previewing = true;
            for (Words w : toPreview) {
                learnFrom(w);
            }
            previewing = false;
            toPreview = null;
        }
        return ahead;
    }

    private void put(String key, String name) {
        if (previewing) {
            if (!name.isBlank()) {
                ahead.merge(key, name, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
            return;
        }
        if (!name.isBlank()) {
            byRole.put(key, name);
            String head = key.substring(key.lastIndexOf(' ') + 1);
            if (organisationNouns.contains(head) && !personRoles.contains(head)) {
                organisations.add(name);
                nounOf.put(name, head);
            }
        }
    }

    /**
     * "Mário Guerreiro, 67 anos, junto ao poço" anywhere on the page, a photo's caption included: the person of
     * each age the page gives ({@link #AMBIGUOUS} for two), for a later "diz o agricultor, de 67 anos".
     */
    void learnAges(String text) {
        if (ageWords.isEmpty()) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?: (?:\\p{Lu}[\\p{L}'’-]+|"
                + String.join("|", particles) + ")){1,3}), (?:" + String.join("|", officeConnectors) + " )?(\\d{1,3}) (?:"
                + String.join("|", ageWords) + ")\\b").matcher(text);
        while (m.find()) {
            List<String> name = Texts.words(m.group(1));
            if (Texts.startsUpper(name.get(name.size() - 1)) && !determiners.contains(name.get(0).toLowerCase(Locale.ROOT))) {
                agesOf.merge(m.group(2), m.group(1), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
    }

    /**
     * "«…», diz o agricultor, de 67 anos, que cultiva …": the person the page gave that age to, when the
     * description that speaks is followed by the age; null otherwise.
     */
    String namedByAge(String description, Words w) {
        List<String> phrase = Texts.words(description.toLowerCase(Locale.ROOT));
        for (int i = 0; i + phrase.size() + 1 < w.size(); i++) {
            int end = i + phrase.size();
            boolean same = w.charAfter(end - 1) == ',';
            for (int k = 0; k < phrase.size() && same; k++) {
                same = w.lower(i + k).equals(phrase.get(k));
            }
            int number = end < w.size() && officeConnectors.contains(w.lower(end)) ? end + 1 : end;
            if (same && number + 1 < w.size() && ageWords.contains(w.lower(number + 1))) {
                String name = agesOf.get(w.word(number));
                return name == null || name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    /** "Andean Centre for Security Studies (CAES)" anywhere on the page, masthead and footer included. */
    void learnAcronyms(String text) {
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0 || close - open > 12 || !isAcronym(text.substring(open + 1, close))
                    && !isShortName(text.substring(open + 1, close))) {
                continue;
            }
            Words before = new Words(text.substring(Math.max(0, text.lastIndexOf('\n', open) + 1), open + 1)
                    + text.substring(open + 1, close + 1));
            for (int i = 0; i < before.size(); i++) {
                if (before.charBefore(i) == '(' && before.charAfter(i) == ')') {
                    acronym(before, i);
                }
            }
        }
    }

    /** Someone spoke: a pronoun in the sentences after may point back to them. */
    /**
     * "Dr. Farzaneh Mir, the dentist …, gave a short speech. She told Radio Caracas Sur …": a sentence that opens
     * on a person's name (behind an office, or followed by who they are) makes them the one a later "she" most
     * likely means, though they said nothing yet.
     */
    void mentioned(Words w) {
        lastSubject = null;
        int start = subjectStart(w);
        int group = start < w.size() && determiners.contains(w.lower(start)) ? start + 1 : start;
        if (group < w.size() && collectives.contains(w.lower(group))) {
            // "Residents go further. Several of them accuse …": the group the next "they" stands for
            lastGroup = w.word(group);
        }
        int first = start;
        if (start + 2 < w.size() && epithetDeterminers.contains(w.lower(start)) && personRoles.contains(w.lower(start + 1))) {
            // "o deputado federal Ricardo Antunes protocolou": the office behind its article, and its qualifiers
            start += 2;
            for (int q = 0; q < MAX_QUALIFIERS && start < w.size() - 1 && !Texts.startsUpper(w.word(start))
                    && !stopWords.contains(w.lower(start)) && w.charAfter(start) == ' '; q++) {
                start++;
            }
            start = pastOfficeBody(w, start);
        }
        namedBodyOpens(w, first);
        while (start < w.size() && (honorifics.contains(w.lower(start)) || isTitle(w.lower(start)))) {
            start++;
        }
        int end = nameRunEnd(w, start);
        if (end == start || end >= w.size()) {
            return;
        }
        for (int i = start; i < end; i++) {
            String lower = w.lower(i);
            if (stopWords.contains(lower) || organisationNouns.contains(lower) || notPersonWords.contains(lower)
                    || w.word(i).endsWith("'s") || w.word(i).endsWith("’s")) {
                return;
            }
        }
        String name = w.original(start, end);
        // a person, not a company: behind an office or honorific, followed by who they are ("Mir, the dentist",
        // "Flores, 58,"), or a person the article has already named ("Back on the salt flat, Flores shrugs")
        boolean apposition = w.charAfter(end - 1) == ','
                && (determiners.contains(w.lower(end)) || Character.isDigit(w.word(end).charAt(0))
                || personRoles.contains(w.lower(end)));
        String known = persons.get(w.lower(end - 1));
        if (known != null && !Texts.startsUpper(w.word(end))) {
            lastPerson = known;
            lastSubject = opensOnSubject(w, first) ? known : null;
        } else if (start > first && end - start >= 2 || apposition || end - start >= 2 && describedAsPerson(w, end)
                || end - start >= 2 && apposedToOffice(w, first)) {
            lastPerson = name;
            persons.putIfAbsent(w.lower(end - 1), name);
            lastSubject = opensOnSubject(w, first) ? name : null;
        }
    }

    /**
     * "Camila Ruiz se proclamó ganadora. «…», dijo.": the person a sentence opens on (behind an office or an opening
     * phrase), whom a later verb with no subject in the same paragraph reports; null when the sentence opens on no
     * personal name. A single word counts only as a person the article named in full, or the last speaker.
     */
    String openingPerson(Words w) {
        int start = subjectStart(w);
        if (start + 2 < w.size() && epithetDeterminers.contains(w.lower(start)) && personRoles.contains(w.lower(start + 1))) {
            // "La alcaldesa Ana Paz visitó …": the office behind its article
            start += 2;
        }
        while (start < w.size() && (honorifics.contains(w.lower(start)) || isTitle(w.lower(start)))) {
            start++;
        }
        int end = nameRunEnd(w, start);
        if (end == start || end >= w.size() || Texts.startsUpper(w.word(end))) {
            return null;
        }
        for (int i = start; i < end; i++) {
            String lower = w.lower(i);
            if (stopWords.contains(lower) || organisationNouns.contains(lower) || notPersonWords.contains(lower)
                    || isAcronym(w.word(i)) || timeWords.contains(lower)) {
                return null;
            }
        }
        String name = w.original(start, end);
        if (end - start >= 2) {
            return name;
        }
        String known = persons.get(w.lower(start));
        return known != null ? known : name.equals(lastSpeaker) || oneWordSpeakers.contains(name) ? name : null;
    }

    /** The person the sentence just read opened on, when it reported no one; null otherwise. */
    String lastSubject() {
        return lastSubject;
    }

    /** The sentence opens on the phrase at {@code first}, outside quotation marks ("«Ecuador sigue …» is a quote). */
    private static boolean opensOnSubject(Words w, int first) {
        return first == 0 && w.size() > 0 && "«\"“‘'".indexOf(w.charBefore(0)) < 0;
    }

    /**
     * "El ministro de Energía, Juan Pablo Ramírez, visitó …": the sentence opens on an office behind its article and
     * sets the name at start off after it (languages with epithet determiners only).
     */
    private boolean apposedToOffice(Words w, int start) {
        return start > 2 && w.charAfter(start - 1) == ',' && epithetDeterminers.contains(w.lower(0))
                && personRoles.contains(w.lower(1));
    }

    /**
     * "El ministro de Energía, Juan Pablo Ramírez, visitó …": past the body an office serves, up to the comma that
     * sets off the holder's name; i unchanged when no office connector follows the office.
     */
    private int pastOfficeBody(Words w, int i) {
        if (i >= w.size() || !officeConnectors.contains(w.lower(i))) {
            return i;
        }
        for (int k = i; k < Math.min(w.size() - 1, i + APPOSITION_REACH); k++) {
            if (w.charAfter(k) == ',') {
                return k + 1;
            }
        }
        return i;
    }

    /**
     * "La Defensoría del Pueblo publicó un informe. La entidad advirtió …": a sentence opening on a body's name makes
     * it the organisation a later "la entidad" stands for, though it said nothing yet (languages that vary the noun).
     */
    private void namedBodyOpens(Words w, int start) {
        if (epithetDeterminers.isEmpty()) {
            return;
        }
        int i = start < w.size() && determiners.contains(w.lower(start)) ? start + 1 : start;
        if (i >= w.size() || !Texts.startsUpper(w.word(i)) || !organisationNouns.contains(w.lower(i))) {
            return;
        }
        int end = i + 1;
        while (end < w.size() && w.charAfter(end - 1) != ',' && w.charBefore(end) != '('
                && (Texts.startsUpper(w.word(end)) || connectors.contains(w.lower(end)) && end + 1 < w.size()
                && Texts.startsUpper(w.word(end + 1)))) {
            end++;
        }
        if (end - i >= 2) {
            lastOrganisation = w.original(i, end);
        }
    }

    /** "Tom Behr is the director of the port authority": a name the sentence says holds a person's post. */
    private boolean describedAsPerson(Words w, int afterName) {
        if (afterName + 2 >= w.size() || !w.lower(afterName).equals("is") && !w.lower(afterName).equals("was")
                || !determiners.contains(w.lower(afterName + 1))) {
            return false;
        }
        for (int k = afterName + 2; k < Math.min(w.size(), afterName + 2 + DESCRIPTION_WORDS); k++) {
            if (personRoles.contains(w.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Where the sentence's subject starts: after an opening phrase set off by a comma ("Back on the salt flat,"). */
    private int subjectStart(Words w) {
        if (w.size() > 1 && Texts.startsUpper(w.word(0)) && !stopWords.contains(w.lower(0))) {
            return 0;
        }
        for (int i = 0; i < Math.min(w.size() - 1, OPENING_PHRASE_WORDS); i++) {
            if (w.charAfter(i) == ',') {
                return i + 1;
            }
        }
        return 0;
    }

    /** "officials" in "two U.S. officials who spoke on condition of anonymity": the noun before a relative clause. */
    private String groupHead(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (relatives.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return words.get(i - 1).toLowerCase(Locale.ROOT);
            }
        }
        return words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    }

    void spoke(String speaker, boolean organisation) {
        lastSubject = null;
        lastSpeaker = speaker;
        lastGroup = null;
        if (Texts.startsUpper(speaker) && speaker.indexOf(' ') > 0) {
            namedSpeakers.add(speaker);
        }
        List<String> words = Texts.words(speaker);
        String head = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        String groupHead = groupHead(words);
        if (collectives.contains(groupHead) && (!Texts.startsUpper(words.get(0))
                || Character.isDigit(speaker.charAt(0)) || counts.contains(words.get(0).toLowerCase(Locale.ROOT)))) {
            // "two officials who spoke on condition of anonymity": "the officials" later are them
            byRole.putIfAbsent(groupHead, speaker);
        }
        if (organisation && words.size() >= 2 && organisationNouns.contains(head)) {
            // "Venezuela's defence ministry said …": later "the ministry" and "the defence ministry" are it
            for (int q = 1; q < words.size(); q++) {
                byRole.put(String.join(" ", words.subList(q, words.size())).toLowerCase(Locale.ROOT), speaker);
            }
        }
        if (!organisation && words.size() == 1 && Texts.startsUpper(speaker) && !isAcronym(speaker)) {
            oneWordSpeakers.add(speaker);
        }
        if (organisation) {
            lastOrganisation = speaker;
        } else {
            lastPerson = speaker;
            if (words.size() >= 2 && Texts.startsUpper(words.get(words.size() - 1))) {
                persons.putIfAbsent(head, speaker);
            }
        }
    }

    /**
     * "Segundo a Secretaria Municipal de Saúde, … O ministério informou …": the article named a government body with
     * this very noun (the Ministério da Saúde), so the noun is that body, not the secretariat just quoted: a body's
     * noun says its rank, where a writer varies an outlet's ("the magazine", "the news portal") for one outlet.
     */
    private boolean namedOtherBody(String head, String paragraphSpeaker) {
        String named = byRole.get(head);
        return named != null && kinds.get(3).contains(head) && !named.equals(paragraphSpeaker)
                && !head.equals(nounOf.get(paragraphSpeaker));
    }

    private boolean sameKind(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        for (Set<String> kind : kinds) {
            if (kind.contains(a) && kind.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** The full name of an organisation the article also calls by its acronym, or the name unchanged. */
    String canonical(String speaker) {
        if (speaker == null) {
            return null;
        }
        String known = acronyms.get(speaker);
        if (known == null && isAcronym(speaker)) {
            known = byInitials(speaker);
        }
        if (known == null) {
            String full = shortForms.get(speaker);
            known = full == null || full.equals(AMBIGUOUS) ? null : full;
        }
        if (known == null && speaker.indexOf(' ') < 0 && organisationNouns.contains(speaker.toLowerCase(Locale.ROOT))) {
            known = namedWithHead(speaker.toLowerCase(Locale.ROOT));
        }
        return known != null ? known : speaker;
    }

    /** "Police said …" after "Cartagena police said …": the one name the article gave that noun as its head. */
    private String namedWithHead(String noun) {
        String found = null;
        for (java.util.Set<String> names : List.of(organisations, namedSpeakers)) {
            for (String name : names) {
                List<String> words = Texts.words(name);
                // not "The company" itself: a description the article wrote with a capital at a sentence's start
                if (words.size() > 1 && words.get(words.size() - 1).equalsIgnoreCase(noun)
                        && !determiners.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                    if (found != null && !found.equals(name)) {
                        return null;
                    }
                    found = name;
                }
            }
        }
        return found;
    }

    /**
     * The one organisation the article named whose name holds every word of the description, a modifier and the
     * noun at least ("commerce ministry" → "Ministry of Commerce and Industry", "the exporters' association" →
     * "Varna Grain Exporters' Association"); null for a bare noun ("the ministry") or when two names would do.
     */
    private String namedWithWords(List<String> description) {
        if (description.size() < 2 || !organisationNouns.contains(description.get(description.size() - 1))) {
            return null;
        }
        String found = null;
        for (java.util.Set<String> names : List.of(organisations, namedSpeakers)) {
            for (String name : names) {
                List<String> nameWords = Texts.words(name.toLowerCase(Locale.ROOT).replace("’", "'"));
                if (!nameWords.isEmpty() && determiners.contains(nameWords.get(0))) {
                    // "The state's civil defence agency": a description written with a capital, not a name
                    continue;
                }
                if (description.stream().allMatch(w -> nameWords.contains(w) || nameWords.contains(w + "s")
                        || w.endsWith("'") && nameWords.contains(w.substring(0, w.length() - 1)))) {
                    if (found != null && !found.equals(name)) {
                        return null;
                    }
                    found = name;
                }
            }
        }
        return found;
    }

    /**
     * "HRW" for the "Human Rights Watch" the article named, "EBL" for "Empresa Boliviana de Litio": the one name
     * whose capitalised words' initials spell the acronym (with or without its connecting words' initials).
     */
    private String byInitials(String acronym) {
        String found = null;
        for (java.util.Set<String> names : List.of(organisations, namedSpeakers)) {
            for (String name : names) {
                if (initials(name, false).equals(acronym) || initials(name, true).equals(acronym)) {
                    if (found != null && !found.equals(name)) {
                        return null;
                    }
                    found = name;
                }
            }
        }
        return found;
    }

    /** A name's initials, without and with its connecting words, worked out once: acronyms are looked up often. */
    private String initials(String name, boolean withConnectors) {
        String[] both = initialsOf.computeIfAbsent(name, n -> new String[] {spell(n, false), spell(n, true)});
        return both[withConnectors ? 1 : 0];
    }

    private String spell(String name, boolean withConnectors) {
        StringBuilder out = new StringBuilder();
        for (String word : Texts.words(name)) {
            if (word.indexOf('.') > 0 && Texts.startsUpper(word)) {
                // "S.A.": every letter of an abbreviation
                word.chars().filter(Character::isUpperCase).forEach(c -> out.append((char) c));
            } else if (Texts.startsUpper(word) || withConnectors && connectors.contains(word)) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    boolean isOrganisation(String speaker) {
        List<String> words = Texts.words(speaker);
        for (String word : words) {
            String l = word.toLowerCase(Locale.ROOT);
            if (organisationNouns.contains(l) || documentNouns.contains(l) || notPersonWords.contains(l)) {
                return true;
            }
        }
        return organisations.contains(speaker) || acronyms.containsKey(speaker) || acronyms.containsValue(speaker)
                || words.size() == 1 && isAcronym(speaker);
    }

    /**
     * Who a pronoun or description stands for, given the last speaker of the paragraph; null for a pronoun that
     * points to nobody yet, the description as written when the article never tied it to a name.
     */
    String resolve(String phrase, String paragraphSpeaker) {
        if (LAST_SPEAKER.equals(phrase) && lastSubject != null) {
            return lastSubject;
        }
        if (LAST_SPEAKER.equals(phrase)) {
            return paragraphSpeaker != null ? paragraphSpeaker : lastSpeaker != null ? lastSpeaker : lastPerson;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        switch (pronounReferents.getOrDefault(lower, "")) {
            case "person" -> {
                return paragraphSpeaker != null && !isOrganisation(paragraphSpeaker) ? paragraphSpeaker
                        : lastPerson != null ? lastPerson : lastSpeaker;
            }
            case "organisation" -> {
                return paragraphSpeaker != null && isOrganisation(paragraphSpeaker) ? paragraphSpeaker : lastOrganisation;
            }
            case "writer" -> {
                // outside quotation marks the first person is the writer: the article's own voice
                return null;
            }
            case "group" -> {
                return lastGroup != null ? lastGroup : paragraphSpeaker != null ? paragraphSpeaker : lastSpeaker;
            }
            default -> {
                return description(phrase, lower, paragraphSpeaker);
            }
        }
    }

    /** "truckers' guild": the apostrophe that words() strips as punctuation. */
    /** "two board members" is no ministry: people counted as a group are not the body a description names. */
    private boolean otherKindOfBody(String described, String head) {
        List<String> words = Texts.words(described);
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return collectives.contains(last) && !collectives.contains(head);
    }

    private static boolean hasPluralPossessive(String lower) {
        return lower.contains("s' ") || lower.contains("s’ ");
    }

    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'") || word.endsWith("’");
    }

    /** The one name the article ties the description to further down, when nothing read so far ties it to one. */
    private String onlyLater(List<String> description) {
        if (documentNouns.contains(description.get(description.size() - 1))) {
            return null;
        }
        for (int q = 0; q < description.size(); q++) {
            if (byRole.containsKey(String.join(" ", description.subList(q, description.size())))) {
                return null;
            }
        }
        for (int q = 0; q < description.size(); q++) {
            String later = ahead().get(String.join(" ", description.subList(q, description.size())));
            if (later != null && !later.isEmpty()) {
                return later;
            }
        }
        return null;
    }

    private String description(String phrase, String lower, String paragraphSpeaker) {
        List<String> words = Texts.words(lower);
        int from = 0;
        while (from < words.size() - 1 && (determiners.contains(words.get(from)) || words.get(from).endsWith("'s"))) {
            from++;
        }
        List<String> rest = words.subList(from, words.size());
        String head = rest.get(rest.size() - 1);
        if (isBareBody(phrase, from)) {
            // "El Ministerio rechaza …": the body the article named in full with that head, or the phrase as written
            String full = byRole.get(head);
            return full != null && Texts.words(full).get(0).equalsIgnoreCase(head) ? full : phrase;
        }
        String named = namedWithWords(rest);
        if (named != null) {
            // "the commerce ministry" for the Ministry of Commerce and Industry named before, though another
            // ministry spoke since
            return named;
        }
        if (rest.stream().anyMatch(SpeakerMemory::isPossessive) || hasPluralPossessive(lower)) {
            // "the harbour master's office", "the regional truckers' guild": a body the phrase itself names
            return phrase;
        }
        String later = onlyLater(rest);
        if (later != null) {
            // "the operator says …" in the summary, "Ferrovia Nacional, the state operator," further down
            return later;
        }
        if (!personRoles.contains(head) && paragraphSpeaker != null && isOrganisation(paragraphSpeaker)
                && sameKind(head, nounOf.get(paragraphSpeaker)) && !namedOtherBody(head, paragraphSpeaker)) {
            // "… the magazine National Interest said. However, …, the news portal said": the outlet just quoted
            return paragraphSpeaker;
        }
        String holder = rest.size() == 1
                ? speakerHolding(head, paragraphSpeaker != null ? paragraphSpeaker : lastSpeaker) : null;
        if (holder != null) {
            return holder;
        }
        for (int q = 0; q < rest.size(); q++) {
            String known = byRole.get(String.join(" ", rest.subList(q, rest.size())));
            if (known != null) {
                return known;
            }
        }
        for (int q = rest.size() - 2; q >= 0; q--) {
            // "the state's civil defence agency": the Civil Defence named before
            String known = byRole.get(rest.get(q));
            if (known != null && organisations.contains(known)) {
                return known;
            }
        }
        if (documentNouns.contains(head)) {
            if (lastDocumentAuthor != null && !lastDocumentAuthor.isEmpty()) {
                return lastDocumentAuthor;
            }
            return paragraphSpeaker != null ? paragraphSpeaker : lastOrganisation != null ? lastOrganisation : phrase;
        }
        boolean organisationSpoke = paragraphSpeaker == null || isOrganisation(paragraphSpeaker);
        if (organisationNouns.contains(head) && !genericInstitutions.contains(head) && lastOrganisation != null
                && organisationSpoke && !otherKindOfBody(lastOrganisation, head)) {
            // "the think tank", "the agency": the organisation the article was just quoting
            return lastOrganisation;
        }
        String person = lastNamedPerson();
        return person != null && isEpithet(phrase) ? person : phrase;
    }

    /**
     * "el Ministerio", "a Secretaria": a determiner and one capitalised organisation noun, which Spanish and Portuguese
     * writers use for the body they named in full before (languages with epithet determiners only).
     */
    private boolean isBareBody(String phrase, int from) {
        List<String> words = Texts.words(phrase);
        return !epithetDeterminers.isEmpty() && from == 1 && words.size() == 2 && Texts.startsUpper(words.get(1))
                && organisationNouns.contains(words.get(1).toLowerCase(Locale.ROOT));
    }

    /**
     * "O vice-ministro de Agricultura do Irã, Ali Akbar Nouri, declarou que …": the name in apposition to the office
     * that opens the sentence, right before a reporting verb; null otherwise.
     */
    String openingSubject(Words w) {
        if (w.size() < 4 || !determiners.contains(w.lower(0)) || !personRoles.contains(w.lower(1))) {
            return null;
        }
        int comma = 1;
        while (comma < Math.min(w.size() - 1, APPOSITION_REACH) && w.charAfter(comma) != ',') {
            comma++;
        }
        if (w.charAfter(comma) != ',') {
            return null;
        }
        String name = namedBeside(w.original(0, comma + 1).replaceAll(",$", ""), w);
        if (name == null) {
            return null;
        }
        int at = w.original(0, w.size()).indexOf(name + ",");
        String rest = at < 0 ? "" : w.original(0, w.size()).substring(at + name.length() + 1).strip();
        String verb = rest.isEmpty() ? "" : Texts.words(rest).get(0).toLowerCase(Locale.ROOT);
        return cueVerbs.contains(verb) ? name : null;
    }

    /**
     * "afirmou o porta-voz da representação, Daniel Whitford, em nota": the personal name the sentence sets right
     * after the description that speaks, or null.
     */
    String namedBeside(String description, Words w) {
        List<String> phrase = Texts.words(description.toLowerCase(Locale.ROOT));
        List<String> original = Texts.words(description);
        int head = !original.isEmpty() && determiners.contains(phrase.get(0)) ? 1 : 0;
        if (phrase.size() <= head || Texts.startsUpper(original.get(head))) {
            return null;
        }
        for (int i = 0; i + phrase.size() < w.size(); i++) {
            int end = i + phrase.size();
            if (!w.lower(i).equals(phrase.get(0))) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < phrase.size() && same; k++) {
                same = w.lower(i + k).equals(phrase.get(k));
            }
            if (w.charAfter(end - 1) != ',' && officeConnectors.contains(w.lower(end))) {
                // "o porta-voz da representação, Daniel Whitford": the body the office serves, up to the comma
                int comma = end;
                while (comma < Math.min(w.size() - 1, end + APPOSITION_REACH) && w.charAfter(comma) == ' ') {
                    comma++;
                }
                end = comma + 1;
            }
            if (end >= w.size() || w.charAfter(end - 1) != ',') {
                continue;
            }
            int start = end;
            // ", o delegado Fábio Arantes,", ", Dra. Clara Valbuena,"
            while (start < w.size() && (honorifics.contains(w.lower(start)) || !Texts.startsUpper(w.word(start))
                    && (start == end && determiners.contains(w.lower(start)) || isTitle(w.lower(start))))) {
                start++;
            }
            int nameEnd = nameRunEnd(w, start);
            char after = nameEnd > start ? w.charAfter(nameEnd - 1) : ' ';
            if (same && nameEnd - start >= 2 && nameEnd - start <= 4 && (after == ',' || after == '.'
                    || nameEnd == w.size())) {
                return w.original(start, nameEnd);
            }
        }
        return null;
    }

    /** The last person named, by a name ("Karimi", "Ricardo Antunes"), or null. */
    private String lastNamedPerson() {
        if (lastPerson == null || isOrganisation(lastPerson)) {
            return null;
        }
        List<String> words = Texts.words(lastPerson);
        String named = words.size() == 1 ? persons.get(lastPerson.toLowerCase(Locale.ROOT)) : lastPerson;
        // "Ricardo Antunes (PL-RJ)": the party after a name is not part of it
        String full = named == null || named.indexOf(" (") < 0 ? named : named.substring(0, named.indexOf(" ("));
        if (full == null && words.size() == 1 && !isAcronym(lastPerson)) {
            // "Karimi": the article's index of names gives the full form later
            full = lastPerson;
        }
        return full != null && Texts.startsUpper(full)
                && !determiners.contains(Texts.words(full).get(0).toLowerCase(Locale.ROOT))
                && Texts.startsUpper(words.get(words.size() - 1)) ? full : null;
    }

    /** "La magistrada", "o adido militar": a definite article, an office and at most two lower-case qualifiers, no body. */
    private boolean isEpithet(String phrase) {
        List<String> words = Texts.words(phrase);
        if (words.size() < 2 || words.size() > 2 + MAX_QUALIFIERS
                || !epithetDeterminers.contains(words.get(0).toLowerCase(Locale.ROOT))
                || !personRoles.contains(words.get(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words.subList(2, words.size())) {
            if (Texts.startsUpper(w) || officeConnectors.contains(w) || stopWords.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
