package io.claimdesk.web;

import io.claimdesk.FormSession;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A request with several wrong fields learns of all of them at once, in the API and on the page's form. */
@QuarkusTest
class InvalidAnswersTest {

    private static final Map<String, String> BAD_NAME_AND_ROLE = Map.of("username", "x", "password", "long-enough-pass",
            "role", "boss");

    @Test
    void anApiRequestWithTwoWrongFieldsIsAnsweredWithBoth() {
        asAdmin().contentType(ContentType.JSON).body(BAD_NAME_AND_ROLE).post("/api/users").then().statusCode(400)
                .body("error", equalTo("invalid input"))
                .body("errors.field", equalTo(List.of("username", "role")))
                .body("errors.message", equalTo(List.of(
                        "A username has 2 to 100 letters, digits, dots, dashes or underscores.",
                        "role must be one of reviewer, editor, admin")))
                .body("detail", allOf(containsString("A username has"), containsString("role must be one of")));
    }

    @Test
    void anApiRequestWithOneWrongFieldNamesItAndListsItsOneError() {
        asReviewer().get("/api/claims?topic=no-such-topic").then().statusCode(400)
                .body("error", equalTo("invalid topic"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("topic"))
                .body("errors[0].message", containsString("not 'no-such-topic'"));
    }

    @Test
    void theAccountFormShowsEveryWrongFieldBesideItself() {
        FormSession admin = FormSession.open("/admin/users", TestUsers::asAdmin);
        Response refused = admin.post("/admin/users", BAD_NAME_AND_ROLE);
        refused.then().statusCode(400)
                .body(containsString("id=\"username-error\""))
                .body(containsString("id=\"role-error\""))
                .body(containsString("role must be one of reviewer, editor, admin"));
    }
}
