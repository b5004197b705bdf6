package io.claimdesk.account;

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

/**
 * A new password meets {@link Passwords}' rules. The rules stay there (hashing refuses what breaks them, whoever
 * asks); this reports them on a form or a body beside its other wrong fields, all at once.
 */
@Documented
@Constraint(validatedBy = PasswordRule.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordRule {

    String message() default "{problem}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PasswordRule, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            String problem = Passwords.problem(password);
            if (problem == null) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("problem", problem);
            return false;
        }
    }
}
