package io.claimdesk.failure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks the fields of one request and refuses them together: a check that throws {@link Invalid} leaves its errors
 * here instead of ending the request, so the sender learns of every wrong field at once.
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** What the check gives, or null when it refused (its errors wait for {@link #refuseIfAny}). */
    public <T> T value(Supplier<T> check) {
        try {
            return check.get();
        } catch (Invalid e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Throws one {@link Invalid} with every error found so far, if any. */
    public void refuseIfAny() {
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }
}
