package io.claimdesk.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.claimdesk.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExportTest {

    static final String TRICKY = "Officials in Bogotá said “the 14 drones, crates and parts” arrived on 3 May 2023, "
            + "according to the ministry's report, which called it \"routine\".";

    @Inject
    TestArticles articles;

    @Inject
    ObjectMapper json;

    /** A set of this test's own claims, one of them corroborated with a rationale full of CSV trouble. */
    long newSet(String editor, String outlet, boolean verifiedOnly) {
        Article article = articles.create(outlet, LocalDate.of(2023, 5, 4), TRICKY, TestArticles.PASSPORTS);
        List<Long> ids = TestUsers.asReviewer().get("/api/claims?sort=queue&article=" + article.id).jsonPath().getList("items.id", Long.class);
        as(editor).contentType(ContentType.JSON).body(Map.of("verdict", "CORROBORATED",
                        "rationale", "=HYPERLINK(\"http://x\") checked, twice;\nsecond line, with a comma"))
                .post("/api/claims/" + ids.get(0) + "/verdicts").then().statusCode(201);
        return as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", "Set of " + outlet, "description", "drones & passports", "verifiedOnly", verifiedOnly,
                        "filter", Map.of("outlet", outlet)))
                .post("/api/sets").then().statusCode(201).body("size", equalTo(ids.size()))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void csvRoundTripsEveryFieldAndDisarmsFormulas() throws Exception {
        String editor = TestUsers.newUser("editor");
        String outlet = "=cmd|' /C calc'!A0 " + TestArticles.uniqueOutlet("Csv");
        long set = newSet(editor, outlet, false);
        byte[] bytes = as(editor).get("/api/sets/" + set + "/export?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("claimdesk-set-" + set))
                .extract().asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark tells spreadsheets it is UTF-8");

        List<CSVRecord> rows = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
        assertEquals(2, rows.size());
        for (CSVRecord row : rows) {
            JsonPath claim = TestUsers.asReviewer().get("/api/claims/" + row.get("claim_id")).jsonPath();
            assertEquals(claim.getString("text"), row.get("claim_text"));
            assertEquals(claim.getString("anchor.exact"), row.get("anchor_exact"));
            assertEquals(claim.getString("anchor.prefix"), row.get("anchor_prefix"));
            assertEquals(claim.getString("anchor.suffix"), row.get("anchor_suffix"));
            assertEquals(claim.getString("anchor.start"), row.get("anchor_start"));
            assertEquals(claim.getString("anchor.end"), row.get("anchor_end"));
            assertEquals("'" + outlet, row.get("outlet"), "a cell starting with = is neutralised");
            assertEquals("2023-05-04", row.get("published"));
            assertEquals(String.join(";", claim.getList("topics", String.class)), row.get("topics"));
            assertEquals(claim.getString("status"), row.get("status"));
            assertEquals(64, row.get("article_sha256").length());
        }
        CSVRecord tricky = rows.get(0);
        assertTrue(tricky.get("claim_text").contains("Bogotá said “the 14 drones, crates and parts”"));
        assertTrue(tricky.get("claim_text").contains("\"routine\""));
        assertTrue(tricky.get("verdicts").contains("=HYPERLINK(\"http://x\") checked, twice;\nsecond line, with a comma"),
                "quotes, commas and newlines survive inside a cell");
    }

    @Test
    void jsonLdIsClaimReviewWithOnlySchemaOrgNames() throws Exception {
        String editor = TestUsers.newUser("editor");
        long set = newSet(editor, TestArticles.uniqueOutlet("Ld"), false);
        String body = as(editor).get("/api/sets/" + set + "/export?format=jsonld").then().statusCode(200)
                .contentType(containsString("application/ld+json")).extract().asString();
        JsonNode root = json.readTree(body);
        assertEquals("https://schema.org", root.get("@context").asText());
        JsonNode reviews = root.get("@graph");
        assertEquals(1, reviews.size(), "only the reviewed claim is published");
        JsonNode review = reviews.get(0);
        for (String required : List.of("@type", "url", "claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished")) {
            assertTrue(review.has(required), "ClaimReview has " + required);
        }
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("Corroborated", review.at("/reviewRating/alternateName").asText());
        assertEquals(5, review.at("/reviewRating/ratingValue").asInt());
        assertEquals("NewsArticle", review.at("/itemReviewed/appearance/@type").asText());
        assertEquals("2023-05-04", review.at("/itemReviewed/appearance/datePublished").asText());

        Set<String> names = new HashSet<>();
        collectNames(root, names);
        Set<String> schemaOrg = Set.of("@context", "@graph", "@type", "url", "identifier", "claimReviewed", "author",
                "datePublished", "reviewRating", "ratingValue", "bestRating", "worstRating", "alternateName", "reviewBody",
                "itemReviewed", "text", "keywords", "appearance", "headline", "publisher", "name", "propertyID", "value",
                "inLanguage");
        names.removeAll(schemaOrg);
        assertEquals(Set.of(), names, "no names outside schema.org");
    }

    @Test
    void theReportEscapesMarkupAndSummarises() {
        String editor = TestUsers.newUser("editor");
        String outlet = "<script>alert(1)</script> " + TestArticles.uniqueOutlet("Html");
        long set = newSet(editor, outlet, false);
        String html = as(editor).get("/api/sets/" + set + "/export?format=html").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertFalse(html.contains("<script>alert(1)</script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("By status"));
        assertTrue(html.contains("CORROBORATED"));
        assertTrue(html.contains("=HYPERLINK"), "the verdict's rationale is in the report");
    }

    @Test
    void theSameSetExportsTheSameBytesAndEachExportIsInTheHistory() throws Exception {
        String editor = TestUsers.newUser("editor");
        long set = newSet(editor, TestArticles.uniqueOutlet("Same"), false);
        for (String format : List.of("csv", "json", "jsonld", "html")) {
            byte[] first = as(editor).get("/api/sets/" + set + "/export?format=" + format).asByteArray();
            byte[] second = as(editor).get("/api/sets/" + set + "/export?format=" + format).asByteArray();
            assertArrayEquals(first, second, format + " is deterministic");
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first));
            assertTrue(TestUsers.asAdmin().get("/api/history?action=EXPORTED").asString().contains(sha),
                    "the history holds the SHA-256 of the " + format + " bytes");
        }
        JsonPath body = as(editor).get("/api/sets/" + set + "/export?format=json").jsonPath();
        assertEquals(set, body.getLong("scope.setId"));
        assertEquals(2, body.getList("claims").size());
        assertEquals(64, body.getString("claims[0].article.sha256").length());
        assertTrue(body.getString("claims[0].verdicts[0].rationale").startsWith("=HYPERLINK"));
    }

    @Test
    void aVerifiedSetPublishesOnlyCorroboratedClaimsAndSaysWhatItLeavesOut() {
        String editor = TestUsers.newUser("editor");
        long set = newSet(editor, TestArticles.uniqueOutlet("Verified"), true);
        as(editor).get("/api/sets/" + set).then().body("set.size", equalTo(2)).body("set.corroborated", equalTo(1))
                .body("set.leftOut", equalTo(1));
        as(editor).get("/api/sets/" + set + "/export?format=json").then().body("claims.size()", equalTo(1))
                .body("claims[0].status", equalTo("CORROBORATED"));
    }

    @Test
    void setsChangeByHandAndReviewersCannotExport() {
        String editor = TestUsers.newUser("editor");
        long set = newSet(editor, TestArticles.uniqueOutlet("Hand"), false);
        long claim = TestUsers.asReviewer().get("/api/claims?size=1").jsonPath().getLong("items[0].id");
        as(editor).put("/api/sets/" + set + "/claims/" + claim).then().statusCode(201);
        as(editor).put("/api/sets/" + set + "/claims/" + claim).then().statusCode(204);
        as(editor).get("/api/sets/" + set).then().body("set.size", equalTo(3));
        as(editor).delete("/api/sets/" + set + "/claims/" + claim).then().statusCode(204);
        as(editor).delete("/api/sets/" + set + "/claims/" + claim).then().statusCode(404);
        as(editor).get("/api/sets/" + set).then().body("set.size", equalTo(2));

        TestUsers.asReviewer().get("/api/sets/" + set + "/export?format=csv").then().statusCode(403);
        TestUsers.asReviewer().get("/api/claims/export?format=csv").then().statusCode(403);
        as(editor).get("/api/claims/export?format=csv&topic=passports_identity").then().statusCode(200);
        as(editor).get("/api/claims/export?format=pdf").then().statusCode(400).body("error", equalTo("invalid format"));
        as(editor).contentType(ContentType.JSON).body(Map.of("name", " ")).post("/api/sets").then().statusCode(400);
    }

    private static void collectNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                names.add(field.getKey());
                collectNames(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectNames(child, names));
        }
    }
}
