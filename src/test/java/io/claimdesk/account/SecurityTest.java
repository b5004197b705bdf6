package io.claimdesk.account;

import io.claimdesk.FormSession;
import io.claimdesk.TestArticles;
import io.claimdesk.article.Article;
import jakarta.inject.Inject;
import io.claimdesk.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static io.claimdesk.TestUsers.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SecurityTest {

    @Test
    void anonymousPeopleAreSentToSignInAndMachinesGet401() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/login"));
        given().redirects().follow(false).get("/articles/1").then().statusCode(303);
        given().get("/api/claims").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", equalTo("unauthorized"));
        given().auth().preemptive().basic("admin", "not-the-password").get("/api/claims").then().statusCode(401)
                .body("error", equalTo("unauthorized"));
        given().get("/login").then().statusCode(200).body(containsString("Sign in"));
        given().get("/q/health").then().statusCode(200);
        given().get("/css/app.css").then().statusCode(200);
    }

    @Test
    void theRoleMatrixHolds() {
        String reviewer = TestUsers.newUser("reviewer");
        String editor = TestUsers.newUser("editor");
        long claim = anyClaimId();
        Map<String, String> verdict = Map.of("verdict", "CONTESTED", "rationale", "The figures differ from the ministry's.");

        as(reviewer).contentType(ContentType.JSON).body(Map.of("username", "x-" + reviewer, "password", "long-enough-pass", "role", "admin"))
                .post("/api/users").then().statusCode(403).body("error", equalTo("forbidden"));
        as(reviewer).contentType(ContentType.JSON).body(verdict).post("/api/claims/" + claim + "/settlement")
                .then().statusCode(403);
        as(reviewer).contentType(ContentType.JSON).body(verdict).post("/api/claims/" + claim + "/verdicts")
                .then().statusCode(201);
        as(editor).contentType(ContentType.JSON).body(verdict).post("/api/claims/" + claim + "/settlement")
                .then().statusCode(201);
        as(editor).contentType(ContentType.JSON).body(Map.of("username", "x-" + editor, "password", "long-enough-pass", "role", "reviewer"))
                .post("/api/users").then().statusCode(403);
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "x-" + editor, "password", "long-enough-pass", "role", "reviewer"))
                .post("/api/users").then().statusCode(201).body("role", equalTo("reviewer")).body("passwordHash", nullValue());
        given().contentType(ContentType.JSON).body(verdict).post("/api/claims/" + claim + "/verdicts").then().statusCode(401);
        as(reviewer).redirects().follow(false).get("/admin/users").then().statusCode(403);
    }

    @Test
    void accountsNeedGoodInputAndUniqueNames() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "shorty", "password", "11-chars-xx", "role", "reviewer"))
                .post("/api/users").then().statusCode(400).body("error", equalTo("invalid password"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "someone", "password", "long-enough-pass", "role", "boss"))
                .post("/api/users").then().statusCode(400).body("error", equalTo("invalid role"));
        String taken = TestUsers.newUser("reviewer");
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", taken, "password", "long-enough-pass", "role", "reviewer"))
                .post("/api/users").then().statusCode(409).body("error", equalTo("conflict"));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        Response page = given().get("/login");
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("frame-ancestors 'none'"), "CSP: " + csp);
        assertTrue(csp.contains("script-src 'self'"), "no inline or foreign scripts: " + csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertTrue(page.header("Referrer-Policy") != null);
        TestUsers.asReviewer().get("/api/claims?size=1").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void signingInWithTheFormGivesAnHttpOnlySameSiteSessionAndSigningOutEndsIt() {
        String reviewer = TestUsers.newUser("reviewer");
        String session = signIn(reviewer);
        given().cookie("claimdesk-session", session).get("/").then().statusCode(200)
                .body(containsString("Sign out " + reviewer));

        FormSession form = FormSession.open("/", () -> given().cookie("claimdesk-session", session));
        Response out = form.post("/logout", Map.of());
        out.then().statusCode(303).header("Location", containsString("/login"));
        assertTrue(out.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("claimdesk-session=;") && c.contains("Max-Age=0")), "the session cookie is expired");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        String reviewer = TestUsers.newUser("reviewer");
        long claim = anyClaimId();
        String session = signIn(reviewer);
        given().cookie("claimdesk-session", session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("verdict", "CONTESTED").formParam("rationale", "no token")
                .post("/claims/" + claim + "/verdicts").then().statusCode(403)
                .body(containsString("security token was missing or has expired"));
        FormSession form = FormSession.open("/claims/" + claim, () -> given().cookie("claimdesk-session", session));
        form.post("/claims/" + claim + "/verdicts", Map.of("verdict", "CONTESTED", "rationale", "with token"))
                .then().statusCode(303);
    }

    @Test
    void tenFailuresInAMinuteLockTheUsernameButNotOthers() {
        String target = TestUsers.newUser("reviewer");
        String bystander = TestUsers.newUser("reviewer");
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic(target, "wrong-password-" + i).get("/api/claims?size=1").then().statusCode(401);
        }
        as(target).get("/api/claims?size=1").then().statusCode(401);
        as(bystander).get("/api/claims?size=1").then().statusCode(200);
    }

    @Test
    void aDisabledAccountsSessionStopsWorking() {
        String reviewer = TestUsers.newUser("reviewer");
        String session = signIn(reviewer);
        given().cookie("claimdesk-session", session).redirects().follow(false).get("/").then().statusCode(200);
        long id = asAdmin().get("/api/users").jsonPath().getLong("find { it.username == '" + reviewer + "' }.id");

        asAdmin().contentType(ContentType.JSON).post("/api/users/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));

        given().cookie("claimdesk-session", session).redirects().follow(false).get("/").then().statusCode(303);
        as(reviewer).get("/api/claims?size=1").then().statusCode(401);
    }

    static String signIn(String username) {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, response.statusCode(), "signed in");
        String setCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("claimdesk-session=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
        return response.getCookie("claimdesk-session");
    }

    @Inject
    TestArticles articles;

    /** A claim of an article this test makes, so verdicts here touch no other test's data. */
    long anyClaimId() {
        Article article = articles.create(TestArticles.uniqueOutlet("Security"), LocalDate.of(2022, 2, 2), TestArticles.DRONES);
        return TestUsers.asReviewer().get("/api/claims?article=" + article.id).jsonPath().getLong("items[0].id");
    }
}
