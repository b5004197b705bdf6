package io.claimdesk;

import static io.claimdesk.TestUsers.asAdmin;

/** Waits for the matcher, which links articles on its own thread, to have no article left to link. */
public final class TestMatching {

    private TestMatching() {
    }

    public static void waitUntilLinked() {
        for (int i = 0; i < 400; i++) {
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
        throw new AssertionError("matching did not finish in 20 s");
    }
}
