package io.claimdesk.article;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each article's language: told on import or given, shown, filtered on, edited (drawing the claims again), exported. */
@QuarkusTest
class ArticleLanguageTest {

    /** A Spanish story no other test tells: a cooperative of quinoa growers in Oruro. */
    static String spanish(String outlet) {
        return """
                Inicio | Economía | Regiones

                ORURO — La cooperativa de productores de quinua del altiplano exportó 3.200 toneladas del grano a \
                Europa durante el último semestre, informó el martes su gerente, Teodora Callisaya.

                Según la cooperativa, los precios pagados a los agricultores subieron un 18 por ciento respecto del \
                año anterior, aunque las heladas de junio arruinaron parte de la cosecha en cuatro municipios.

                El ministerio de desarrollo rural anunció que financiará nuevas bodegas de almacenamiento para las \
                familias de la zona antes de la próxima siembra. %s
                """.formatted(outlet);
    }

    private static long importJson(String editor, Map<String, Object> body) {
        return as(editor).contentType(ContentType.JSON).body(body).post("/api/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void aSpanishArticleImportedThroughTheApiIsSpanishAndSoAreItsClaims() {
        String editor = TestUsers.newUser("editor");
        String outlet = TestArticles.uniqueOutlet("Altiplano");
        JsonPath imported = as(editor).contentType(ContentType.JSON)
                .body(Map.of("text", spanish(outlet), "outlet", outlet)).post("/api/articles").then().statusCode(201)
                .body("language", equalTo("es")).extract().jsonPath();
        long id = imported.getLong("id");

        as(editor).get("/api/articles/" + id).then().body("language", equalTo("es"));
        asReviewer().get("/api/claims?article=" + id).then().body("total", greaterThan(0))
                .body("items.language", everyItem(equalTo("es")));
        asReviewer().get("/api/claims?language=es&outlet=" + outlet).then().body("total", greaterThan(0));
        asReviewer().get("/api/claims?language=en&outlet=" + outlet).then().body("total", equalTo(0));
        asReviewer().get("/api/claims?language=fr").then().statusCode(400).body("error", equalTo("invalid language"));
    }

    @Test
    void aLanguageTheCallerGivesWinsOverDetection() {
        String editor = TestUsers.newUser("editor");
        String outlet = TestArticles.uniqueOutlet("Dado");
        long id = importJson(editor, Map.of("text", spanish(outlet), "outlet", outlet, "language", "PT"));
        as(editor).get("/api/articles/" + id).then().body("language", equalTo("pt"));
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("text", spanish(TestArticles.uniqueOutlet("Otro")), "language", "fr"))
                .post("/api/articles").then().statusCode(400).body("error", equalTo("invalid language"));
    }

