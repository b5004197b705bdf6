package io.claimdesk.web;

import io.claimdesk.failure.FieldError;
import io.claimdesk.failure.Invalid;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bean Validation's violations become the desk's field errors: named by the form's fields, in the form's order. */
class ViolationsTest {

    private final Validator validator = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    enum Colour { RED, GREEN }

    /** Declared out of alphabetical order, so the order of the answer shows where it comes from. */
    record Form(@NotBlank(message = "Name it.") String title,
                @OneOf(value = Colour.class, message = "colour must be one of {choices}, not '{given}'") String colour,
                String again) {

        @AssertTrue(message = "The two differ.")
        public boolean isAgain() {
            return title == null || title.equals(again);
        }
    }

    @Test
    void everyWrongFieldIsNamedInTheOrderTheFormDeclaresIt() {
        Invalid refused = assertThrows(Invalid.class, () -> Violations.check(validator, new Form(" ", "blue", "x")));
        assertEquals(List.of(new FieldError("title", "Name it."),
                new FieldError("colour", "colour must be one of [RED, GREEN], not 'blue'"),
                new FieldError("again", "The two differ.")), refused.errors());
    }

    @Test
    void aFormThatKeepsItsConstraintsIsItself() {
        Form form = new Form("Title", "green", "Title");
        assertSame(form, Violations.check(validator, form));
    }

    @Test
    void aViolatedBodyIsAnsweredLikeAnyInvalidRequestNotInTheValidatorsShape() {
        var violations = validator.validate(new Form("", "RED", ""));
        UriInfo api = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? "/api/things" : null);
        Response answer = new ErrorMappers().violated(new ConstraintViolationException(violations), api);
        assertEquals(400, answer.getStatus());
        ErrorMappers.InvalidError body = (ErrorMappers.InvalidError) answer.getEntity();
        assertEquals("invalid title", body.error());
        assertEquals(List.of(new FieldError("title", "Name it.")), body.errors());
    }
}
