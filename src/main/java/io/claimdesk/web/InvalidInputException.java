package io.claimdesk.web;

/** A request value that cannot be used; answered with 400 naming the field and what to fix. */
public class InvalidInputException extends RuntimeException {

    public final String field;

    public InvalidInputException(String field, String detail) {
        super(detail);
        this.field = field;
    }
}
