package io.claimdesk.matching;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimdesk.FormSession;
import io.claimdesk.StatementCounter;
import io.claimdesk.TestArticles;
import io.claimdesk.TestMatching;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.claimdesk.article.Outlet;
import io.claimdesk.article.OutletStance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Relations across outlets as a reviewer meets them: on claim pages, in the API, on the conflicts page. */
@QuarkusTest
class RelationsTest {

    @Inject
    TestArticles articles;

    @Inject
    StatementCounter statements;

    static long onlyClaimOf(Article article) {
        List<Integer> ids = asReviewer().get("/api/claims?article=" + article.id).then().statusCode(200)
                .extract().path("items.id");
        assertEquals(1, ids.size(), "one claim in article " + article.id);
        return ids.get(0);
    }

    static long claimContaining(String fragment) {
        List<Integer> ids = asReviewer().queryParam("q", fragment).get("/api/claims").then().statusCode(200)
                .extract().path("items.id");
        assertTrue(!ids.isEmpty(), "a claim contains: " + fragment);
        return ids.get(0);
    }

    /** The relation between two claims as the first claim's API answer shows it. */
    static Map<String, Object> relation(long from, long to) {
        List<Map<String, Object>> relations = asReviewer().get("/api/claims/" + from).then().statusCode(200)
                .extract().path("relations");
        return relations.stream().filter(r -> ((Number) r.get("claimId")).longValue() == to).findFirst()
                .orElseThrow(() -> new AssertionError("claim " + from + " has no relation to " + to + ": " + relations));
    }

    /** Two outlets' claims of one trip that count its delegation differently: a conflict. */
    private long[] delegationPair() {
        return delegationPair(TestArticles.uniqueName());
    }

    private long[] delegationPair(String m) {
        long forty = onlyClaimOf(article(TestArticles.uniqueOutlet("Daily"),
                "Minister Alberto " + m + " travelled to Havana with about 40 business people."));
        long ninety = onlyClaimOf(article(TestArticles.uniqueOutlet("Daily"),
                "A delegation of 90 members accompanied Alberto " + m + " on his trip to Havana."));
        return new long[] {forty, ninety};
    }

    /** An imported article, linked: an import answers before the matcher has linked it. */
    private Article article(String outlet, String text) {
        Article article = articles.create(outlet, LocalDate.of(2024, 3, 4), text);
        TestMatching.waitUntilLinked();
        return article;
    }

    /** The seeds are linked in the background after the start. */
    @BeforeEach
    void seedsLinked() {
        TestMatching.waitUntilLinked();
    }

    @Test
    void seedDelegationSizesConflictSideBySide() {
        long small = claimContaining("approximately 60 business people");
        long big = claimContaining("delegation of 120 members");
        Map<String, Object> r = relation(small, big);
        assertEquals("CONFLICT", r.get("type"));
        assertEquals("60 business people ≠ 120 members", r.get("detail"));
        assertEquals("120 members ≠ 60 business people", relation(big, small).get("detail"), "each side reads its own value first");
        assertTrue(r.get("evidence").toString().contains("Zarif"), r.toString());
    }

    @Test
    void seedRelationsNamedInTheIssue() {
        assertEquals("CONFLICT", relation(claimContaining("lapsed in 2013"), claimContaining("very close since the late President")).get("type"));
        long denial = claimContaining("accusations of military cooperation");
        assertEquals("CONTRADICTS", relation(denial, claimContaining("Iran delivers weapons")).get("type"));
        assertEquals("SAME_EVENT", relation(claimContaining("weeklong diplomatic trip"), claimContaining("delegation of 120 members")).get("type"));
        Object chapter = relation(claimContaining("new chapter in the relations"), claimContaining("beginning of a new chapter")).get("type");
        assertTrue("SUPPORTS".equals(chapter) || "SAME_EVENT".equals(chapter), chapter.toString());
    }

