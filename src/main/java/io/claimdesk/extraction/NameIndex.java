package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people an article names in full, so that later short mentions resolve to one form per person:
 * "Takht-e-Ravanchi" and "Ravanchi" to "Majid Takht-e-Ravanchi", "Raisi" to "Ebrahim Raisi". A short
 * name that fits two different people is left as written.
 */
final class NameIndex {

    private static final int MIN_NAME_WORDS = 2;
    /** Capitalised words of a name; particles ("da", "de la") do not count. */
    private static final int MAX_NAME_WORDS = 4;
    /** A hyphen part shorter than this ("e" in "Takht-e-Ravanchi") is not a surname on its own. */
    private static final int MIN_SURNAME_PART = 4;
    private static final String AMBIGUOUS = "";
    /** Words of a name right behind a body's name ("la Cámara Álvaro Javier Pertuz"): fewer may be the body's own. */
    private static final int MIN_BEHIND_BODY = 3;
    /** Punctuation right after a word ends a name; an opening bracket or quote before one starts another. */
    private static final String CLOSING = ",;:.!?)”\"";
    private static final String OPENING = "(“\"‘[";
    private final Map<String, String> bySurname = new HashMap<>();
    private final Map<String, Map<String, Integer>> candidates = new HashMap<>();
    private final List<ParagraphReader.Unit> units;
    /** Headline, deck and caption lines: a feature may give a person's full name only under the photo. */
    private final List<String> pageLines;
    private boolean indexed;

    /** Lower-case particles inside a name: "Eduardo del Castillo", "Osama bin Laden". */
    private final Set<String> particles;
    private final Set<String> honorifics;
    /** Offices and title words in front of a name: "Deputy Foreign Minister". */
    private final Set<String> titles;
    /** Words that make a capitalised run an organisation, a place or a title rather than a person. */
    private final Set<String> notPerson;
    private final Set<String> organisationNouns;
    /** Endings of the qualifiers a language puts after its nouns ("Mutual"); none in English. */
    private final List<String> adjectiveEndings;
    private final Set<String> stopWords;
    /** "co-founders", "ministers": a caption's plural office stands before names too ("Co-founders María …"). */
    private final Set<String> pluralTitles;

    /** An index of the names in these claim units and page lines, built the first time a short name needs it. */
    NameIndex(LanguagePack pack, List<ParagraphReader.Unit> units, List<String> pageLines) {
        this.units = units;
        this.pageLines = pageLines;
        particles = pack.words("nameParticles");
        honorifics = pack.words("honorifics");
        titles = pack.union("personRoles", "titleWords");
        notPerson = pack.union("notPersonWords", "organisationNouns");
        organisationNouns = pack.words("organisationNouns");
        adjectiveEndings = pack.entries("adjectiveEndings");
        stopWords = pack.words("stopWords");
        pluralTitles = pack.withEndings("pluralEndings", "personRoles", "titleWords");
    }

    /** An index filled by {@link #addNamesFrom} only. */
    NameIndex(LanguagePack pack) {
        this(pack, List.of(), List.of());
    }

    /** The full name whose surname this capitalised word is, or null. */
    String fullNameOf(String word) {
        if (!Texts.startsUpper(word)) {
            return null;
        }
        String full = lookup(word.toLowerCase(Locale.ROOT));
        return full == null || full.equals(AMBIGUOUS) ? null : full;
    }

