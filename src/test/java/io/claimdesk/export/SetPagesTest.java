package io.claimdesk.export;

import io.claimdesk.FormSession;
import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SetPagesTest {

    @Inject
    TestArticles articles;

    @Test
    void anEditorSavesTheCurrentFilterAsAVerifiedSetAndSeesWhatItLeavesOut() {
        String editor = TestUsers.newUser("editor");
        String outlet = TestArticles.uniqueOutlet("SetPage");
        articles.create(outlet, LocalDate.of(2022, 3, 3), TestArticles.DRONES, TestArticles.PASSPORTS);
        String list = "/?outlet=" + outlet;
        as(editor).get(list).then().statusCode(200).body(containsString("Save as set"))
                .body(containsString("/api/claims/export?format=csv&amp;outlet="));

        FormSession form = FormSession.open(list, () -> as(editor));
        String filterQuery = "outlet=" + java.net.URLEncoder.encode(outlet, java.nio.charset.StandardCharsets.UTF_8);
        as(editor).get(list).then().body(containsString("name=\"filterQuery\" value=\"" + filterQuery + "\""));
        Response created = form.post("/sets", Map.of("fromFilter", "true", "filterQuery", filterQuery,
                "name", "Verified from " + outlet, "verifiedOnly", "true"));
        created.then().statusCode(303).header("Location", containsString("done=created"));

        as(editor).get(created.header("Location")).then().statusCode(200)
                .body(containsString("Verified from " + outlet))
                .body(containsString("leaves out <strong>2</strong>"))
                .body(containsString("left out of the export: Unreviewed"));
    }

    @Test
    void aVerifiedSetMarksEachMemberItsExportLeavesOutAndOnlyThose() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Marks"), LocalDate.of(2022, 3, 3),
                TestArticles.DRONES, TestArticles.TRADE, TestArticles.PASSPORTS);
        List<Long> ids = TestUsers.asReviewer().get("/api/claims?sort=queue&article=" + article.id).jsonPath()
                .getList("items.id", Long.class);
        verdict(ids.get(0), "CORROBORATED");
        verdict(ids.get(1), "CONTESTED");
        FormSession form = FormSession.open("/", () -> as(editor));
        String verified = form.post("/sets", Map.of("name", "Verified marks", "verifiedOnly", "true", "claimIdsText",
                ids.get(0) + " " + ids.get(1) + " " + ids.get(2))).then().statusCode(303).extract().header("Location");
        String open = form.post("/sets", Map.of("name", "Open marks", "claimIdsText", ids.get(0) + " " + ids.get(1)))
                .then().statusCode(303).extract().header("Location");

        String page = as(editor).get(verified).then().statusCode(200).extract().asString();
        assertFalse(row(page, ids.get(0)).contains("left out of the export"), "a corroborated claim is exported");
        assertTrue(row(page, ids.get(1)).contains("left out of the export: Contested"), row(page, ids.get(1)));
        assertTrue(row(page, ids.get(2)).contains("left out of the export: Unreviewed"), row(page, ids.get(2)));
        as(editor).get(open).then().statusCode(200).body(not(containsString("left out of the export")));
    }

    /** The list item of one claim on a set's page. */
    private static String row(String page, long claimId) {
        return Arrays.stream(page.split("<li class=\"claim-row")).filter(r -> r.contains("href=\"/claims/" + claimId + "\""))
                .findFirst().orElseThrow(() -> new AssertionError("no row for claim " + claimId));
    }

    private static void verdict(long claimId, String verdict) {
        as(TestUsers.newUser("reviewer")).contentType(ContentType.JSON)
                .body(Map.of("verdict", verdict, "rationale", "Checked against the ministry's list."))
                .post("/api/claims/" + claimId + "/verdicts").then().statusCode(201);
    }

    @Test
    void tickedClaimsBecomeASetAndAClaimPageAddsToIt() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Pick"), LocalDate.of(2022, 3, 3),
                TestArticles.DRONES, TestArticles.TRADE);
        List<Long> ids = TestUsers.asReviewer().get("/api/claims?sort=queue&article=" + article.id).jsonPath()
                .getList("items.id", Long.class);
        FormSession form = FormSession.open("/", () -> as(editor));
        String location = form.post("/sets", Map.of("name", "Picked", "claimIds", ids.get(0))).then().statusCode(303)
                .extract().header("Location");
        long setId = Long.parseLong(location.replaceAll(".*/sets/(\\d+).*", "$1"));
        as(editor).get("/api/sets/" + setId).then().body("set.size", equalTo(1));

        FormSession claimPage = FormSession.open("/claims/" + ids.get(1), () -> as(editor));
        as(editor).get("/claims/" + ids.get(1)).then().body(containsString("Add to set"));
        claimPage.post("/sets/claims", Map.of("setId", setId, "claimId", ids.get(1))).then().statusCode(303);
        as(editor).get("/api/sets/" + setId).then().body("set.size", equalTo(2));
        TestUsers.asReviewer().get("/claims/" + ids.get(1)).then().body(not(containsString("Add to set")));
        TestUsers.asReviewer().redirects().follow(false).get("/sets").then().statusCode(403);
    }

    @Test
    void aSetWithNeitherNameNorClaimsShowsBothMessagesAndKeepsWhatWasTyped() {
        String editor = TestUsers.newUser("editor");
        FormSession form = FormSession.open("/sets", () -> as(editor));
        form.post("/sets", Map.of("name", " ", "description", "Kept as typed.")).then().statusCode(400)
                .body(containsString("<input id=\"set-name\" name=\"name\" value=\" \" required"
                        + " aria-describedby=\"name-error\" aria-invalid=\"true\">"))
                .body(containsString("A set needs a name of 1 to 200 characters."))
                .body(containsString("<textarea id=\"set-ids\" name=\"claimIdsText\" rows=\"3\""
                        + " aria-describedby=\"claimIds-error\" aria-invalid=\"true\">"))
                .body(containsString("Give a filter or some claim ids to make the set from."))
                .body(containsString("Kept as typed."));
    }

    @Test
    void theApiListsBothWhenASetHasNeitherNameNorClaims() {
        as(TestUsers.editorName()).contentType(io.restassured.http.ContentType.JSON).body(Map.of("name", ""))
                .post("/api/sets").then().statusCode(400)
                .body("error", equalTo("invalid input"))
                .body("errors.field", equalTo(List.of("name", "claimIds")));
    }
}
