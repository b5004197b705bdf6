package io.claimdesk.account;

import io.claimdesk.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.claimdesk.TestUsers.as;
import static io.claimdesk.TestUsers.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApiTokenTest {

    @Inject
    EntityManager em;

    /** What {@code POST /api/tokens} answered: the id and the token shown once. */
    record Issued(long id, String token, String prefix) {
    }

    static Issued issue(String username, String name) {
        Response response = asAdmin().contentType(ContentType.JSON).body(Map.of("username", username, "name", name))
                .post("/api/tokens");
        response.then().statusCode(201).header("Cache-Control", "no-store")
                .body("username", equalTo(username)).body("name", equalTo(name))
                .body("token", startsWith("cdt_")).body("createdAt", notNullValue());
        String token = response.jsonPath().getString("token");
        assertEquals(token.substring(0, 12), response.jsonPath().getString("prefix"));
        return new Issued(response.jsonPath().getLong("id"), token, response.jsonPath().getString("prefix"));
    }

    static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    static long accountId(String username) {
        return asAdmin().get("/api/users").jsonPath().getLong("find { it.username == '" + username + "' }.id");
    }

    @Test
    void aReviewersTokenReadsTheApiWithTheReviewersRoleOnly() {
        String reviewer = TestUsers.newUser("reviewer");
        String token = issue(reviewer, "newsroom dashboard").token();

        withToken(token).get("/api/claims?size=1").then().statusCode(200).body("page", equalTo(1));
        given().header("Authorization", "bearer " + token).get("/api/claims?size=1").then().statusCode(200);
        withToken(token).contentType(ContentType.JSON)
                .body(Map.of("username", "x-" + reviewer, "password", "long-enough-pass", "role", "admin"))
                .post("/api/users").then().statusCode(403).body("error", equalTo("forbidden"));
        withToken(token).get("/api/history").then().statusCode(403);
        withToken(token).contentType(ContentType.JSON).body(Map.of("username", reviewer, "name", "another"))
                .post("/api/tokens").then().statusCode(403);
        withToken(token).get("/api/tokens").then().statusCode(403);
    }

    @Test
    void onlyAdminsManageTokensAndAnAdminsTokenMay() {
        String editor = TestUsers.newUser("editor");
        as(editor).contentType(ContentType.JSON).body(Map.of("username", editor, "name", "mine"))
                .post("/api/tokens").then().statusCode(403).body("error", equalTo("forbidden"));
        as(editor).get("/api/tokens").then().statusCode(403);
        as(editor).delete("/api/tokens/1").then().statusCode(403);

        String admin = TestUsers.newUser("admin");
        String adminToken = issue(admin, "provisioning script").token();
        withToken(adminToken).contentType(ContentType.JSON).body(Map.of("username", editor, "name", "made by a token"))
                .post("/api/tokens").then().statusCode(201).body("token", startsWith("cdt_"));
    }

    @Test
    void aWrongOrEmptyTokenIs401WithABearerChallenge() {
        for (String header : List.of("Bearer cdt_not-a-token-we-issued", "Bearer ", "Bearer " + "x".repeat(500))) {
            Response response = given().header("Authorization", header).get("/api/claims?size=1");
            response.then().statusCode(401).body("error", equalTo("unauthorized")).body("detail", containsString("token"));
            List<String> challenges = response.headers().getValues("WWW-Authenticate");
            assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Bearer") && c.contains("invalid_token")),
                    header + ": " + challenges);
            assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Basic")), "Basic stays offered: " + challenges);
        }
        List<String> anonymous = given().get("/api/claims").headers().getValues("WWW-Authenticate");
        assertTrue(anonymous.stream().anyMatch(c -> c.startsWith("Bearer")), "without credentials: " + anonymous);
    }

    @Test
    void aRevokedTokenIs401AndStaysListedAsRevoked() {
        String reviewer = TestUsers.newUser("reviewer");
        Issued issued = issue(reviewer, "to be revoked");
        withToken(issued.token()).get("/api/claims?size=1").then().statusCode(200);

        asAdmin().delete("/api/tokens/" + issued.id()).then().statusCode(204);
        asAdmin().delete("/api/tokens/" + issued.id()).then().statusCode(204);

        withToken(issued.token()).get("/api/claims?size=1").then().statusCode(401)
                .header("WWW-Authenticate", notNullValue()).body("error", equalTo("unauthorized"));
        asAdmin().get("/api/tokens").then().statusCode(200)
                .body("find { it.id == " + issued.id() + " }.revokedAt", notNullValue())
                .body("find { it.id == " + issued.id() + " }.username", equalTo(reviewer));
        asAdmin().get("/api/history?action=TOKEN_REVOKED&size=200").then().statusCode(200)
                .body("items.after", org.hamcrest.Matchers.hasItem(containsString(issued.prefix())));
        asAdmin().delete("/api/tokens/987654321").then().statusCode(404).body("error", equalTo("not found"));
    }

    @Test
    void aDisabledAccountsTokenIs401() {
        String reviewer = TestUsers.newUser("reviewer");
        String token = issue(reviewer, "disabled soon").token();
        withToken(token).get("/api/claims?size=1").then().statusCode(200);

        asAdmin().contentType(ContentType.JSON).post("/api/users/" + accountId(reviewer) + "/disable")
                .then().statusCode(200);

        withToken(token).get("/api/claims?size=1").then().statusCode(401).body("error", equalTo("unauthorized"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", reviewer, "name", "for a disabled account"))
                .post("/api/tokens").then().statusCode(400).body("error", equalTo("invalid username"));
    }

    @Test
    void theTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        String reviewer = TestUsers.newUser("reviewer");
        Issued issued = issue(reviewer, "hash check");

        String list = asAdmin().get("/api/tokens").then().statusCode(200).extract().asString();
        assertFalse(list.contains(issued.token()), "the list never shows a token");
        assertTrue(list.contains(issued.prefix()), "the list shows its prefix");
        asAdmin().get("/api/tokens").then().body("find { it.id == " + issued.id() + " }.token", nullValue());
        String history = asAdmin().get("/api/history?size=200").then().statusCode(200).extract().asString();
        assertTrue(history.contains("TOKEN_CREATED"), "the creation is recorded");
        assertFalse(history.contains(issued.token()), "the history never holds a token");

        String expected = java.util.HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(issued.token().getBytes(StandardCharsets.UTF_8)));
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select token_sha256, prefix, name from api_token where id = :id")
                .setParameter("id", issued.id()).getSingleResult());
        assertEquals(expected, row[0]);
        for (Object column : row) {
            assertFalse(String.valueOf(column).contains(issued.token()), "no column holds the token: " + column);
        }
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        String reviewer = TestUsers.newUser("reviewer");
        Issued issued = issue(reviewer, "busy integrator");
        assertEquals(null, lastUsed(issued.id()));

        withToken(issued.token()).get("/api/claims?size=1").then().statusCode(200);
        Instant first = lastUsed(issued.id());
        assertNotNull(first);
        withToken(issued.token()).get("/api/claims?size=1").then().statusCode(200);
        assertEquals(first, lastUsed(issued.id()), "a second use within the minute writes nothing");
    }

    @Test
    void namesAndUsernamesAreChecked() {
        String reviewer = TestUsers.newUser("reviewer");
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", reviewer, "name", "  "))
                .post("/api/tokens").then().statusCode(400).body("error", equalTo("invalid name"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", reviewer, "name", "n".repeat(201)))
                .post("/api/tokens").then().statusCode(400).body("error", equalTo("invalid name"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "nobody-" + reviewer, "name", "x"))
                .post("/api/tokens").then().statusCode(400).body("error", equalTo("invalid username"));
    }

    @Test
    void basicAndTheSignInFormStillWorkBesideTokens() {
        String reviewer = TestUsers.newUser("reviewer");
        issue(reviewer, "beside a password");
        as(reviewer).get("/api/claims?size=1").then().statusCode(200);
        given().auth().preemptive().basic(reviewer, "wrong-password-1").get("/api/claims?size=1").then().statusCode(401);
        String session = SecurityTest.signIn(reviewer);
        given().cookie("claimdesk-session", session).get("/").then().statusCode(200)
                .body(containsString("Sign out " + reviewer));
    }

    @Test
    void noLogLineHoldsAToken() {
        String reviewer = TestUsers.newUser("reviewer");
        Issued issued = issue(reviewer, "log check");
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (lines) {
                    lines.add(record.getMessage() + " " + Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            withToken(issued.token()).get("/api/claims?size=1").then().statusCode(200);
            asAdmin().delete("/api/tokens/" + issued.id()).then().statusCode(204);
            withToken(issued.token()).get("/api/claims?size=1").then().statusCode(401);
            withToken(issued.token() + "x").get("/api/claims?size=1").then().statusCode(401);
        } finally {
            root.removeHandler(capture);
        }
        synchronized (lines) {
            assertTrue(lines.stream().anyMatch(l -> l.contains("revoked")), "the refusal is logged: " + lines);
            assertTrue(lines.stream().noneMatch(l -> l.contains(issued.token())), "no token in: " + lines);
        }
    }

    private Instant lastUsed(long tokenId) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(ApiToken.class, tokenId).lastUsedAt);
    }
}
