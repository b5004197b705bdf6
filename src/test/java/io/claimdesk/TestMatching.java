package io.claimdesk;

import static io.claimdesk.TestUsers.asAdmin;

/** Waits for the matcher, which links articles on its own thread, to have no article left to link. */
public final class TestMatching {

    private TestMatching() {
    }

    public static void waitUntilLinked() {
        waitUntilLinked(20);
    }

    /** Waits up to this many seconds (a long article is linked slice by slice). */
    public static void waitUntilLinked(int seconds) {
        for (int i = 0; i < seconds * 20; i++) {
            int pending = asAdmin().get("/api/relations/matching").then().statusCode(200).extract().path("pendingArticles");
            if (pending == 0) {
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