    @Test
    void eachTypeOnSyntheticPairs() {
        String n = TestArticles.uniqueName();
        long support = onlyClaimOf(article(TestArticles.uniqueOutlet("Wire A"),
                "Chile's President Gabriel " + n + " met Brazil's Lula da Silva in Brasilia and signed 12 trade agreements."));
        long supported = onlyClaimOf(article(TestArticles.uniqueOutlet("Wire B"),
                "In Brasilia, Gabriel " + n + " and Lula da Silva signed 12 trade agreements, officials said."));
        assertEquals("SUPPORTS", relation(supported, support).get("type"));

        long[] pair = delegationPair();
        long forty = pair[0];
        long ninety = pair[1];
        Map<String, Object> conflict = relation(forty, ninety);
        assertEquals("CONFLICT", conflict.get("type"));
        assertEquals("40 business people ≠ 90 members", conflict.get("detail"));

        String k = TestArticles.uniqueName();
        long denial = onlyClaimOf(article(TestArticles.uniqueOutlet("Ministry E"),
                "Moscow's envoy Sergei " + k + " dismissed claims of military cooperation with Managua as baseless."));
        long report = onlyClaimOf(article(TestArticles.uniqueOutlet("Report F"),
                "Sergei " + k + "'s government shipped drones and weapons to Managua last year, according to a report."));
        assertEquals("CONTRADICTS", relation(report, denial).get("type"));

        String j = TestArticles.uniqueName();
        long visit = onlyClaimOf(article(TestArticles.uniqueOutlet("Paper G"),
                "Prime Minister Narendra " + j + " will visit Argentina and Brazil next week to discuss lithium mining."));
        long tour = onlyClaimOf(article(TestArticles.uniqueOutlet("Paper H"),
                "Narendra " + j + "'s tour of Argentina is expected to focus on lithium, his office said on Monday, adding that energy deals may follow."));
        Object type = relation(tour, visit).get("type");
        assertTrue("SAME_EVENT".equals(type) || "SUPPORTS".equals(type), String.valueOf(type));
    }

    @Test
    void unrelatedClaimsOfOtherArticlesAreNotLinked() {
        long bank = onlyClaimOf(article(TestArticles.uniqueOutlet("Finance I"),
                "The central bank of " + TestArticles.uniqueName() + " cut interest rates by half a point."));
        List<?> relations = asReviewer().get("/api/claims/" + bank).then().statusCode(200).extract().path("relations");
        assertEquals(List.of(), relations);
    }

    @Test
    void outletsRepeatingOneWireReportAreOneOriginAndStancesAreCalledOut() {
        String n = TestArticles.uniqueName();
        String critical = TestArticles.uniqueOutlet("Critical Review");
        String favourable = TestArticles.uniqueOutlet("Friendly Post");
        String third = TestArticles.uniqueOutlet("Third Daily");
        // No first name other tests use: the matcher takes a shared first name for a shared actor (see the README's
        // linking section), and this test counts outlets exactly.
        String event = "Minister " + n + " signed 14 mining agreements in La Paz on Tuesday";
        long a = onlyClaimOf(article(critical, event + ", according to Reuters."));
        long b = onlyClaimOf(article(favourable, event + ", according to Thomson Reuters."));
        long c = onlyClaimOf(article(third, "Minister " + n + " signed 14 mining agreements in La Paz on Tuesday."));
        setStance(critical, OutletStance.CRITICAL);
        setStance(favourable, OutletStance.FAVOURABLE);

        JsonPath claim = asReviewer().get("/api/claims/" + c).then().statusCode(200).extract().jsonPath();
        assertTrue(claim.getList("relations.claimId").containsAll(List.of((int) a, (int) b)), claim.getList("relations").toString());
        assertEquals("Reported by 3 outlets from 2 independent origins, across stances {critical, favourable, unknown}",
                claim.getString("corroboration.summary"), claim.getList("relations").toString());
        assertEquals(2, claim.getList("corroboration.origins").size());
        assertEquals(List.of((int) a, (int) b), claim.getList("corroboration.origins.find { it.origin == 'Reuters' }.appearances.claimId"));
        assertTrue(claim.getString("corroboration.callout").startsWith("Support crosses opposing stances: favourable (" + favourable
                + ") and critical (" + critical + ")"), claim.getString("corroboration.callout"));

        String page = asReviewer().get("/claims/" + c).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Reported by 3 outlets from 2 independent origins"), "summary on the page");
        assertTrue(page.contains("Support crosses opposing stances"), "callout on the page");
        assertTrue(page.contains("class=\"stance-matrix\"") && page.contains(critical) && page.contains(favourable), "stance matrix");

        String spanish = asReviewer().header("Accept-Language", "es").get("/claims/" + c).then().statusCode(200).extract().asString();
        assertTrue(spanish.contains("La publican 3 medios a partir de 2 orígenes independientes, con las posturas {crítica, favorable, desconocida}"),
                "summary in Spanish");
        assertTrue(spanish.contains("El respaldo cruza posturas opuestas: favorable (" + favourable + ") y crítica (" + critical + ")"),
                "callout in Spanish");
        assertFalse(spanish.contains("Reported by") || spanish.contains("Support crosses"), "no English sentence on the Spanish page");
    }

