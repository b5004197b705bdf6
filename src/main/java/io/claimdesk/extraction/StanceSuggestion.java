package io.claimdesk.extraction;

import java.util.List;

/**
 * The outlet's stance toward the subject as the text suggests it, to be confirmed by an editor.
 *
 * @param stance   FAVOURABLE, CRITICAL, NEUTRAL or UNKNOWN (too little evidence to say)
 * @param evidence the exact phrases of the article's own voice that point that way
 */
public record StanceSuggestion(String stance, List<String> evidence) {

    public static final String FAVOURABLE = "FAVOURABLE";
    public static final String CRITICAL = "CRITICAL";
    public static final String NEUTRAL = "NEUTRAL";
    public static final String UNKNOWN = "UNKNOWN";

    public StanceSuggestion {
        evidence = List.copyOf(evidence);
    }
}
