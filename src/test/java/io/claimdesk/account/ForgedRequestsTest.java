package io.claimdesk.account;

import io.claimdesk.FormSession;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static io.claimdesk.TestUsers.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every state change made with the session cookie must carry the CSRF token and come from no foreign origin, whatever
 * its body; Basic callers need no token. The routes are read from the resources, so a new one cannot be forgotten.
 */
@QuarkusTest
class ForgedRequestsTest {

    private static final String NO_SUCH_ID = "999999999";
    private static final List<Class<? extends Annotation>> CHANGES = List.of(POST.class, PUT.class, PATCH.class, DELETE.class);

    /** How a state change may carry its body: none, text, JSON, a form, a multipart form. */
    private static final Map<String, UnaryOperator<RequestSpecification>> BODIES = Map.of(
            "none", r -> r,
            "text/plain", r -> r.contentType(ContentType.TEXT).body("Forged text."),
            "application/json", r -> r.contentType(ContentType.JSON).body("{\"body\": \"forged\"}"),
            "form", r -> r.contentType(ContentType.URLENC).formParam("body", "forged"),
            "multipart", r -> r.multiPart("body", "forged"));

    @Inject
    BeanManager beans;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    record Route(String method, String path) {
    }

    @Test
    void everyStateChangeOfASessionNeedsTheTokenAndOurOriginButBasicDoesNot() {
        List<Route> routes = stateChangingRoutes();
        assertTrue(routes.contains(new Route("POST", "/admin/users/" + NO_SUCH_ID + "/disable")), routes.toString());
        assertTrue(routes.size() > 30, "found " + routes.size() + " routes: " + routes);
        FormSession admin = openSession(TestUsers.newUser("admin"));
        List<String> failures = new ArrayList<>();

        for (Route route : routes) {
            FormSession reviewer = openSession(TestUsers.newUser("reviewer"));
            BODIES.forEach((body, withBody) -> {
                expect(failures, route, body, "session without token", send(route, withBody.apply(cookies(admin))), true);
                expect(failures, route, body, "session with token, foreign origin", send(route, withBody.apply(
                        cookies(admin).header("X-CSRF-TOKEN", admin.token()).header("Origin", "https://evil.example"))), true);
                expect(failures, route, body, "session with token, own origin", send(route, withBody.apply(
                        cookies(reviewer).header("X-CSRF-TOKEN", reviewer.token()).header("Origin", ownOrigin()))), false);
                expect(failures, route, body, "Basic without token", send(route, withBody.apply(
                        TestUsers.as(TestUsers.reviewerName()))), false);
            });
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aTokenlessSessionCannotDisableAnAccountPostAnArticleOrSignOut() {
        String victim = TestUsers.newUser("reviewer");
        long victimId = asAdmin().get("/api/users").jsonPath().getLong("find { it.username == '" + victim + "' }.id");
        FormSession admin = openSession(TestUsers.newUser("admin"));
        int articles = asAdmin().get("/api/articles?size=1").jsonPath().getInt("total");

        cookies(admin).post("/admin/users/" + victimId + "/disable").then().statusCode(403);
        cookies(admin).contentType(ContentType.TEXT).body("x").post("/admin/users/" + victimId + "/disable").then().statusCode(403);
        cookies(admin).contentType(ContentType.JSON).body("{}").post("/api/users/" + victimId + "/disable").then()
                .statusCode(403).body("error", equalTo("missing csrf token"));
        cookies(admin).contentType(ContentType.TEXT).header("Origin", "https://evil.example")
                .body("Forged article. The minister said 40 drones were sold.").post("/api/articles").then()
                .statusCode(403).body("error", equalTo("foreign origin"));
        cookies(admin).contentType(ContentType.JSON).body("{\"text\": \"Forged article. The minister said so.\"}")
                .post("/api/articles").then().statusCode(403).body("error", equalTo("missing csrf token"));
        cookies(admin).post("/logout").then().statusCode(403);

        asAdmin().get("/api/users").then().body("find { it.username == '" + victim + "' }.enabled", equalTo(true));
        assertEquals(articles, asAdmin().get("/api/articles?size=1").jsonPath().getInt("total"));
        cookies(admin).get("/").then().statusCode(200);

        admin.post("/admin/users/" + victimId + "/disable", Map.of()).then().statusCode(303);
        asAdmin().get("/api/users").then().body("find { it.username == '" + victim + "' }.enabled", equalTo(false));
    }

    @Test
    void aWrongTokenOrAForeignRefererIsRefusedAndTheRefusalIsAPageForPeople() {
        FormSession reviewer = openSession(TestUsers.newUser("reviewer"));
        Response wrong = cookies(reviewer).header("X-CSRF-TOKEN", "not-the-token").post("/logout");
        assertEquals(403, wrong.statusCode());
        assertTrue(wrong.asString().contains("does not match"), wrong.asString());
        Response referer = cookies(reviewer).header("Referer", "https://evil.example/page").contentType(ContentType.URLENC)
                .formParam("csrf-token", reviewer.token()).post("/logout");
        assertEquals(403, referer.statusCode());
        assertTrue(referer.contentType().startsWith("text/html"), referer.contentType());
        assertTrue(referer.asString().contains("https://evil.example may not change anything"), referer.asString());
        cookies(reviewer).header("Referer", ownOrigin() + "/claims").contentType(ContentType.URLENC)
                .formParam("csrf-token", reviewer.token()).post("/logout").then().statusCode(303);
    }

    private void expect(List<String> failures, Route route, String body, String how, Response response, boolean refused) {
        boolean wasRefused = response.statusCode() == 403 && isForgeryRefusal(response.asString());
        if (wasRefused != refused) {
            failures.add(route.method() + " " + route.path() + " [" + body + ", " + how + "]: " + response.statusCode()
                    + (refused ? " (should be refused)" : " (refused as forged)"));
        }
    }

    private static boolean isForgeryRefusal(String body) {
        return body.contains("security token") || body.contains("may not change anything here");
    }

    private static Response send(Route route, RequestSpecification request) {
        return request.redirects().follow(false).request(route.method(), route.path());
    }

    private static RequestSpecification cookies(FormSession session) {
        return given().redirects().follow(false).cookies(session.cookies());
    }

    /** Signs in with the form and opens a page, as a browser would: the session and CSRF cookies and the token. */
    static FormSession openSession(String username) {
        String session = SecurityTest.signIn(username);
        FormSession page = FormSession.open("/", () -> given().cookie("claimdesk-session", session));
        Map<String, String> cookies = new java.util.HashMap<>(page.cookies());
        cookies.put("claimdesk-session", session);
        return new FormSession(() -> given().cookies(cookies), cookies, page.token());
    }

    private String ownOrigin() {
        return "http://localhost:" + port;
    }

    /** Every POST, PUT, PATCH and DELETE of the app's resources, with an id that names nothing in its path. */
    private List<Route> stateChangingRoutes() {
        TreeSet<String> found = new TreeSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || !type.getPackageName().startsWith("io.claimdesk")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Class<? extends Annotation> change : CHANGES) {
                    if (method.isAnnotationPresent(change)) {
                        Path methodPath = method.getAnnotation(Path.class);
                        String path = ("/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                                .replaceAll("\\{[^}]+}", NO_SUCH_ID).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                        found.add(change.getSimpleName() + " " + path);
                    }
                }
            }
        }
        assertFalse(found.isEmpty(), "no resources found");
        return found.stream().map(s -> s.split(" ", 2)).map(p -> new Route(p[0], p[1])).toList();
    }
}
