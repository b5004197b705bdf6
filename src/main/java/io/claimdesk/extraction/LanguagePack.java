package io.claimdesk.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language the extractor's rules work with: reporting verbs, roles, months, stop words,
 * hedges, denial cues and the rest, read from {@code /extraction/lang/<code>.json}. The rules name lists,
 * never words, so another language is another pack. A list the rules ask for and the pack lacks fails at
 * once, naming the list: a pack is complete or unusable.
 */
public final class LanguagePack {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, LanguagePack> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, List<String>> entries = new HashMap<>();
    private final Map<String, Boolean> cased = new HashMap<>();
    private final Map<String, Set<String>> sets = new ConcurrentHashMap<>();
    private final Map<String, Lexicon> lexicons = new ConcurrentHashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> weekdays = new HashSet<>();
    private final Map<String, String> referents = new HashMap<>();
    private final Map<String, String> models = new HashMap<>();
    private final List<FurnitureRule> furnitureRules = new java.util.ArrayList<>();
    private final Map<String, String> patterns = new HashMap<>();

    /**
     * A furniture rule of the pack: a regular expression over one line, with cheap tests that must pass before it
     * runs (the line's lower-case form contains one of the cues, it is short enough, its colon comes early).
     */
    record FurnitureRule(String name, String pattern, boolean caseSensitive, List<String> cues, List<String> prefixes,
                         int maxChars, int maxWords, int colonWithin) {}

