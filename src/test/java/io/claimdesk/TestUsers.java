package io.claimdesk;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Real accounts for tests, made through the real API by the bootstrap admin (whose password the test profile
 * sets). Requests sign in with HTTP Basic, as integrators do.
 */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";
    public static final String PASSWORD = "a-long-test-password";

    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    private TestUsers() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /** A reviewer shared by the tests that only read. */
    public static RequestSpecification asReviewer() {
        return as(reviewerName());
    }

    /** The username of the shared reviewer. */
    public static String reviewerName() {
        return SHARED.computeIfAbsent("reviewer", TestUsers::newUser);
    }

    /** The username of the shared editor, for tests that need an editor but not a person of their own. */
    public static String editorName() {
        return SHARED.computeIfAbsent("editor", TestUsers::newUser);
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /** A fresh account of the role, for a test that needs its own person. */
    public static String newUser(String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", role))
                .post("/api/users").then().statusCode(201);
        return username;
    }
}