    /** Adds the full personal names the sentence mentions. */
    void addNamesFrom(Words words) {
        List<String> run = new ArrayList<>(4);
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (!Character.isUpperCase(w.charAt(0))) {
                boolean particle = !run.isEmpty() && particles.contains(w) && i + 1 < words.size()
                        && Character.isUpperCase(words.word(i + 1).charAt(0)) && CLOSING.indexOf(words.charAfter(i)) < 0;
                if (particle) {
                    run.add(w);
                } else {
                    register(run);
                    run.clear();
                }
                continue;
            }
            if (OPENING.indexOf(words.charBefore(i)) >= 0) {
                register(run);
                run.clear();
            }
            boolean possessive = isPossessive(w);
            String token = possessive ? w.substring(0, w.length() - 2) : w;
            boolean name = isNameToken(token);
            // "Daniel J. Whitcombe", "J. R. Molina": an initial keeps its full stop and the name goes on
            boolean initial = token.length() == 1 && words.charAfter(i) == '.' && i + 1 < words.size()
                    && Character.isUpperCase(words.word(i + 1).charAt(0));
            if (name) {
                run.add(initial ? token + "." : token);
            }
            if (!name || possessive || CLOSING.indexOf(words.charAfter(i)) >= 0 && !initial) {
                register(run);
                run.clear();
            }
        }
        register(run);
    }

    /**
     * The full name for a short one ("Ravanchi", "Mr del Castillo"), or the name unchanged. A short name
     * of several words must be the end of the full one.
     */
    String canonical(String name) {
        if (name == null || isFull(name) && name.indexOf(' ', name.indexOf(' ') + 1) > 0) {
            return name;
        }
        if (!indexed) {
            indexed = true;
            Words sentence = null;
            for (ParagraphReader.Unit u : units) {
                if (u.sentenceWords() != sentence) {
                    sentence = u.sentenceWords();
                    addNamesFrom(sentence);
                }
            }
            for (String line : pageLines) {
                addNamesFrom(new Words(line));
            }
        }
        String bare = withoutHonorific(name);
        int space = bare.lastIndexOf(' ');
        String full = lookup(bare.substring(space + 1).toLowerCase(Locale.ROOT));
        // "Ochoa Restrepo" is the end of "Valeria Ochoa Restrepo"; two names are not a full name by themselves
        if (full == null || full.equals(AMBIGUOUS) || full.equals(bare) || opensWithStopWord(full)
                || space >= 0 && !full.endsWith(" " + bare) && !full.startsWith(bare + " ")) {
            return name;
        }
        return full;
    }

    /** "Según la Cancillería": a sentence's capitalised first word ran into the name. */
    private boolean opensWithStopWord(String full) {
        int space = full.indexOf(' ');
        return space > 0 && stopWords.contains(full.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /** Two or more capitalised words and no honorific in front: already a full name. */
    private boolean isFull(String name) {
        int space = name.indexOf(' ');
        return space > 0 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(space + 1))
                && !honorifics.contains(name.substring(0, space).toLowerCase(Locale.ROOT));
    }

    private String withoutHonorific(String name) {
        String s = name;
        int space = s.indexOf(' ');
        while (space > 0 && honorifics.contains(s.substring(0, space).toLowerCase(Locale.ROOT))) {
            s = s.substring(space + 1);
            space = s.indexOf(' ');
        }
        return s;
    }

    private void register(List<String> run) {
        if (run.size() < MIN_NAME_WORDS) {
            return;
        }
        List<String> person = personIn(run);
        if (person == null) {
            return;
        }
        String full = String.join(" ", person);
        String surname = person.get(person.size() - 1).toLowerCase(Locale.ROOT);
        put(surname, full);
        if (person.size() >= 3 && !particles.contains(person.get(person.size() - 2))) {
            // Spanish and Portuguese double surnames: "Marisol Tito Huanca" is "Tito" and "Marisol Tito"
            put(person.get(person.size() - 2).toLowerCase(Locale.ROOT), full);
        } else if (person.size() >= 4 && particles.contains(person.get(person.size() - 2))) {
            // "Luiz Inácio Lula da Silva" is "Lula" too: the word before the particle starts the surname
            put(person.get(person.size() - 3).toLowerCase(Locale.ROOT), full);
        }
        int hyphen = surname.lastIndexOf('-');
        if (hyphen > 0 && surname.length() - hyphen - 1 >= MIN_SURNAME_PART) {
            put(surname.substring(hyphen + 1), full);
        }
    }

    /**
     * Counts the full name under the key and keeps the one the key stands for: a shorter form of a longer name
     * ("Marisol Tito" within "Marisol Tito Huanca") counts for the longer; of two different names, one mentioned at
     * least twice as often as the other wins ("Ebrahim Raisi" over a headline's "Did Raisi"), else the key is
     * ambiguous and resolves nothing.
     */
    private void put(String key, String full) {
        candidates.computeIfAbsent(key, k -> new java.util.LinkedHashMap<>()).merge(full, 1, Integer::sum);
        bySurname.remove(key);
    }

    /** The full name a key stands for, chosen once from the counts (see {@link #put}). */
    private String lookup(String key) {
        String known = bySurname.get(key);
        if (known == null) {
            Map<String, Integer> names = candidates.get(key);
            if (names == null) {
                return null;
            }
            known = choose(names);
            bySurname.put(key, known);
        }
        return known;
    }

    private static String choose(Map<String, Integer> names) {
        Map<String, Integer> merged = new HashMap<>();
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            String longest = e.getKey();
            for (String other : names.keySet()) {
                if (other.length() > longest.length() && (other.endsWith(" " + longest) || other.startsWith(longest + " ")
                        || other.endsWith(longest))) {
                    longest = other;
                }
            }
            merged.merge(longest, e.getValue(), Integer::sum);
        }
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : merged.entrySet()) {
            if (e.getValue() > bestCount) {
                second = bestCount;
                best = e.getKey();
                bestCount = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestCount >= 2 * second ? best : AMBIGUOUS;
    }

    /** The personal name a run ends with, after any title ("Deputy Foreign Minister"); null if none. */
    private List<String> personIn(List<String> run) {
        List<String> person = personAfterTitles(run);
        if (person != null) {
            return person;
        }
        // "representante a la Cámara Álvaro Javier Pertuz Orozco": a body's name runs into a full personal name
        for (int i = run.size() - 1 - MIN_BEHIND_BODY; i >= 0; i--) {
            if (organisationNouns.contains(run.get(i).toLowerCase(Locale.ROOT))) {
                // "Associação Mutual Israelita Argentina": a qualifier after the body's noun is still its name
                return qualifies(run.get(i + 1)) ? null : personAfterTitles(run.subList(i + 1, run.size()));
            }
        }
        return null;
    }

    private boolean qualifies(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return adjectiveEndings.stream().anyMatch(e -> lower.endsWith(e) && lower.length() > e.length() + 2);
    }

    private List<String> personAfterTitles(List<String> run) {
        int start = 0;
        for (int i = 0; i < run.size(); i++) {
            if (isTitle(run.get(i)) || honorifics.contains(run.get(i).toLowerCase(Locale.ROOT))) {
                start = i + 1;
            }
        }
        List<String> person = run.subList(start, run.size());
        long particleCount = person.stream().filter(particles::contains).count();
        if (person.size() < MIN_NAME_WORDS || person.size() - particleCount > MAX_NAME_WORDS) {
            return null;
        }
        if (particles.contains(person.get(0)) || particles.contains(person.get(person.size() - 1))) {
            return null;
        }
        for (String t : person) {
            String l = t.toLowerCase(Locale.ROOT);
            boolean particle = particles.contains(t);
            boolean initial = t.length() == 2 && t.endsWith(".") && Character.isUpperCase(t.charAt(0));
            if (initial && t != person.get(person.size() - 1)) {
                continue;
            }
            if (!particle && (notPerson.contains(l) || stopWords.contains(l) || l.length() < 2) || l.endsWith(".")) {
                return null;
            }
        }
        return person;
    }

    private boolean isTitle(String token) {
        String l = token.toLowerCase(Locale.ROOT);
        return titles.contains(l) || honorifics.contains(l) || l.startsWith("then-") || l.startsWith("ex-")
                || pluralTitles.contains(l);
    }

    private static boolean isNameToken(String token) {
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPossessive(String t) {
        return t.endsWith("'s") || t.endsWith("’s");
    }
}
