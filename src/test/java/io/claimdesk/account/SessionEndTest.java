package io.claimdesk.account;

import io.claimdesk.FormSession;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimdesk.TestUsers.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Signing out, a new password and an admin's reset end the account's sessions, also copies of the cookie. */
@QuarkusTest
class SessionEndTest {

    @Test
    void aCopiedCookieStopsWorkingAfterSignOut() {
        String reviewer = TestUsers.newUser("reviewer");
        FormSession browser = ForgedRequestsTest.openSession(reviewer);
        String copied = browser.cookies().get("claimdesk-session");
        String otherDevice = SecurityTest.signIn(reviewer);

        browser.post("/logout", Map.of()).then().statusCode(303);

        assertSignedOut(copied);
        assertSignedOut(otherDevice);
        given().cookie("claimdesk-session", SecurityTest.signIn(reviewer)).redirects().follow(false).get("/")
                .then().statusCode(200);
    }

    @Test
    void aNewPasswordEndsTheAccountsSessions() {
        String reviewer = TestUsers.newUser("reviewer");
        FormSession browser = ForgedRequestsTest.openSession(reviewer);
        String otherDevice = SecurityTest.signIn(reviewer);

        browser.post("/account/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", "a-brand-new-password", "confirmation", "a-brand-new-password")).then().statusCode(303);

        assertSignedOut(browser.cookies().get("claimdesk-session"));
        assertSignedOut(otherDevice);
        given().auth().preemptive().basic(reviewer, "a-brand-new-password").get("/api/claims?size=1").then().statusCode(200);
    }

    @Test
    void anAdminsResetEndsTheAccountsSessions() {
        String reviewer = TestUsers.newUser("reviewer");
        String session = SecurityTest.signIn(reviewer);
        long id = asAdmin().get("/api/users").jsonPath().getLong("find { it.username == '" + reviewer + "' }.id");

        asAdmin().contentType(ContentType.JSON).body(Map.of("password", "set-by-the-admin-1", "mustChangePassword", false))
                .post("/api/users/" + id + "/password").then().statusCode(200);

        assertSignedOut(session);
        given().auth().preemptive().basic(reviewer, "set-by-the-admin-1").get("/api/claims?size=1").then().statusCode(200);
        TestUsers.as(reviewer).get("/api/claims?size=1").then().statusCode(401);
    }

    @Test
    void anAdminResetsAPasswordOnTheAccountsPage() {
        String reviewer = TestUsers.newUser("reviewer");
        String session = SecurityTest.signIn(reviewer);
        long id = asAdmin().get("/api/users").jsonPath().getLong("find { it.username == '" + reviewer + "' }.id");
        FormSession admin = FormSession.open("/admin/users", TestUsers::asAdmin);

        admin.post("/admin/users/" + id + "/password", Map.of("newPassword", "            ", "temporaryPassword", "true"))
                .then().statusCode(400).body(containsString("cannot be only spaces"));
        admin.post("/admin/users/" + id + "/password", Map.of("newPassword", "temporary-from-admin", "temporaryPassword", "true"))
                .then().statusCode(303).header("Location", containsString("done=reset"));

        assertSignedOut(session);
        given().auth().preemptive().basic(reviewer, "temporary-from-admin").get("/api/claims").then().statusCode(403)
                .body(containsString("password change required"));
    }

    private static void assertSignedOut(String session) {
        given().cookie("claimdesk-session", session).redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/login"));
        given().cookie("claimdesk-session", session).get("/api/claims?size=1").then().statusCode(401);
    }
}
