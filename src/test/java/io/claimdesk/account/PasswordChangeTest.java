package io.claimdesk.account;

import io.claimdesk.FormSession;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.claimdesk.TestUsers.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A temporary password (as the bootstrap admin gets) allows nothing but choosing one's own. */
@QuarkusTest
class PasswordChangeTest {

    @Test
    void aTemporaryPasswordMustBeReplacedBeforeAnythingElse() {
        String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = "temporary-password-1";
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", temporary, "role", "reviewer", "mustChangePassword", true))
                .post("/api/users").then().statusCode(201).body("mustChangePassword", equalTo(true));

        given().auth().preemptive().basic(username, temporary).get("/api/claims").then().statusCode(403)
                .body("error", equalTo("password change required"));
        given().auth().preemptive().basic(username, temporary).redirects().follow(false).get("/").then()
                .statusCode(303).header("Location", containsString("/account/password"));

        FormSession form = FormSession.open("/account/password", () -> given().auth().preemptive().basic(username, temporary));
        form.post("/account/password", Map.of("currentPassword", temporary, "newPassword", "short", "confirmation", "short"))
                .then().statusCode(400).body(containsString("at least 12 characters"));
        form.post("/account/password", Map.of("currentPassword", temporary, "newPassword", "my-own-password-1",
                "confirmation", "my-own-password-1")).then().statusCode(303);

        given().auth().preemptive().basic(username, "my-own-password-1").get("/api/claims?size=1").then().statusCode(200);
        given().auth().preemptive().basic(username, temporary).get("/api/claims?size=1").then().statusCode(401);
        asAdmin().get("/api/users").then().body("find { it.username == '" + username + "' }.mustChangePassword", equalTo(false));
        TestUsers.asAdmin().get("/api/users").then().statusCode(200);
    }
}
