package io.claimdesk.failure;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Values of a request that cannot be used: 400, with every field that is wrong and what to fix in each, so a
 * form can show them all at once. The message joins them as sentences, for answers that have room for one text.
 */
public final class Invalid extends DeskFailure {

    private final List<FieldError> errors;

    public Invalid(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public Invalid(List<FieldError> errors) {
        super(joined(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same errors under other field names: a page with two forms tells apart whose field was wrong. */
    public Invalid renamed(UnaryOperator<String> rename) {
        return new Invalid(errors.stream().map(e -> new FieldError(rename.apply(e.field()), e.message())).toList());
    }

    private static String joined(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an Invalid names at least one field");
        }
        if (errors.size() == 1) {
            return errors.get(0).message();
        }
        return errors.stream().map(e -> e.message().matches("(?s).*[.!?]") ? e.message() : e.message() + ".")
                .collect(Collectors.joining(" "));
    }
}
