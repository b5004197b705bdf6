package io.claimdesk.article;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.claimdesk.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests that race for one row: the losers hear 409 and may send again; none hears 500. */
@QuarkusTest
class WriteRacesTest {

    @Inject
    TestArticles articles;

    /** Runs the calls at once (as near as threads allow) and returns their statuses. */
    private static List<Integer> atOnce(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelEditsOfOneVersionAreEach200Or409() throws Exception {
        String editor = TestUsers.newUser("editor");
        for (int round = 0; round < 3; round++) {
            Article article = articles.create(TestArticles.uniqueOutlet("Race"), LocalDate.of(2020, 1, 1), TestArticles.TRADE);
            String etag = as(editor).get("/api/articles/" + article.id).header("ETag");
            List<Integer> statuses = atOnce(5, () -> as(editor).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("title", "Edit " + Thread.currentThread().getName()))
                    .patch("/api/articles/" + article.id).statusCode());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        }
    }

    @Test
    void parallelImportsOfOneTextStoreItOnceAndAnswerTheRest409() throws Exception {
        String editor = TestUsers.newUser("editor");
        String text = String.join("\n\n", TestArticles.DRONES, TestArticles.PASSPORTS, TestArticles.TRADE,
                "Ref " + UUID.randomUUID());
        String outlet = TestArticles.uniqueOutlet("Race Daily");
        List<Integer> statuses = atOnce(10, () -> as(editor).contentType(ContentType.JSON)
                .body(Map.of("text", text, "outlet", outlet)).post("/api/articles").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }
}
