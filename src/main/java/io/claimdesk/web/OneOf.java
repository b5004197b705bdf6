package io.claimdesk.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;

/**
 * The text names one of an enum's constants, in any case, as {@link Params#parseEnum} reads it. A missing or blank
 * value passes (add {@code @NotBlank} where one is needed). The message may use {@code {choices}} and {@code {given}}.
 */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "must be one of {choices}, not '{given}'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneOf, String> {

        private Enum<?>[] constants;

        @Override
        public void initialize(OneOf oneOf) {
            constants = oneOf.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String name = value.strip().toUpperCase(Locale.ROOT);
            if (Arrays.stream(constants).anyMatch(c -> c.name().equals(name))) {
                return true;
            }
            // Parameters are put into the message as they are, never read as a template: the value is the sender's.
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("choices", Arrays.toString(constants))
                    .addMessageParameter("given", value.strip());
            return false;
        }
    }
}
