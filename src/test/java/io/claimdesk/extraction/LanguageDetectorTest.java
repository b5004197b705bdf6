package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An article's language from its prose: English, Spanish, Portuguese, or "und" when the text cannot say. */
class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    static final String SPANISH = """
            Guardar
            Compartir
            LEE TAMBIÉN
            La alcaldía de Cochabamba anunció el lunes que el nuevo sistema de riego llegará a catorce comunidades \
            del valle antes de la próxima cosecha.
            Según el secretario de obras, los trabajos costarán unos 38 millones de bolivianos y emplearán a \
            cuatrocientos obreros de la región durante ocho meses.
            Los dirigentes campesinos, sin embargo, aseguraron que las tuberías prometidas hace dos años todavía no \
            han sido instaladas y que el agua sigue llegando por turnos.
            """;

    static final String PORTUGUESE = """
            Continua após a publicidade
            A prefeitura de Belém informou nesta segunda-feira que a nova estação de tratamento de esgoto vai \
            atender cerca de noventa mil moradores da periferia até o fim do ano.
            Segundo o secretário de saneamento, as obras custarão aproximadamente 45 milhões de reais e foram \
            financiadas em parte por um banco de desenvolvimento regional.
            Moradores do bairro ouvidos pela reportagem disseram que o mau cheiro do canal continua e que não \
            receberam nenhuma visita dos técnicos da companhia.
            """;

    static final String ENGLISH_WITH_FURNITURE = """
            Inicio Noticias Deportes Opinión Contacto
            Suscríbete Iniciar sesión Buscar
            The regional water utility said on Thursday that a leak in the main aqueduct had cut supply to three \
            districts of the city for most of the week.
            Engineers expect repairs to take until the weekend, a spokeswoman told reporters outside the pumping \
            station, adding that tanker trucks would serve schools first.
            Compartir en Facebook Compartir en WhatsApp
            Lo más leído
            """;

    @Test
    void spanishProseIsSpanishDespiteItsFurniture() {
        assertEquals(Language.ES, DETECTOR.detect(SPANISH));
    }

    @Test
    void portugueseProseIsPortugueseNotSpanish() {
        assertEquals(Language.PT, DETECTOR.detect(PORTUGUESE));
    }

    @Test
    void anEnglishStoryOnASpanishLanguagePageIsEnglish() {
        assertEquals(Language.EN, DETECTOR.detect(ENGLISH_WITH_FURNITURE));
    }

    @Test
    void aSingleSentenceIsEnoughWhenItIsClear() {
        assertEquals(Language.ES, DETECTOR.detect(
                "El tribunal electoral rechazó el recurso presentado por la oposición contra el recuento de votos."));
        assertEquals(Language.PT, DETECTOR.detect(
                "O tribunal eleitoral rejeitou o recurso apresentado pela oposição contra a recontagem dos votos."));
        assertEquals(Language.EN, DETECTOR.detect(
                "The electoral court rejected the appeal the opposition had filed against the recount of the votes."));
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertEquals(Language.UND, DETECTOR.detect("Hola amigos"));
        assertEquals(Language.UND, DETECTOR.detect("Guardar Compartir LEE TAMBIÉN"));
        assertEquals(Language.UND, DETECTOR.detect(""));
    }

    @Test
    void otherLanguagesAreUndetermined() {
        assertEquals(Language.UND, DETECTOR.detect("""
                La mairie de Lyon a annoncé lundi que le nouveau réseau de tramway desservira quatre quartiers \
                supplémentaires avant la fin de l'année prochaine, selon le vice-président chargé des transports."""));
        assertEquals(Language.UND, DETECTOR.detect("""
                Il comune di Torino ha annunciato lunedì che la nuova linea della metropolitana servirà altri quattro \
                quartieri entro la fine del prossimo anno, secondo l'assessore ai trasporti."""));
    }

    @Test
    void aTextHalfInOneLanguageAndHalfInAnotherIsUndetermined() {
        assertEquals(Language.UND, DETECTOR.detect("""
                The electoral court rejected on Monday the appeal the opposition had filed against the recount. \
                El tribunal electoral rechazó el lunes el recurso que la oposición presentó contra el recuento."""));
        assertEquals(Language.UND, DETECTOR.detect("""
                El tribunal electoral rechazó el lunes el recurso que la oposición presentó contra el recuento. \
                O tribunal eleitoral rejeitou na segunda o recurso que a oposição apresentou contra a recontagem."""));
    }

    @Test
    void aLineOfNamesIsUndetermined() {
        assertEquals(Language.UND, DETECTOR.detect("""
                Santos Fútbol Club Rosario Central Belgrano Vélez Sarsfield Estudiantes Gimnasia Boca Juniors"""));
    }

    /** Every annotated article, pasted with its furniture, is read as the language its reader annotated. */
    @Test
    void everyAnnotatedArticleIsReadAsItsLanguage() {
        int read = 0;
        for (String folder : new String[] {"en", "heldout", "es", "pt", "heldout-es", "heldout-pt"}) {
            for (Annotations.Annotated a : Annotations.corpus(folder)) {
                assertEquals(a.article().language(), DETECTOR.detect(a.text()).code(), folder + "/" + a.article().file());
                read++;
            }
        }
        assertEquals(true, read >= 115, read + " articles");
    }

    @Test
    void measuresTheCostOfOneArticle() {
        String longArticle = (SPANISH + PORTUGUESE + ENGLISH_WITH_FURNITURE).repeat(20);
        for (String article : new String[] {SPANISH, longArticle}) {
            for (int i = 0; i < 50; i++) {
                DETECTOR.detect(article);
            }
            int runs = 200;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                DETECTOR.detect(article);
            }
            System.out.printf("language detection: %.2f ms per article of %d characters%n",
                    (System.nanoTime() - start) / 1e6 / runs, article.length());
        }
    }
}
