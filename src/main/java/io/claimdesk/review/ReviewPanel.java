package io.claimdesk.review;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryRow;
import io.claimdesk.matching.RelationQuery;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Builds the review part of a claim's page and its place in a queue. */
@ApplicationScoped
public class ReviewPanel {

    private final ReviewQuery reviews;
    private final History history;
    private final ClaimQuery claims;
    private final CurrentAccount current;
    private final RelationQuery relations;
    private final ClaimdeskConfig config;

    ReviewPanel(ReviewQuery reviews, History history, ClaimQuery claims, CurrentAccount current, RelationQuery relations,
                ClaimdeskConfig config) {
        this.reviews = reviews;
        this.relations = relations;
        this.history = history;
        this.claims = claims;
        this.current = current;
        this.config = config;
    }

    public ReviewView view(long claimId, ClaimStatus status, boolean disagree, QueueSpec queue, FormState verdictForm,
                           FormState commentForm, String done) {
        return view(claimId, status, disagree, queue, verdictForm, commentForm, done, relations.citable(claimId));
    }

    /** The review part when the page has read the claim's relations already: what a verdict may cite comes from them. */
    public ReviewView view(long claimId, ClaimStatus status, boolean disagree, QueueSpec queue, FormState verdictForm,
                           FormState commentForm, String done, List<RelationQuery.Citable> citable) {
        return view(read(claimId), status, disagree, queue, verdictForm, commentForm, done, citable);
    }

    /** What the review part shows that is the same for every reader: three statements. */
    public Reading read(long claimId) {
        return new Reading(claimId, reviews.verdicts(claimId), reviews.thread(claimId), history.forClaim(claimId));
    }

    /** The review part drawn from what was read (perhaps for an earlier reader, while the desk stood still). */
    public ReviewView view(Reading read, ClaimStatus status, boolean disagree, QueueSpec queue, FormState verdictForm,
                           FormState commentForm, String done, List<RelationQuery.Citable> citable) {
        long claimId = read.claimId();
        List<VerdictRow> verdicts = read.verdicts();
        long corroborating = verdicts.stream().filter(v -> v.current() && !v.settlement()
                && v.verdict() == VerdictValue.CORROBORATED).count();
        long contesting = verdicts.stream().filter(v -> v.current() && !v.settlement()
                && v.verdict() == VerdictValue.CONTESTED).count();
        return new ReviewView(claimId, status, disagree, corroborating, contesting, verdicts, read.comments(),
                read.history(), current.has(Roles.REVIEWER), current.has(Roles.EDITOR),
                current.username(), queue == null ? "" : "?" + queue.query(), verdictForm, commentForm, done, citable);
    }

    /** A claim's verdicts, comment thread and history, as read together. */
    public record Reading(long claimId, List<VerdictRow> verdicts, List<CommentRow> comments, List<HistoryRow> history) {
    }

    /** The claim's neighbours in the queue, or null when it was not opened from one. */
    public QueueNav nav(long claimId, QueueSpec queue) {
        if (queue == null) {
            return null;
        }
        ClaimFilter filter = queue.filter(current.id(), 1, config.pageSize());
        String previous = claims.neighbour(filter, claimId, false).map(id -> Urls.claimInQueue(id, queue.query())).orElse(null);
        String next = claims.neighbour(filter, claimId, true).map(id -> Urls.claimInQueue(id, queue.query())).orElse(null);
        return new QueueNav(queue.view().label, Urls.queue(queue.query()), previous, next);
    }
}
