package io.claimdesk.claim;

import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.Anchor;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;

import java.time.LocalDate;
import java.util.List;

/** A claim as lists and the API show it: its own fields plus its outlet's name and stance, read in one query. */
public record ClaimRow(long id, long articleId, String text, Anchor anchor, String outlet, OutletStance outletStance,
                       boolean outletStanceSuggested, LocalDate published, ClaimKind kind, boolean checkable, double checkworthiness,
                       List<String> features, ClaimStance stance, List<String> topics, String attributedTo, String via,
                       boolean disputed, String disputedReason, ClaimStatus status, boolean reviewersDisagree,
                       boolean orphaned, String language) {

    /** The shape of the list query's select clause; topics come from a second query. */
    public ClaimRow(long id, long articleId, String text, String exact, String prefix, String suffix, int start, int end,
                    String outlet, OutletStance outletStance, Boolean outletStanceConfirmed, LocalDate published,
                    ClaimKind kind, boolean checkable,
                    double checkworthiness, String features, ClaimStance stance, String attributedTo, String via,
                    boolean disputed, String disputedReason, ClaimStatus status, boolean reviewersDisagree,
                    boolean orphaned, String language) {
        this(id, articleId, text, new Anchor(exact, prefix, suffix, start, end), outlet, outletStance,
                outlet != null && !Boolean.TRUE.equals(outletStanceConfirmed), published, kind,
                checkable, checkworthiness, features.isEmpty() ? List.of() : List.of(features.split(",")), stance,
                List.of(), attributedTo, via, disputed, disputedReason, status, reviewersDisagree, orphaned, language);
    }

    ClaimRow withTopics(List<String> newTopics) {
        return new ClaimRow(id, articleId, text, anchor, outlet, outletStance, outletStanceSuggested, published, kind,
                checkable,
                checkworthiness, features, stance, List.copyOf(newTopics), attributedTo, via, disputed, disputedReason, status,
                reviewersDisagree, orphaned, language);
    }

    static final String SELECT = """
            select new io.claimdesk.claim.ClaimRow(c.id, c.article.id, c.text, c.exact, c.prefix, c.suffix, c.start, c.end,
                   o.name, o.stance, o.stanceConfirmed, c.published, c.kind, c.checkable, c.checkworthiness, c.features, c.stance, c.attributedTo,
                   c.via, c.disputed, c.disputedReason, c.status, c.reviewersDisagree, c.orphaned, c.language)
            """;
}