    @Test
    void supportFromOneStanceOnlyIsCalledOut() {
        String n = TestArticles.uniqueName();
        String first = TestArticles.uniqueOutlet("Critical One");
        String second = TestArticles.uniqueOutlet("Critical Two");
        long a = onlyClaimOf(article(first, "Gabriel " + n + " signed 9 oil agreements in Quito on Friday."));
        onlyClaimOf(article(second, "In Quito, Gabriel " + n + " signed 9 oil agreements on Friday, officials said."));
        setStance(first, OutletStance.CRITICAL);
        setStance(second, OutletStance.CRITICAL);
        JsonPath claim = asReviewer().get("/api/claims/" + a).then().statusCode(200).extract().jsonPath();
        assertTrue(claim.getString("corroboration.callout").startsWith("Support comes from one stance only: critical ("),
                claim.getString("corroboration.callout") + " " + claim.getList("relations"));
    }

    @Test
    void aRejectedSuggestionStaysRejectedWhenMatchingRunsAgain() {
        long[] pair = delegationPair();
        long forty = pair[0];
        long ninety = pair[1];
        long relationId = ((Number) relation(forty, ninety).get("id")).longValue();

        FormSession form = FormSession.open("/claims/" + forty, TestUsers::asReviewer);
        form.post("/relations/" + relationId + "/decision", Map.of("state", "REJECTED", "claimId", forty))
                .then().statusCode(303).header("Location", containsString("/claims/" + forty));
        assertEquals("REJECTED", relation(forty, ninety).get("state"));
        asReviewer().get("/claims/" + forty).then().body(containsString("Rejected suggestions (1)"));
        asReviewer().get("/api/claims/" + ninety).then().body("history.action", org.hamcrest.Matchers.hasItem("RELATION_REJECTED"));

        asAdmin().contentType("application/json").post("/api/relations/matching/rerun").then().statusCode(202);
        TestMatching.waitUntilLinked();
        assertEquals("REJECTED", relation(forty, ninety).get("state"), "not suggested again");
        List<?> between = asReviewer().get("/api/claims/" + forty).then().extract()
                .path("relations.findAll { it.claimId == " + ninety + " }");
        assertEquals(1, between.size());
        asReviewer().get("/conflicts").then().statusCode(200).body(not(containsString("relation-" + relationId + "\"")));
    }

