package io.claimdesk.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a claim's verdicts and discussion, one query each. */
@ApplicationScoped
public class ReviewQuery {

    private final EntityManager em;

    ReviewQuery(EntityManager em) {
        this.em = em;
    }

    /** Every verdict on the claim, newest first; superseded ones say so. */
    public List<VerdictRow> verdicts(long claimId) {
        return em.createQuery(VerdictRow.SELECT + " where v.claim.id = :id order by v.createdAt desc, v.id desc",
                VerdictRow.class).setParameter("id", claimId).getResultList();
    }

    /** The current verdicts (and settlements) of many claims at once, oldest first, by claim id. */
    public Map<Long, List<VerdictRow>> currentVerdicts(Collection<Long> claimIds) {
        Map<Long, List<VerdictRow>> byClaim = new HashMap<>();
        if (!claimIds.isEmpty()) {
            em.createQuery(VerdictRow.SELECT + " where v.claim.id in :ids and v.current = true order by v.createdAt, v.id",
                            VerdictRow.class).setParameter("ids", claimIds).getResultList()
                    .forEach(v -> byClaim.computeIfAbsent(v.claimId(), k -> new ArrayList<>()).add(v));
        }
        return byClaim;
    }

    /** The comments in thread order: each reply right after its parent, one level deeper. */
    public List<CommentRow> thread(long claimId) {
        List<CommentRow> all = em.createQuery(CommentRow.SELECT + " where c.claim.id = :id order by c.createdAt, c.id",
                CommentRow.class).setParameter("id", claimId).getResultList();
        Map<Long, List<CommentRow>> replies = new HashMap<>();
        List<CommentRow> roots = new ArrayList<>();
        for (CommentRow row : all) {
            if (row.parentId() == null) {
                roots.add(row);
            } else {
                replies.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<CommentRow> ordered = new ArrayList<>();
        roots.forEach(root -> addWithReplies(root, 0, replies, ordered));
        return ordered;
    }

    private static void addWithReplies(CommentRow row, int depth, Map<Long, List<CommentRow>> replies, List<CommentRow> out) {
        out.add(row.at(depth));
        replies.getOrDefault(row.id(), List.of()).forEach(reply -> addWithReplies(reply, depth + 1, replies, out));
    }
}
