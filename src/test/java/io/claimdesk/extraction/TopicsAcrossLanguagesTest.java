package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A claim about drones or a defence memorandum takes the same topic ids in English, Spanish and Portuguese. */
class TopicsAcrossLanguagesTest {

    private static List<String> topics(String language, String text) {
        ClaimExtractor extractor = language.equals("en") ? SharedExtractor.INSTANCE
                : new ClaimExtractor(LanguagePack.of(language), Taxonomy.defaults());
        return extractor.extract(text).claims().get(0).topics().stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The navy received four unmanned aerial vehicles from Tehran in May. | Ecuador recibió cuatro aviones no tripulados de Teherán en mayo. | O Equador recebeu quatro drones de Teerã em maio.
        Quito and Tehran signed a defence memorandum on 12 May. | Quito y Teherán firmaron un memorando de defensa el 12 de mayo. | Quito e Teerã assinaram um memorando de defesa em 12 de maio.
        Four drones arrived at the port of Guayaquil in June. | Cuatro vehículos aéreos no tripulados llegaron al puerto de Guayaquil en junio. | Quatro veículos aéreos não tripulados chegaram ao porto de Guayaquil em junho.
        """)
    void theSameTopicsComeOutInEachLanguage(String english, String spanish, String portuguese) {
        List<String> expected = topics("en", english);
        assertEquals(true, expected.contains("military_cooperation"), english + " " + expected);
        assertEquals(expected, topics("es", spanish), spanish);
        assertEquals(expected, topics("pt", portuguese), portuguese);
    }
}
