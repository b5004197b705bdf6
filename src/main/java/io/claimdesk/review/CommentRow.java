package io.claimdesk.review;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.List;

/**
 * A comment as pages and the API show it; {@code body} is null once deleted. {@code depth} places a reply
 * under its parent in the thread.
 */
public record CommentRow(long id, Long parentId, String author, String body, boolean deleted, Instant createdAt,
                         Instant editedAt, @JsonIgnore int depth) {

    public CommentRow(long id, Long parentId, String author, String body, boolean deleted, Instant createdAt,
                      Instant editedAt) {
        this(id, parentId, author, deleted ? null : body, deleted, createdAt, editedAt, 0);
    }

    CommentRow at(int newDepth) {
        return new CommentRow(id, parentId, author, body, deleted, createdAt, editedAt, newDepth);
    }

    /** The body cut into plain text and links, so links become clickable while everything stays escaped. */
    @JsonIgnore
    public List<LinkedText.Part> parts() {
        return body == null ? List.of() : LinkedText.parts(body);
    }

    static final String SELECT = """
            select new io.claimdesk.review.CommentRow(c.id, c.parent.id, a.username, c.body, c.deleted, c.createdAt,
                   c.editedAt)
            from ClaimComment c join c.author a
            """;
}