    private LanguagePack(JsonNode root) {
        language = root.path("language").asText();
        Map<String, List<String>> includes = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("words").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> list = it.next();
            JsonNode node = list.getValue();
            boolean caseSensitive = node.isObject() && node.path("caseSensitive").asBoolean(false);
            JsonNode items = node.isObject() ? node.path("entries") : node;
            List<String> words = new java.util.ArrayList<>();
            items.forEach(n -> words.add(caseSensitive ? n.asText() : n.asText().toLowerCase(Locale.ROOT)));
            entries.put(list.getKey(), List.copyOf(words));
            cased.put(list.getKey(), caseSensitive);
            List<String> included = new java.util.ArrayList<>();
            node.path("include").forEach(n -> included.add(n.asText()));
            includes.put(list.getKey(), included);
        }
        Map<String, List<String>> own = Map.copyOf(entries);
        for (String list : own.keySet()) {
            entries.put(list, withIncluded(list, own, includes, new HashSet<>()));
        }
        root.path("months").fields().forEachRemaining(e -> months.put(e.getKey(), e.getValue().asInt()));
        root.path("weekdays").forEach(n -> weekdays.add(n.asText()));
        root.path("referents").fields().forEachRemaining(e -> referents.put(e.getKey(), e.getValue().asText()));
        root.path("models").fields().forEachRemaining(e -> models.put(e.getKey(), e.getValue().asText()));
        for (JsonNode r : root.path("lineRules")) {
            List<String> cues = new java.util.ArrayList<>();
            r.path("cues").forEach(c -> cues.add(c.asText()));
            List<String> prefixes = new java.util.ArrayList<>();
            r.path("prefixes").forEach(c -> prefixes.add(c.asText()));
            furnitureRules.add(new FurnitureRule(r.path("name").asText(), r.path("pattern").asText(),
                    r.path("caseSensitive").asBoolean(false), List.copyOf(cues), List.copyOf(prefixes),
                    r.path("maxChars").asInt(Integer.MAX_VALUE),
                    r.path("maxWords").asInt(Integer.MAX_VALUE), r.path("colonWithin").asInt(-1)));
        }
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                patterns.put(e.getKey(), e.getValue().asText());
            }
        });
    }

    /**
     * The entries of the lists a list includes (and of those they include), then its own: a list derived from another
     * ("matchingStopWords" from "functionWords") states only what it adds, so the base is written once.
     */
    private List<String> withIncluded(String list, Map<String, List<String>> own, Map<String, List<String>> includes,
                                      Set<String> open) {
        if (!open.add(list)) {
            throw new IllegalArgumentException("the " + language + " list '" + list + "' includes itself");
        }
        List<String> all = new java.util.ArrayList<>();
        for (String included : includes.get(list)) {
            if (!own.containsKey(included)) {
                throw new IllegalArgumentException("the " + language + " list '" + list + "' includes '" + included
                        + "', which the pack lacks");
            }
            all.addAll(withIncluded(included, own, includes, open));
        }
        all.addAll(own.get(list));
        open.remove(list);
        return List.copyOf(all);
    }

    /** The pack's furniture rules, in the order they are tried. */
    List<FurnitureRule> furnitureRules() {
        return furnitureRules;
    }

    /** A regular expression the pack gives by name ("relatedLabels"). */
    String pattern(String name) {
        String p = patterns.get(name);
        if (p == null) {
            throw new IllegalArgumentException("the " + language + " language pack has no pattern '" + name + "'");
        }
        return p;
    }

    /** The pack of a language code ("en"), loaded once. */
    public static LanguagePack of(String code) {
        return LOADED.computeIfAbsent(code, LanguagePack::read);
    }

    /** A pack read afresh, not the shared one: for tests of what a first use builds. */
    static LanguagePack read(String code) {
        String resource = "/extraction/lang/" + code + ".json";
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no language pack " + resource);
            }
            return new LanguagePack(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public String language() {
        return language;
    }

    /** The list's entries, lower case unless the list is case-sensitive. */
    List<String> entries(String list) {
        List<String> words = entries.get(list);
        if (words == null) {
            throw new IllegalArgumentException("the " + language + " language pack has no list '" + list + "'");
        }
        return words;
    }

    /** The list as a set, for one lookup per word. */
    Set<String> words(String list) {
        return sets.computeIfAbsent(list, l -> lookup(entries(l)));
    }

    /** A list of "word other" pairs as a map from the first word to the second ("them they"). */
    Map<String, String> pairs(String list) {
        Map<String, String> pairs = new HashMap<>();
        for (String pair : entries(list)) {
            String[] parts = pair.split(" ");
            if (parts.length != 2) {
                throw new IllegalArgumentException("the " + language + " list '" + list + "' holds pairs: " + pair);
            }
            pairs.put(parts[0], parts[1]);
        }
        return Map.copyOf(pairs);
    }

    /** Several lists as one set, built once: one lookup a word where a rule asks about all of them. */
    Set<String> union(String... lists) {
        return cached(String.join("+", lists), () -> {
            Set<String> all = new HashSet<>();
            for (String l : lists) {
                all.addAll(words(l));
            }
            return all;
        });
    }

    /**
     * A set built from other sets: built outside the map's lock, since building it loads the lists it is made of
     * into the same map (a nested computeIfAbsent there throws "Recursive update").
     */
    private Set<String> cached(String key, java.util.function.Supplier<Set<String>> build) {
        Set<String> known = sets.get(key);
        if (known != null) {
            return known;
        }
        Set<String> built = lookup(build.get());
        Set<String> first = sets.putIfAbsent(key, built);
        return first != null ? first : built;
    }

    /**
     * A hashed set: it compares hashes before strings, where the immutable Set.of compares every string it probes,
     * which showed as a sixth of the extractor's time.
     */
    private static Set<String> lookup(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** Every word of the lists with each of the endings added ("minister" + "s"), built once. */
    Set<String> withEndings(String endingsList, String... lists) {
        return cached(endingsList + ":" + String.join("+", lists), () -> {
            Set<String> all = new HashSet<>();
            for (String word : union(lists)) {
                for (String ending : entries(endingsList)) {
                    all.add(word + ending);
                }
            }
            return all;
        });
    }

    /** The list as a lexicon of words and phrases, matched token by token. */
    Lexicon lexicon(String list) {
        return lexicons.computeIfAbsent(list, l -> {
            String[] words = entries(l).toArray(String[]::new);
            return Boolean.TRUE.equals(cased.get(l)) ? Lexicon.caseSensitive(words) : Lexicon.of(words);
        });
    }

    /** The month a name or abbreviation stands for (1–12), any case, or null. */
    Integer month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }

    Map<String, Integer> months() {
        return months;
    }

    boolean isWeekday(String word) {
        return weekdays.contains(word.toLowerCase(Locale.ROOT));
    }

    Set<String> weekdays() {
        return weekdays;
    }

    /** What a noun points back to ("vessel" → "ship"), or null. */
    String referent(String lowerNoun) {
        return referents.get(lowerNoun);
    }

    /**
     * Whether the pack names an OpenNLP model of this kind: no Spanish or Portuguese model is served, and a pack
     * without one has the rules work from its lists alone.
     */
    boolean hasModel(String kind) {
        return models.containsKey(kind);
    }

    /** The classpath resource of one of the pack's OpenNLP models ("sentences", "partsOfSpeech"). */
    String model(String kind) {
        String resource = models.get(kind);
        if (resource == null) {
            throw new IllegalArgumentException("the " + language + " language pack names no " + kind + " model");
        }
        return resource;
    }
}
