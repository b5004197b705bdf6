package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Assigns the taxonomy's topic ids by their cue words; one sentence can carry several topics. */
final class TopicTagger {

    private final List<String> ids;
    private final LexiconSet lexicons;
    /** Per topic, the words after which its cues name something else ("Latin American"), or empty. */
    private final List<Set<String>> notAfter = new ArrayList<>();

    TopicTagger(Taxonomy taxonomy, String language) {
        ids = taxonomy.ids();
        lexicons = new LexiconSet(taxonomy.lexicons(language));
        for (String id : ids) {
            notAfter.add(taxonomy.notAfter(id, language));
        }
    }

    /** One lexicon per topic, in id order; a caller may scan a sentence once with these joined to others. */
    LexiconSet lexicons() {
        return lexicons;
    }

    /** Topic ids whose cues occur in the text, sorted. */
    List<String> tag(String text) {
        return tag(new Words(text));
    }

    List<String> tag(Words words) {
        return tag(words, lexicons.scan(words));
    }

    /** @param hits a scan of the words by {@link #lexicons()}, or by a set that starts with it */
    List<String> tag(Words words, LexiconSet.Hits hits) {
        List<String> topics = new ArrayList<>(4);
        for (int id = 0; id < ids.size(); id++) {
            boolean tagged = notAfter.get(id).isEmpty() ? hits.matches(id) : outside(hits, id, words, notAfter.get(id));
            if (tagged) {
                topics.add(ids.get(id));
            }
        }
        return topics;
    }

    private static boolean outside(LexiconSet.Hits hits, int id, Words words, Set<String> qualifiers) {
        for (int i : hits.starts(id)) {
            if (!(i > 0 && qualifiers.contains(words.lower(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
