package io.claimdesk.intake;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The editors' import page: upload, preview with inferred metadata and claims, correct, save. */
@QuarkusTest
class ImportPageTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Opens the form as an editor would and posts it as multipart, with the form's token and cookie. */
    static Response submit(Map<String, String> fields, byte[] file, String fileName, String fileType) {
        Response page = asAdmin().get("/articles/new");
        page.then().statusCode(200);
        Matcher m = TOKEN.matcher(page.asString());
        assertTrue(m.find(), "the form carries a CSRF token");
        var request = asAdmin().redirects().follow(false).cookies(page.getCookies()).multiPart("csrf-token", m.group(1));
        fields.forEach((k, v) -> request.multiPart(k, v));
        if (file != null) {
            request.multiPart("file", fileName, file, fileType);
        }
        return request.post("/articles/new");
    }

    @Test
    void anUploadedPageIsPreviewedWithItsEvidenceThenSaved() {
        String html = "<html><head><title>Caracas deal</title><meta name=\"author\" content=\"Rosa Diaz\">"
                + "<meta property=\"article:published_time\" content=\"2024-02-03T10:00:00Z\"></head><body><nav>Menu Home</nav><article><p>"
                + ImportApiTest.story().replace("\n\n", "</p><p>") + "</p></article></body></html>";
        Response preview = submit(Map.of("step", "preview", "outlet", "Upload Daily"), html.getBytes(StandardCharsets.UTF_8),
                "deal.html", "text/html");
        preview.then().statusCode(200)
                .body(containsString("Check before saving"))
                .body(containsString("Read as html"))
                .body(containsString("Rosa Diaz"))
                .body(containsString("inferred from “meta name=author”"))
                .body(containsString("2024-02-03"))
                .body(containsString("12 drones"))
                .body(containsString("id=\"save-import\""));
        String text = preview.asString();
        assertTrue(!text.contains("Menu Home"), "navigation is not part of the previewed text");

        String cleaned = ImportApiTest.story().strip();
        Response saved = submit(Map.of("step", "save", "text", cleaned, "outlet", "Upload Daily", "author", "Rosa Diaz"), null, null, null);
        saved.then().statusCode(303).header("Location", containsString("/articles/"));
        asReviewer().get(saved.header("Location")).then().statusCode(200).body(containsString("Article imported"));
    }

    @Test
    void refusalsKeepWhatWasTypedAndSayWhatToFix() {
        submit(Map.of("step", "preview", "text", ImportApiTest.story(), "published", "next week", "outlet", "Kept Outlet"), null, null, null)
                .then().statusCode(400).body(containsString("published must be a date"))
                .body(containsString("value=\"Kept Outlet\"")).body(containsString("aria-invalid=\"true\""));
        submit(Map.of("step", "preview"), "%PDF-1.4 binary".getBytes(StandardCharsets.ISO_8859_1), "scan.pdf", "application/pdf")
                .then().statusCode(415).body(containsString("PDF"));
        submit(Map.of("step", "preview", "text", "Too short."), null, null, null)
                .then().statusCode(400).body(containsString("at least 200"));
    }

    @Test
    void theFormIsForEditors() {
        asReviewer().redirects().follow(false).get("/articles/new").then().statusCode(403);
        asAdmin().get("/articles/new").then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""));
        TestUsers.as(TestUsers.newUser("editor")).get("/articles/new").then().statusCode(200);
        asAdmin().get("/articles").then().statusCode(200).body(containsString("href=\"/articles/new\""));
    }

    @Test
    void aTooShortTextAndAWrongDateAreShownTogether() {
        submit(Map.of("step", "preview", "text", "Too short.", "published", "next week", "outlet", "Kept Outlet"), null, null, null)
                .then().statusCode(400)
                .body(containsString("<textarea id=\"text\" name=\"text\" rows=\"10\" aria-describedby=\"text-error\""
                        + " aria-invalid=\"true\">Too short.</textarea>"))
                .body(containsString("at least 200"))
                .body(containsString("<input id=\"published\" name=\"published\" value=\"next week\""
                        + " aria-describedby=\"published-error\" aria-invalid=\"true\">"))
                .body(containsString("published must be a date"))
                .body(containsString("value=\"Kept Outlet\""));
    }
}
