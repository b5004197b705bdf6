package io.claimdesk.failure;

/** One field of a request and what is wrong with its value, said so the sender can fix it. */
public record FieldError(String field, String message) {
}
