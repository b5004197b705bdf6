package io.claimdesk.web;

import java.util.Map;

/** A form shown again after a refused submit: what was typed (never passwords) and the message per field. */
public record FormState(Map<String, String> values, Map<String, String> errors) {

    public static FormState empty() {
        return new FormState(Map.of(), Map.of());
    }

    public static FormState refused(InvalidInputException e, Map<String, String> values) {
        return new FormState(values, Map.of(e.field, e.getMessage()));
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
