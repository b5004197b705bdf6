package io.claimdesk.web;

import static io.claimdesk.TestUsers.asReviewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator relies on: health with the database, Prometheus metrics, request ids. */
@QuarkusTest
class OperatorTest {

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsArePrometheusText() {
        asReviewer().get("/api/claims?size=1").then().statusCode(200);
        TestUsers.asAdmin().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("agroal_active_count"));
    }

    @Test
    void everyAnswerCarriesARequestIdAndACallersIdIsKept() {
        asReviewer().get("/api/claims?size=1").then().header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{13}"));
        asReviewer().header(RequestIds.HEADER, "lb-7f3a").get("/api/claims?size=1").then().header(RequestIds.HEADER, equalTo("lb-7f3a"));
        asReviewer().header(RequestIds.HEADER, "<script>").get("/api/claims?size=1").then()
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{13}"));
    }
}