    @Test
    void theListsShowTheLanguageBesideTheOutletAndFilterByIt() {
        String editor = TestUsers.newUser("editor");
        String outlet = TestArticles.uniqueOutlet("Listado");
        long id = importJson(editor, Map.of("text", spanish(outlet), "outlet", outlet));

        String badge = "<abbr class=\"badge language\" title=\"Español\" lang=\"es\">ES</abbr>";
        asReviewer().get("/?language=es&outlet=" + outlet).then().statusCode(200).body(containsString(badge))
                .body(containsString("<option value=\"es\" lang=\"es\" selected>Español</option>"));
        asReviewer().get("/?language=pt&outlet=" + outlet).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(badge)));
        asReviewer().get("/articles/" + id).then().statusCode(200).body(containsString(badge));
        as(editor).get("/articles/new").then().statusCode(200)
                .body(containsString("<option value=\"\">Detect automatically</option>"))
                .body(containsString("<option value=\"pt\" lang=\"pt\">Português</option>"));
    }

    @Test
    void changingTheLanguageDrawsTheClaimsAgainKeepsVerdictsAndRefusesAStaleVersion() {
        String editor = TestUsers.newUser("editor");
        String reviewer = TestUsers.newUser("reviewer");
        String outlet = TestArticles.uniqueOutlet("Cambio");
        long id = importJson(editor, Map.of("text", spanish(outlet), "outlet", outlet));
        long claimId = asReviewer().get("/api/claims?article=" + id).jsonPath().getLong("items[0].id");
        as(reviewer).contentType(ContentType.JSON)
                .body(Map.of("verdict", "CONTESTED", "rationale", "The cooperative's ledger shows 2,900 tonnes.",
                        "attribution", "ACCURATE"))
                .post("/api/claims/" + claimId + "/verdicts").then().statusCode(201);
        String etag = as(editor).get("/api/articles/" + id).header("ETag");

        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("language", "pt"))
                .patch("/api/articles/" + id).then().statusCode(200).body("language", equalTo("pt"));
        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("language", "en"))
                .patch("/api/articles/" + id).then().statusCode(409).body("current.language", equalTo("pt"));

        JsonPath claim = asReviewer().get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
        assertEquals("pt", claim.getString("language"));
        assertEquals("CONTESTED", claim.getString("status"), "the verdict survives the new reading");
        assertEquals("The cooperative's ledger shows 2,900 tonnes.", claim.getString("verdicts[0].rationale"));
        asReviewer().get("/api/claims?article=" + id).then().body("items.language", everyItem(equalTo("pt")));
        List<String> actions = as(editor).get("/api/history?size=200").jsonPath()
                .getList("items.findAll { it.articleId == " + id + " }.action");
        assertTrue(actions.contains("ARTICLE_EDITED") && actions.contains("ARTICLE_REEXTRACTED"), actions.toString());
    }

    @Test
    void theEditFormChangesTheLanguage() {
        String editor = TestUsers.newUser("editor");
        String outlet = TestArticles.uniqueOutlet("Formulario");
        long id = importJson(editor, Map.of("text", spanish(outlet), "outlet", outlet));
        String version = as(editor).get("/api/articles/" + id).header("ETag").replace("\"", "");
        as(editor).get("/articles/" + id + "/edit").then().statusCode(200)
                .body(containsString("<option value=\"es\" lang=\"es\" selected>Español</option>"));
        Map<String, String> form = new HashMap<>(Map.of("outlet", outlet, "language", "und", "version", version));
        io.claimdesk.FormSession.open("/articles/" + id + "/edit", () -> as(editor))
                .post("/articles/" + id + "/edit", form).then().statusCode(303);
        as(editor).get("/api/articles/" + id).then().body("language", equalTo("und"));
    }

    @Test
    void exportsCarryTheLanguage() throws Exception {
        String editor = TestUsers.newUser("editor");
        String outlet = TestArticles.uniqueOutlet("Exporta");
        long id = importJson(editor, Map.of("text", spanish(outlet), "outlet", outlet));
        long claimId = asReviewer().get("/api/claims?article=" + id).jsonPath().getLong("items[0].id");
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("verdict", "CORROBORATED", "rationale", "Customs records agree.", "attribution", "ACCURATE"))
                .post("/api/claims/" + claimId + "/verdicts").then().statusCode(201);

        String csv = as(editor).get("/api/claims/export?format=csv&outlet=" + outlet).then().statusCode(200)
                .extract().asString();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVParser.parse(csv.substring(1),
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
        assertTrue(!rows.isEmpty() && rows.stream().allMatch(r -> r.get("language").equals("es")), csv);

        as(editor).get("/api/claims/export?format=json&outlet=" + outlet).then().statusCode(200)
                .body("claims.language", everyItem(equalTo("es"))).body("claims.article.language", everyItem(equalTo("es")));
        as(editor).get("/api/claims/export?format=jsonld&outlet=" + outlet).then().statusCode(200)
                .body("'@graph'[0].itemReviewed.inLanguage", equalTo("es"))
                .body("'@graph'[0].itemReviewed.appearance.inLanguage", equalTo("es"));
        as(editor).get("/api/claims/export?format=html&outlet=" + outlet).then().statusCode(200)
                .body(containsString("language Español (es)"));
    }
}
