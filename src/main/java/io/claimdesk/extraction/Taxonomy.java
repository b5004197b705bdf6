package io.claimdesk.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The desk's topics: ids, labels and the cue words that tag a claim with each, per language, plus the
 * loaded words that suggest an outlet's stance toward the desk's subject. Configuration, not code: the
 * default is {@code /extraction/topics.json}, and a desk covering another beat replaces the file
 * ({@code claimdesk.topics.file}). The extractor's logic names no topic.
 */
public final class Taxonomy {

    /** One topic as the file gives it. */
    public record Topic(String id, String label, boolean inherited, boolean caseSensitive,
                        Map<String, List<String>> cues, Map<String, List<String>> notAfter) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT = "/extraction/topics.json";
    private static volatile Taxonomy defaults;

    /** Topics sorted by id, so that tags come out sorted. */
    private final List<Topic> topics;
    private final Map<String, Topic> byId = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> stance = new LinkedHashMap<>();
    private final Set<String> notInherited;

    private Taxonomy(JsonNode root, String source) {
        List<Topic> read = new ArrayList<>();
        for (JsonNode t : root.path("topics")) {
            String id = t.path("id").asText("");
            if (!id.matches("[a-z0-9_]{1,64}")) {
                throw new IllegalArgumentException(source + ": topic id '" + id + "' must be 1-64 of a-z, 0-9 and _");
            }
            read.add(new Topic(id, t.path("label").asText(id), t.path("inherited").asBoolean(true),
                    t.path("caseSensitive").asBoolean(false), perLanguage(t.path("cues")), perLanguage(t.path("notAfter"))));
        }
        if (read.isEmpty()) {
            throw new IllegalArgumentException(source + " names no topics");
        }
        read.sort(Comparator.comparing(Topic::id));
        topics = List.copyOf(read);
        for (Topic t : topics) {
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException(source + ": topic id '" + t.id() + "' appears twice");
            }
        }
        root.path("stance").fields().forEachRemaining(e -> stance.put(e.getKey(), perLanguage(e.getValue())));
        notInherited = Set.copyOf(topics.stream().filter(t -> !t.inherited()).map(Topic::id).toList());
    }

    private static Map<String, List<String>> perLanguage(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            List<String> words = new ArrayList<>();
            e.getValue().forEach(w -> words.add(w.asText()));
            out.put(e.getKey(), List.copyOf(words));
        });
        return out;
    }

    /** The taxonomy shipped with the app. */
    public static Taxonomy defaults() {
        Taxonomy t = defaults;
        if (t == null) {
            try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT)) {
                t = new Taxonomy(JSON.readTree(in), DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(DEFAULT, e);
            }
            defaults = t;
        }
        return t;
    }

    /** A desk's own taxonomy file. */
    public static Taxonomy read(Path file) {
        try {
            return new Taxonomy(JSON.readTree(Files.readString(file)), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** Topic ids in sorted order. */
    public List<String> ids() {
        return topics.stream().map(Topic::id).toList();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The label people see; an unknown id (a claim tagged under an earlier taxonomy) reads as its words. */
    public String label(String id) {
        Topic t = byId.get(id);
        return t != null ? t.label() : id.replace('_', ' ');
    }

    List<Topic> topics() {
        return topics;
    }

    /** Topics a claim pointing back ("this agreement") does not take from the claim it points to. */
    Set<String> notInherited() {
        return notInherited;
    }

    /** The topics' cue lexicons for a language, in the order of {@link #ids()}. */
    List<Lexicon> lexicons(String language) {
        List<Lexicon> out = new ArrayList<>(topics.size());
        for (Topic t : topics) {
            String[] cues = t.cues().getOrDefault(language, List.of()).toArray(String[]::new);
            out.add(t.caseSensitive() ? Lexicon.caseSensitive(cues) : Lexicon.of(cues));
        }
        return out;
    }

    /** Words that, right before a cue, make it something else ("Latin American"). */
    Set<String> notAfter(String id, String language) {
        List<String> words = byId.get(id).notAfter().getOrDefault(language, List.of());
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /** Stance cue words ("critical", "favourable") for a language. */
    Lexicon stanceCues(String stanceName, String language) {
        Map<String, List<String>> byLanguage = stance.getOrDefault(stanceName, Map.of());
        return Lexicon.of(byLanguage.getOrDefault(language, List.of()).toArray(String[]::new));
    }
}
