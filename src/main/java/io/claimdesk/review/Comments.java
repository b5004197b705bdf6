package io.claimdesk.review;

import io.claimdesk.account.Account;
import io.claimdesk.claim.Claim;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.failure.Refused;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/** The discussion on a claim. Authors edit and delete only their own; the history keeps every version. */
@ApplicationScoped
public class Comments {

    /** The longest comment, checked with the rest of what is sent ({@link CommentText}) before it gets here. */
    static final int MAX_BODY = 10_000;

    private final History history;

    Comments(History history) {
        this.history = history;
    }

    @Transactional
    public ClaimComment add(long claimId, Account author, CommentInput input) {
        Claim claim = Reviews.claim(claimId);
        ClaimComment comment = new ClaimComment();
        comment.claim = claim;
        comment.author = author;
        comment.body = input.body().strip();
        if (input.parentId() != null) {
            ClaimComment parent = ClaimComment.findById(input.parentId());
            if (parent == null || !parent.claim.id.equals(claim.id)) {
                throw new Invalid("parentId", "There is no comment " + input.parentId() + " on this claim to reply to.");
            }
            comment.parent = parent;
        }
        comment.createdAt = Instant.now();
        comment.persist();
        history.record(Account.idOf(author), HistoryAction.COMMENT_ADDED, claim.historySubject(), null,
                Map.of("comment", comment.id, "body", comment.body));
        return comment;
    }

    @Transactional
    public ClaimComment edit(long commentId, Account author, String body) {
        ClaimComment comment = own(commentId, author);
        String before = comment.body;
        comment.body = body.strip();
        comment.editedAt = Instant.now();
        history.record(Account.idOf(author), HistoryAction.COMMENT_EDITED, comment.claim.historySubject(),
                Map.of("comment", comment.id, "body", before), Map.of("comment", comment.id, "body", comment.body));
        return comment;
    }

    @Transactional
    public ClaimComment delete(long commentId, Account author) {
        ClaimComment comment = own(commentId, author);
        if (!comment.deleted) {
            comment.deleted = true;
            comment.editedAt = Instant.now();
            history.record(Account.idOf(author), HistoryAction.COMMENT_DELETED, comment.claim.historySubject(),
                    Map.of("comment", comment.id, "body", comment.body), Map.of("comment", comment.id, "deleted", true));
        }
        return comment;
    }

    private static ClaimComment own(long commentId, Account author) {
        ClaimComment comment = ClaimComment.findById(commentId);
        if (comment == null || comment.deleted) {
            throw new NotFound("There is no comment " + commentId);
        }
        if (!comment.author.id.equals(author.id)) {
            throw new Refused("forbidden", "Only its author may change comment " + commentId + ".");
        }
        return comment;
    }
}
