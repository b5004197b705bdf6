package io.claimdesk.review;

/** A comment as sent: {@code {body, parentId?}}; {@link Comments} checks that the parent is on the same claim. */
public record CommentInput(@CommentText String body, Long parentId) {
}
