package io.claimdesk.account;

import io.claimdesk.FormSession;
import io.claimdesk.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.claimdesk.TestUsers.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in tells nothing by its timing, a lock holds only against the address that guessed, passwords are whole. */
@QuarkusTest
class SignInHardeningTest {

    @Inject
    MeterRegistry registry;

    @Test
    void anUnknownUsernameCostsTheSameHashCheckAsAWrongPassword() {
        String known = TestUsers.newUser("reviewer");
        double before = checks();
        given().auth().preemptive().basic("nobody-" + UUID.randomUUID(), "some-password-1").get("/api/claims").then().statusCode(401);
        assertEquals(1.0, checks() - before, "an unknown username is checked against a decoy hash");
        given().auth().preemptive().basic(known, "some-password-1").get("/api/claims").then().statusCode(401);
        assertEquals(2.0, checks() - before);
    }

    @Test
    void anAdminLockedOutFromOneAddressStillSignsInFromAnother() {
        String attacker = "203.0.113." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < 10; i++) {
            asAdminFrom(attacker, "guess-" + i).get("/api/claims?size=1").then().statusCode(401);
        }
        asAdminFrom(attacker, TestUsers.ADMIN_PASSWORD).get("/api/claims?size=1").then().statusCode(401);
        asAdminFrom("198.51.100.9", TestUsers.ADMIN_PASSWORD).get("/api/claims?size=1").then().statusCode(200);
        asAdmin().get("/api/claims?size=1").then().statusCode(200);
    }

    @Test
    void blankAndOverlongPasswordsAreRefusedWithTheLimit() {
        String name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        newAccount(name, " ".repeat(12)).then().statusCode(400).body("detail", containsString("only spaces"));
        newAccount(name, "é".repeat(37)).then().statusCode(400).body("error", equalTo("invalid password"))
                .body("detail", containsString("at most 72 bytes"));
        newAccount(name, "x".repeat(72)).then().statusCode(201);

        FormSession form = FormSession.open("/account/password", () -> given().auth().preemptive().basic(name, "x".repeat(72)));
        form.post("/account/password", Map.of("currentPassword", "x".repeat(72), "newPassword", "y".repeat(73),
                "confirmation", "y".repeat(73))).then().statusCode(400).body(containsString("at most 72 bytes"));
        long id = asAdmin().get("/api/users").jsonPath().getLong("find { it.username == '" + name + "' }.id");
        asAdmin().contentType(ContentType.JSON).body(Map.of("password", "\t".repeat(14)))
                .post("/api/users/" + id + "/password").then().statusCode(400).body("detail", containsString("only spaces"));
    }

    @Test
    void metricsAreForAdminsAndHealthForAll() {
        // Anonymous: refused with the Basic challenge (401) or sent to the sign-in page (302); which of the two
        // mechanisms answers is Quarkus' choice and differs between the H2 and PostgreSQL builds.
        Response anonymous = given().redirects().follow(false).get("/q/metrics");
        assertTrue(anonymous.statusCode() == 401
                || anonymous.statusCode() == 302 && anonymous.header("Location").contains("/login"),
                anonymous.statusCode() + " " + anonymous.header("Location"));
        assertFalse(anonymous.asString().contains("jvm_"), "no metric shown to anyone anonymous");
        TestUsers.asReviewer().get("/q/metrics").then().statusCode(403);
        asAdmin().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().get("/q/health").then().statusCode(200);
    }

    @Test
    void signedInAnswersAreNotStored() {
        TestUsers.asReviewer().get("/api/claims?size=1").then().statusCode(200).header("Cache-Control", "no-store");
        String session = SecurityTest.signIn(TestUsers.newUser("reviewer"));
        given().cookie("claimdesk-session", session).get("/").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void cookiesAreSecureOverHttpsAndTheCsrfCookieIsSameSite() {
        Response page = TestUsers.asReviewer().header("X-Forwarded-Proto", "https").get("/");
        String csrf = page.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("claimdesk-csrf=")).findFirst().orElseThrow();
        assertTrue(csrf.contains("Secure") && csrf.contains("SameSite=Lax"), csrf);
        Response plain = TestUsers.asReviewer().get("/");
        String plainCsrf = plain.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("claimdesk-csrf=")).findFirst().orElseThrow();
        assertTrue(plainCsrf.contains("SameSite=Lax") && !plainCsrf.contains("Secure"), plainCsrf);

        Response signIn = given().header("X-Forwarded-Proto", "https").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", TestUsers.reviewerName())
                .formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");
        String session = signIn.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("claimdesk-session=")).findFirst().orElseThrow();
        assertTrue(session.contains("Secure"), session);
        assertNotEquals(-1, session.indexOf("SameSite=Strict"), session);
    }

    private static io.restassured.specification.RequestSpecification asAdminFrom(String address, String password) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(TestUsers.ADMIN, password);
    }

    private static Response newAccount(String username, String password) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("username", username, "password", password, "role", "reviewer"))
                .post("/api/users");
    }

    private double checks() {
        return registry.counter("claimdesk.password.checks").count();
    }
}
