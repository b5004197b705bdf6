package io.claimdesk;

import io.restassured.path.json.JsonPath;

import static io.claimdesk.TestUsers.asAdmin;

/**
 * Waits for the matcher, which links articles in the background (an import answers before its article is linked), to
 * have no article left to link and no work queued or running: then the relations are stored and no statement of the
 * matcher's runs beside a test's.
 */
public final class TestMatching {

    private TestMatching() {
    }

    public static void waitUntilLinked() {
        waitUntilLinked(20);
    }

    /** Waits up to this many seconds (a long article is linked slice by slice). */
    public static void waitUntilLinked(int seconds) {
        for (int i = 0; i < seconds * 20; i++) {
            JsonPath status = asAdmin().get("/api/relations/matching").then().statusCode(200).extract().jsonPath();
            if (status.getInt("pendingArticles") == 0 && !status.getBoolean("working")) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("matching did not finish in " + seconds + " s");
    }
}
