package io.claimdesk.web;

import io.claimdesk.failure.FieldError;
import io.claimdesk.failure.Invalid;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one reading of Bean Validation's answer. Every broken constraint of a form record or a request body becomes a
 * {@link FieldError} named as the form or the body names the field, so a page shows every wrong field at once beside
 * itself ({@link FormState#refused}) and the API lists them all ({@link ErrorMappers}).
 */
public final class Violations {

    /** The validator keeps its violations in a set: the form's own order of fields reads better, and stays put. */
    private static final Comparator<ConstraintViolation<?>> AS_DECLARED = Comparator
            .comparingInt(Violations::position)
            .thenComparing(Violations::field)
            .thenComparing(ConstraintViolation::getMessage);

    private Violations() {
    }

    /** The form itself when it keeps every constraint; otherwise an {@link Invalid} listing each wrong field. */
    public static <T> T check(Validator validator, T form) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return form;
    }

    /** The violations as one refusal, in the order the form declares its fields. */
    public static Invalid invalid(Collection<? extends ConstraintViolation<?>> violations) {
        return new Invalid(violations.stream().sorted(AS_DECLARED)
                .map(v -> new FieldError(field(v), v.getMessage())).toList());
    }

    /**
     * The name of the field the violation is about: the last property or parameter of its path. A body checked as a
     * resource's parameter has the path {@code create.body.username}; a value inside a list adds a nameless node.
     */
    static String field(ConstraintViolation<?> violation) {
        String field = "input";
        for (Path.Node node : violation.getPropertyPath()) {
            if ((node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) && node.getName() != null) {
                field = node.getName();
            }
        }
        return field;
    }

    /** Where the field is declared in its record (or class); a field it cannot find goes last. */
    private static int position(ConstraintViolation<?> violation) {
        Object bean = violation.getLeafBean();
        if (bean == null) {
            return Integer.MAX_VALUE;
        }
        Class<?> type = bean.getClass();
        List<String> names = type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()
                : Arrays.stream(type.getDeclaredFields()).map(java.lang.reflect.Field::getName).toList();
        int at = names.indexOf(field(violation));
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
