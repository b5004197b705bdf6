package io.claimdesk.web;

import io.claimdesk.failure.Conflict;
import io.claimdesk.failure.Duplicate;
import io.claimdesk.failure.FieldError;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.failure.Refused;
import io.claimdesk.failure.StaleVersion;
import io.claimdesk.failure.TooLarge;
import io.claimdesk.failure.Unsupported;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each kind of refusal the features throw has one answer under {@code /api}: its status and its {@code error}. These
 * answers are what API clients branch on, so they are pinned here, beside the end-to-end tests of each feature.
 */
class ErrorMappersTest {

    private final ErrorMappers mappers = new ErrorMappers();
    private final UriInfo api = uri("/api/things/7");

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? path : null);
    }

    private ContainerRequestContext apiRequest() {
        return (ContainerRequestContext) Proxy.newProxyInstance(ContainerRequestContext.class.getClassLoader(),
                new Class<?>[]{ContainerRequestContext.class},
                (proxy, method, args) -> method.getName().equals("getUriInfo") ? api : null);
    }

    private static void assertAnswer(Response answer, int status, String error) {
        assertEquals(status, answer.getStatus());
        Object body = answer.getEntity();
        String said = body instanceof ErrorMappers.ApiError e ? e.error()
                : body instanceof ErrorMappers.InvalidError e ? e.error()
                : body instanceof ErrorMappers.StaleEdit e ? e.error() : null;
        assertEquals(error, said, "the error of " + body);
    }

    @Test
    void eachKindOfRefusalHasItsStatusAndError() {
        assertAnswer(mappers.notFound(new NotFound("There is no claim 7"), api), 404, "not found");
        assertAnswer(mappers.conflict(new Conflict("Claim 7 is not orphaned"), api), 409, "conflict");
        assertAnswer(mappers.refused(new Refused("invalid csrf token", "Reload the page."), apiRequest()), 403,
                "invalid csrf token");
        assertAnswer(mappers.tooLarge(new TooLarge("At most 5 MB."), api), 413, "too large");
        assertAnswer(mappers.unsupported(new Unsupported("The file is a PDF."), api), 415, "unsupported body");
        assertAnswer(mappers.invalid(new Invalid("topic", "topic must be one of …"), api), 400, "invalid topic");
    }

    @Test
    void aDuplicateAnswersConflictWithWhereTheStoredOneIs() {
        Response answer = mappers.duplicate(new Duplicate("duplicate article", "Stored as article 7.", 7,
                "/api/articles/7"), api);
        assertAnswer(answer, 409, "duplicate article");
        assertEquals("/api/articles/7", answer.getLocation().toString());
    }

    @Test
    void aStaleEditAnswersConflictWithTheStoredVersionAndValue() {
        Map<String, String> stored = Map.of("title", "Stored title");
        Response answer = mappers.staleVersion(new StaleVersion("Changed since version 2.", 3, stored));
        assertAnswer(answer, 409, "stale edit");
        assertEquals("\"3\"", answer.getHeaderString(HttpHeaders.ETAG));
        ErrorMappers.StaleEdit body = (ErrorMappers.StaleEdit) answer.getEntity();
        assertEquals(3, body.currentVersion());
        assertEquals(stored, body.current());
    }

    @Test
    void anInvalidRequestListsEveryWrongFieldAndJoinsTheirMessages() {
        List<FieldError> errors = List.of(new FieldError("username", "A username has 2 to 100 letters."),
                new FieldError("role", "role must be one of reviewer, editor, admin"));
        Response answer = mappers.invalid(new Invalid(errors), api);
        assertAnswer(answer, 400, "invalid input");
        ErrorMappers.InvalidError body = (ErrorMappers.InvalidError) answer.getEntity();
        assertEquals(errors, body.errors());
        assertEquals("A username has 2 to 100 letters. role must be one of reviewer, editor, admin.", body.detail());
    }

    @Test
    void aOneFieldInvalidRequestKeepsItsMessageAsTheDetailAndListsItsOneError() {
        Response answer = mappers.invalid(new Invalid("after", "after must be a Next link's position"), api);
        ErrorMappers.InvalidError body = (ErrorMappers.InvalidError) answer.getEntity();
        assertEquals("after must be a Next link's position", body.detail());
        assertEquals(List.of(new FieldError("after", "after must be a Next link's position")), body.errors());
    }
}
