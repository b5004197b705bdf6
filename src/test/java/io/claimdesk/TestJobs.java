package io.claimdesk;

import io.restassured.path.json.JsonPath;

import java.time.Duration;

import static io.claimdesk.TestUsers.asAdmin;

/** Follows a background job's JSON (an import, a re-extraction) as an admin until it is no longer running. */
public final class TestJobs {

    private TestJobs() {
    }

    public static JsonPath finished(String location, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            JsonPath job = asAdmin().get(location).then().statusCode(200).extract().jsonPath();
            if (!job.getString("state").equals("RUNNING")) {
                return job;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(location + " was still running after " + within.toSeconds() + " s");
    }
}
