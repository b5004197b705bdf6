package io.claimdesk.web;

import io.claimdesk.failure.FieldError;
import io.claimdesk.failure.Invalid;
import java.util.LinkedHashMap;
import java.util.Map;

/** A form shown again after a refused submit: what was typed (never passwords) and the message per field. */
public record FormState(Map<String, String> values, Map<String, String> errors) {

    public static FormState empty() {
        return new FormState(Map.of(), Map.of());
    }

    /** Every wrong field's message beside it; a field named twice shows its first message. */
    public static FormState refused(Invalid e, Map<String, String> values) {
        return new FormState(values, messages(e));
    }

    /** The refusal's messages by field, in the order they were found. */
    public static Map<String, String> messages(Invalid e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.putIfAbsent(error.field(), error.message());
        }
        return errors;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The ids that describe a field ({@code aria-describedby}): its hint if it has one, and its message if refused. */
    public String describedBy(String field, String hint) {
        String message = errors.containsKey(field) ? field + "-error" : "";
        return (hint + " " + message).strip();
    }
}
