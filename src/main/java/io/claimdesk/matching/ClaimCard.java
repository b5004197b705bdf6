package io.claimdesk.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * What the matcher knows of a claim: nothing from the database beyond these fields.
 *
 * @param stance ASSERTS, REPORTS or DISPUTES
 * @param kind   the extractor's kind (DENIAL, ALLEGATION, …); null when not known: a denial and the allegation it
 *               answers are what a contradiction is made of
 * @param language en, es or pt; null or und when not known (the matcher then tells it from the claim's words)
 */
public record ClaimCard(long id, long articleId, String outlet, LocalDate published, String text, String stance,
                        String attributedTo, String via, List<String> topics, boolean disputed, String kind,
                        String language) {

    public ClaimCard {
        text = text == null ? "" : text;
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** A card whose language the matcher tells from its words. */
    public ClaimCard(long id, long articleId, String outlet, LocalDate published, String text, String stance,
                     String attributedTo, String via, List<String> topics, boolean disputed, String kind) {
        this(id, articleId, outlet, published, text, stance, attributedTo, via, topics, disputed, kind, null);
    }
}
