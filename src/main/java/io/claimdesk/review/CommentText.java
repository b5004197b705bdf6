package io.claimdesk.review;

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

/** A comment's text, new or edited: some words, at most {@link Comments#MAX_BODY} characters once trimmed. */
@Documented
@Constraint(validatedBy = CommentText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CommentText {

    String message() default "{problem}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CommentText, String> {

        @Override
        public boolean isValid(String body, ConstraintValidatorContext context) {
            int length = body == null ? 0 : body.strip().length();
            if (length > 0 && length <= Comments.MAX_BODY) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("problem", length == 0
                    ? "A comment needs some text."
                    : "A comment has at most " + Comments.MAX_BODY + " characters; this one has " + length + ".");
            return false;
        }
    }
}