    @Test
    void aConfirmedRelationIsCitedInAVerdict() {
        long[] pair = delegationPair();
        long forty = pair[0];
        long ninety = pair[1];
        long relationId = ((Number) relation(forty, ninety).get("id")).longValue();

        asReviewer().contentType("application/json").body(Map.of("state", "CONFIRMED"))
                .patch("/api/relations/" + relationId).then().statusCode(200)
                .body("state", equalTo("CONFIRMED")).body("decidedBy", equalTo(TestUsers.reviewerName()));

        String page = asReviewer().get("/claims/" + ninety).then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"cite\" value=\"" + forty + "\""), "the verdict form offers the confirmed relation");
        FormSession form = FormSession.open("/claims/" + ninety, TestUsers::asReviewer);
        form.post("/claims/" + ninety + "/verdicts", Map.of("verdict", "CONTESTED",
                "rationale", "The other outlet counts 40 business people.", "cite", forty)).then().statusCode(303);
        asReviewer().get("/api/claims/" + ninety).then().body("verdicts[-1].evidence", org.hamcrest.Matchers.hasItem(String.valueOf(forty)));

        asReviewer().get("/conflicts").then().statusCode(200)
                .body(containsString("id=\"relation-" + relationId + "\""))
                .body(containsString("about 40 business people"))
                .body(containsString("delegation of 90 members"))
                .body(containsString("40 business people ≠ 90 members"));
        List<Integer> listed = asReviewer().get("/api/relations/conflicts?size=200").then().statusCode(200).extract().path("conflicts.id");
        assertTrue(listed.contains((int) relationId), listed.toString());
    }

    @Test
    void theClaimPageRunsTheSameStatementsForOneRelationOrMany() {
        String n = TestArticles.uniqueName();
        String event = "Gabriel " + n + " and Lula da Silva signed 12 trade agreements in Brasilia";
        long claim = onlyClaimOf(article(TestArticles.uniqueOutlet("Counted A"), event + "."));
        article(TestArticles.uniqueOutlet("Counted B"), event + ", officials said.");
        int before = relationCount(claim);
        long fewer = statements.forGet("/claims/" + claim);
        article(TestArticles.uniqueOutlet("Counted C"), event + ", the ministry said.");
        article(TestArticles.uniqueOutlet("Counted D"), event + ", according to Reuters.");
        long more = statements.forGet("/claims/" + claim);
        assertEquals(before + 2, relationCount(claim));
        assertEquals(fewer, more, "relations, their claims and their topics are read by one statement each");
    }

    private static int relationCount(long claim) {
        return asReviewer().get("/api/claims/" + claim).then().extract().path("relations.size()");
    }

    /** A third outlet's count of the same trip: a conflict with each of the other two. */
    private long thirdCount(String minister) {
        return onlyClaimOf(article(TestArticles.uniqueOutlet("Daily"),
                "Minister Alberto " + minister + " arrived in Havana with about 70 business people."));
    }

    private static double score(long from, long to) {
        return ((Number) relation(from, to).get("score")).doubleValue();
    }

    private static void decide(long relationId, String state) {
        asReviewer().contentType("application/json").body(Map.of("state", state))
                .patch("/api/relations/" + relationId).then().statusCode(200);
    }

    @Test
    void aRejectionLowersTheSuggestionsLikeItAndReversingItRaisesThemAgain() {
        String m = TestArticles.uniqueName();
        long[] pair = delegationPair(m);
        long forty = pair[0];
        long ninety = pair[1];
        long seventy = thirdCount(m);
        double found = score(forty, seventy);
        assertEquals("CONFLICT", relation(forty, seventy).get("type"));
        assertTrue(Calibration.standard().steps().get(RelationType.CONFLICT).stream()
                        .anyMatch(step -> Math.abs(step.confidence() - found) < 1e-6),
                "a conflict is stored with its calibrated confidence: " + found);
        long rejected = ((Number) relation(forty, ninety).get("id")).longValue();

        decide(rejected, "REJECTED");
        assertEquals(found / 2, score(forty, seventy), 1e-6, "shares the rejected one's claim: halved");
        assertEquals(found / 2, score(ninety, seventy), 1e-6, "shares the other claim: halved");
        long laterClaim = onlyClaimOf(article(TestArticles.uniqueOutlet("Daily"),
                "Alberto " + m + " took a delegation of 150 members to Havana."));
        assertEquals(found / 2, score(forty, laterClaim), 1e-6, "found after the rejection, on its claim: lowered too");
        asReviewer().get("/api/relations/conflicts?size=200").then().statusCode(200)
                .body("conflicts.id", not(org.hamcrest.Matchers.hasItem(((Number) relation(forty, seventy).get("id")).intValue())))
                .body("hidden", org.hamcrest.Matchers.greaterThanOrEqualTo(3));

        decide(rejected, "CONFIRMED");
        assertEquals(found, score(forty, seventy), 1e-6, "the rejection reversed, the suggestion is as found");
        assertEquals(found, score(forty, laterClaim), 1e-6);
        asReviewer().get("/api/claims/" + forty).then()
                .body("history.find { it.action == 'RELATION_REJECTED' }.after",
                        org.hamcrest.Matchers.matchesPattern(".*\"loweredSimilar\":([2-9]|\\d\\d).*"));
    }

    @Test
    void editorsSetTheScoreUnderWhichTheConflictsPageHidesSuggestions() {
        long[] pair = delegationPair();
        long relationId = ((Number) relation(pair[0], pair[1]).get("id")).longValue();
        double score = score(pair[0], pair[1]);
        try {
            asReviewer().get("/conflicts").then().statusCode(200).body(containsString("id=\"relation-" + relationId + "\""))
                    .body(not(containsString("id=\"threshold-form\"")));
            FormSession asReviewerForm = FormSession.open("/conflicts", TestUsers::asReviewer);
            asReviewerForm.post("/conflicts/threshold", Map.of("threshold", "90%")).then().statusCode(403);

            FormSession form = FormSession.open("/conflicts", TestUsers::asAdmin);
            form.post("/conflicts/threshold", Map.of("threshold", "1.5")).then().statusCode(400)
                    .body(containsString("<input id=\"threshold\" name=\"threshold\" value=\"1.5\" inputmode=\"decimal\""
                            + " size=\"5\" aria-describedby=\"threshold-help threshold-error\" aria-invalid=\"true\">"))
                    .body(containsString("outside"));
            String above = Math.round(score * 100 + 1) + "%";
            form.post("/conflicts/threshold", Map.of("threshold", above)).then().statusCode(303)
                    .header("Location", containsString("/conflicts?done=threshold"));
            asReviewer().get("/conflicts").then().statusCode(200)
                    .body(not(containsString("id=\"relation-" + relationId + "\"")))
                    .body(containsString("scored under " + above));
            asReviewer().get("/api/relations/conflicts").then().body("threshold", equalTo((float) (Math.round(score * 100 + 1) / 100.0)));

            decide(relationId, "CONFIRMED");
            asReviewer().get("/conflicts").then().body(containsString("id=\"relation-" + relationId + "\""));
        } finally {
            asAdmin().contentType("application/json").body(Map.of("threshold", "0.5")).put("/api/relations/conflicts/threshold")
                    .then().statusCode(200);
        }
    }

    @Test
    void theConflictsPageShowsTheStrongestFirst() {
        delegationPair();
        List<Float> scores = asReviewer().get("/api/relations/conflicts?size=200").then().statusCode(200)
                .extract().path("conflicts.score");
        assertTrue(scores.size() > 1, scores.toString());
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores);
        String next = asReviewer().get("/api/relations/conflicts?size=1").then().extract().path("nextBefore");
        asReviewer().get("/api/relations/conflicts?size=1&before=" + next).then().statusCode(200)
                .body("conflicts.size()", equalTo(1));
        asReviewer().get("/api/relations/conflicts?before=newest").then().statusCode(400);
        asReviewer().get("/api/relations/conflicts?before=NaN_5").then().statusCode(400);
    }

    @Test
    void decisionsNeedAReviewerAndAValidState() {
        asReviewer().contentType("application/json").body(Map.of("state", "MAYBE")).patch("/api/relations/1")
                .then().statusCode(400).body("error", equalTo("invalid state"));
        asReviewer().contentType("application/json").body(Map.of("state", "CONFIRMED")).patch("/api/relations/999999999")
                .then().statusCode(404);
        io.restassured.RestAssured.given().contentType("application/json").body(Map.of("state", "CONFIRMED"))
                .patch("/api/relations/1").then().statusCode(401);
        asReviewer().contentType("application/json").post("/api/relations/matching/rerun").then().statusCode(403);
    }

    private static void setStance(String outlet, OutletStance stance) {
        QuarkusTransaction.requiringNew().run(() -> {
            Outlet o = Outlet.find("name", outlet).firstResult();
            o.stance = stance;
            o.stanceConfirmed = true;
        });
    }
}
