package io.claimdesk.review;

/** A comment as sent: {@code {body, parentId?}}. */
public record CommentInput(String body, Long parentId) {
}
