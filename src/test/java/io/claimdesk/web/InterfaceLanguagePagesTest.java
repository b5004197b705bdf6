package io.claimdesk.web;

import io.claimdesk.FormSession;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The desk's pages speak the reader's language: the account's choice first, else the browser's. */
@QuarkusTest
class InterfaceLanguagePagesTest {

    @Test
    void aSpanishBrowserGetsTheSignInPageInSpanishAndAnEnglishOneInEnglish() {
        given().header("Accept-Language", "es-AR,es;q=0.9,en;q=0.5").get(Urls.LOGIN).then().statusCode(200)
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("Iniciar sesión"))
                .body(containsString("Saltar al contenido"))
                .body(not(containsString("Skip to content")));
        given().header("Accept-Language", "en-GB,en;q=0.8").get(Urls.LOGIN).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Sign in"))
                .body(not(containsString("Iniciar sesión")));
        given().get(Urls.LOGIN).then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theClaimListIsDrawnInEachReadersLanguageNotServedFromTheOtherLanguagesCache() {
        String reviewer = TestUsers.newUser("reviewer");
        as(reviewer).header("Accept-Language", "en-GB").get("/?outlet=Nowhere+Ledger+Tuesday").then().statusCode(200)
                .body(containsString("Search claim text"))
                .body(containsString("No claims match this filter."));
        as(reviewer).header("Accept-Language", "es-419").get("/?outlet=Nowhere+Ledger+Tuesday").then().statusCode(200)
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("Buscar en el texto de las afirmaciones"))
                .body(containsString("Ninguna afirmación coincide con este filtro."))
                .body(containsString("Cola de revisión"))
                .body(not(containsString("Search claim text")));
    }

    @Test
    void theAccountsSettingWinsOverTheBrowserUntilItIsSetBackToTheBrowsersDefault() {
        String reviewer = TestUsers.newUser("reviewer");
        FormSession form = FormSession.open(Urls.OWN_PASSWORD, () -> as(reviewer));
        form.post(Urls.OWN_LANGUAGE, Map.of("interfaceLanguage", "es")).then().statusCode(303)
                .header("Location", containsString(Urls.OWN_PASSWORD + "?done=language"));

        as(reviewer).header("Accept-Language", "en-GB").get(Urls.OWN_PASSWORD + "?done=language").then().statusCode(200)
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("Idioma de la interfaz guardado."))
                .body(containsString("value=\"es\" checked"));
        as(reviewer).header("Accept-Language", "en-GB").get(Urls.QUEUE).then().statusCode(200)
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("Sin revisar"));

        form.post(Urls.OWN_LANGUAGE, Map.of("interfaceLanguage", "")).then().statusCode(303);
        as(reviewer).header("Accept-Language", "en-GB").get(Urls.QUEUE).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Review queue"));
        as(reviewer).header("Accept-Language", "es-MX").get(Urls.QUEUE).then().statusCode(200)
                .body(containsString("<html lang=\"es\">"));
    }

    @Test
    void aLanguageTheDeskDoesNotSpeakIsRefused() {
        String reviewer = TestUsers.newUser("reviewer");
        FormSession.open(Urls.OWN_PASSWORD, () -> as(reviewer))
                .post(Urls.OWN_LANGUAGE, Map.of("interfaceLanguage", "fr")).then().statusCode(400);
    }
}
