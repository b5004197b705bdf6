package io.claimdesk.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a username may be, for the admins' form and their API alike. */
@Documented
@NotNull
@Pattern(regexp = "[A-Za-z0-9._-]{2,100}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Username {

    String message() default "A username has 2 to 100 letters, digits, dots, dashes or underscores.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
