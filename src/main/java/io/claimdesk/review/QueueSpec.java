package io.claimdesk.review;

import io.claimdesk.claim.ClaimField;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimSort;
import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.article.DeskTopics;
import io.claimdesk.failure.Invalid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Which review queue a reviewer works through: a view, optionally narrowed to a topic and an outlet. */
public record QueueSpec(View view, String topic, String outlet) {

    /** The queues a reviewer can pick. */
    public enum View {
        UNREVIEWED("Unreviewed"), DISPUTED("Disputed"), DISAGREE("Reviewers disagree"), MINE("Reviewed by me");

        public final String label;

        View(String label) {
            this.label = label;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The queue named by request parameters, or null when none was named. */
    public static QueueSpec parse(String view, String topic, String outlet) {
        if (view == null || view.isBlank()) {
            return null;
        }
        View chosen = Arrays.stream(View.values()).filter(v -> v.id().equalsIgnoreCase(view.strip())).findFirst()
                .orElseThrow(() -> new Invalid("queue", "queue must be one of unreviewed, disputed, disagree, mine"));
        if (topic != null && !topic.isBlank() && !DeskTopics.contains(topic)) {
            throw new Invalid("topic", "topic must be one of " + DeskTopics.ids());
        }
        return new QueueSpec(chosen, blankToNull(topic), blankToNull(outlet));
    }

    public ClaimFilter filter(long accountId, int page, int size) {
        ClaimFilter queue = ClaimFilter.unfiltered(ClaimSort.QUEUE, page, size)
                .with(ClaimField.TOPIC, topic).with(ClaimField.OUTLET, outlet);
        return switch (view) {
            case UNREVIEWED -> queue.with(ClaimField.STATUS, ClaimStatus.UNREVIEWED);
            case DISPUTED -> queue.with(ClaimField.DISPUTED, true);
            case DISAGREE -> queue.with(ClaimField.REVIEWERS_DISAGREE, true);
            case MINE -> queue.with(ClaimField.REVIEWED_BY, accountId);
        };
    }

    /** The query string that names this queue, for the queue page and for a claim opened from it. */
    public String query() {
        StringBuilder q = new StringBuilder("queue=").append(view.id());
        if (topic != null) {
            q.append("&qtopic=").append(URLEncoder.encode(topic, StandardCharsets.UTF_8));
        }
        if (outlet != null) {
            q.append("&qoutlet=").append(URLEncoder.encode(outlet, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
