package io.claimdesk.claim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.asReviewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every stored claim, read through the API, quotes its article's exact words at its code-point offsets — all but
 * orphans, whose quote a re-extraction found nowhere in the text.
 */
@QuarkusTest
class AnchorExactnessTest {

    @Test
    void everyClaimsQuoteIsTheArticleTextAtItsOffsets() {
        List<Map<String, Object>> claims = allClaims();
        assertTrue(claims.size() >= 60, "the five seeds alone give at least 60 claims, got " + claims.size());

        Map<Integer, String> texts = new HashMap<>();
        for (Map<String, Object> claim : claims) {
            if (Boolean.TRUE.equals(claim.get("orphaned"))) {
                continue; // a re-extraction found its quote nowhere in the text: kept for its reviews, not anchored
            }
            int articleId = (Integer) claim.get("articleId");
            String text = texts.computeIfAbsent(articleId,
                    id -> asReviewer().get("/api/articles/" + id).then().statusCode(200).extract().path("text"));
            @SuppressWarnings("unchecked")
            Map<String, Object> anchor = (Map<String, Object>) claim.get("anchor");
            int start = (Integer) anchor.get("start");
            int end = (Integer) anchor.get("end");
            String exact = (String) anchor.get("exact");
            int[] codePoints = text.codePoints().toArray();

            assertEquals(exact, new String(codePoints, start, end - start), "claim " + claim.get("id"));
            String prefix = (String) anchor.get("prefix");
            String suffix = (String) anchor.get("suffix");
            assertEquals(prefix, new String(codePoints, start - prefix.codePointCount(0, prefix.length()),
                    prefix.codePointCount(0, prefix.length())), "prefix of claim " + claim.get("id"));
            assertEquals(suffix, new String(codePoints, end, suffix.codePointCount(0, suffix.length())),
                    "suffix of claim " + claim.get("id"));
        }
    }

    static List<Map<String, Object>> allClaims() {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath json = asReviewer().get("/api/claims?size=200&page=" + page).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            claims.addAll(items);
            if (claims.size() >= json.getLong("total") || items.isEmpty()) {
                return claims;
            }
        }
    }
}
