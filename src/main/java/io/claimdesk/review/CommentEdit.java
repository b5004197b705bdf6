package io.claimdesk.review;

/** A comment's new text, from its author's edit form or the API: {@code {body}}. */
public record CommentEdit(@CommentText String body) {
}
