package io.claimdesk.intake;

import io.claimdesk.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The import page tells the editor the language it detected, and stores the one the editor picks instead. */
@QuarkusTest
class ImportPageLanguageTest {

    /** A Portuguese story no other test tells: a ferry line on the Amazon. */
    private static String portuguese(String outlet) {
        return """
                SANTARÉM — A empresa de navegação que opera a linha entre Santarém e Óbidos anunciou nesta quarta-feira \
                que vai suspender duas das cinco viagens semanais por causa da seca que baixou o nível do rio.

                Segundo o diretor da empresa, os barcos maiores não conseguem atracar no porto de Óbidos desde o \
                início do mês, e os passageiros têm sido levados em lanchas até a margem.

                A capitania dos portos informou que a profundidade do canal caiu para menos de três metros e que novas \
                restrições podem ser impostas na próxima semana. %s
                """.formatted(outlet);
    }

    @Test
    void thePreviewNamesTheDetectedLanguageAndTheEditorsChoiceIsStored() {
        String outlet = TestArticles.uniqueOutlet("Tapajós");
        String text = portuguese(outlet);
        ImportPageTest.submit(Map.of("step", "preview", "text", text, "outlet", outlet), null, null, null).then()
                .statusCode(200)
                .body(containsString("<span lang=\"pt\">Português</span> <small class=\"evidence\">detected from the text</small>"));

        Response saved = ImportPageTest.submit(Map.of("step", "save", "text", text, "outlet", outlet, "language", "es"),
                null, null, null);
        saved.then().statusCode(303);
        String article = saved.header("Location").replaceAll(".*/articles/(\\d+).*", "$1");
        asReviewer().get("/api/articles/" + article).then().body("language", equalTo("es"));
    }
}
