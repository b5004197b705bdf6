package io.claimdesk.account;

import io.claimdesk.web.OneOf;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The id of a {@link Role}: {@code reviewer}, {@code editor} or {@code admin}. */
@Documented
@NotBlank
@OneOf(Role.class)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RoleId {

    String message() default "role must be one of reviewer, editor, admin";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
