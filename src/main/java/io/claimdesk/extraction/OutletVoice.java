package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests the outlet's stance toward the subject from the loaded words of its own voice: the sentences
 * it does not attribute to anyone, quotations masked out. "Regime", "dictator", "propaganda",
 * "infiltrate" frame the subject as a threat; "anti-imperialist", "strong foundation of cooperation",
 * "new chapter" frame it as a partner. Fewer than two cues, or cues both ways in similar numbers, are
 * too thin to suggest anything: UNKNOWN. A long own voice without any loaded word is NEUTRAL.
 */
final class OutletVoice {

    private static final int MIN_CUES = 2;
    /** Own-voice sentences it takes before the absence of loaded words says something. */
    private static final int NEUTRAL_MIN_SENTENCES = 15;

    private static final int CRITICAL_CUE = 0;
    private static final int FAVOURABLE_CUE = 1;

    /** The taxonomy's loaded words for the desk's subject, critical and favourable. */
    private final LexiconSet cues;

    OutletVoice(Taxonomy taxonomy, String language) {
        cues = new LexiconSet(List.of(taxonomy.stanceCues("critical", language), taxonomy.stanceCues("favourable", language)));
    }

    /**
     * @param ownVoice the outlet's own sentences, each with quotations blanked out
     */
    StanceSuggestion suggest(List<Words> ownVoice) {
        List<String> critical = new ArrayList<>();
        List<String> favourable = new ArrayList<>();
        for (Words w : ownVoice) {
            LexiconSet.Hits hits = cues.scan(w);
            hits.all(CRITICAL_CUE, critical);
            hits.all(FAVOURABLE_CUE, favourable);
        }
        int c = critical.size();
        int f = favourable.size();
        if (c + f == 0 && ownVoice.size() >= NEUTRAL_MIN_SENTENCES) {
            return new StanceSuggestion(StanceSuggestion.NEUTRAL, List.of());
        }
        if (c >= MIN_CUES && c >= 2 * f) {
            return new StanceSuggestion(StanceSuggestion.CRITICAL, distinct(critical));
        }
        if (f >= MIN_CUES && f >= 2 * c) {
            return new StanceSuggestion(StanceSuggestion.FAVOURABLE, distinct(favourable));
        }
        List<String> both = new ArrayList<>(critical);
        both.addAll(favourable);
        return new StanceSuggestion(StanceSuggestion.UNKNOWN, distinct(both));
    }

    private static List<String> distinct(List<String> phrases) {
        return phrases.stream().distinct().toList();
    }
}
