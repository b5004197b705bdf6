package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Spanish page as an editor pastes it from a browser: its dates (day first), bylines and furniture read with the
 * Spanish pack, and no furniture line inside a claim.
 */
class SpanishPageTest {

    private static final PageAssertions PAGE_OF = new PageAssertions("es");

    private static final String STORY = "El tren de carga entre Oruro y Arica volvió a circular el martes tras once días"
            + " de bloqueo, informó la empresa ferroviaria.\nLa carga retenida suma 3.200 toneladas de mineral, según"
            + " la cámara de exportadores.\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "-", textBlock = """
        3 de marzo de 2023                                  ~ 2023-03-03
        Publicado el 3 de marzo de 2023                     ~ 2023-03-03
        5 de junio del 2024                                 ~ 2024-06-05
        03/04/2023                                          ~ 2023-04-03
        03.04.2023                                          ~ 2023-04-03
        03-04-2023 14:20                                    ~ 2023-04-03
        12 mar 2023                                         ~ 2023-03-12
        03.mar.2023 a las 14:20                             ~ 2023-03-03
        jueves 5 de junio de 2024                           ~ 2024-06-05
        Jueves, 5 de junio de 2024, 08:15 hs                ~ 2024-06-05
        Actualizado: 04/03/2023 10:05                       ~ 2023-03-04
        Publicado el miércoles 1 de octubre de 2025         ~ 2025-10-01
        Martes 12 de marzo de 2024 | 14:20 (GMT-4)          ~ 2024-03-12
        04/25/2023                                          ~ -
        hace 3 horas                                        ~ -
        Actualizado hace 2 horas                            ~ -
        """)
    void datesAreReadDayFirst(String line, String date) {
        PAGE_OF.stamp(line, date);
    }

    @Test
    void anUpdatedLabelIsAnUpdate() {
        assertEquals(true, PAGE_OF.updated("Actualizado el 4 de marzo de 2023"));
        assertEquals(false, PAGE_OF.updated("Publicado el 4 de marzo de 2023"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "-", textBlock = """
        Por Rocío Mamani                                     ~ Rocío Mamani               ~ -       ~ -
        Por Rocío Mamani y Teodoro Vaca                      ~ Rocío Mamani y Teodoro Vaca ~ -      ~ -
        Por Rocío Mamani | El Heraldo Andino                 ~ Rocío Mamani               ~ El Heraldo Andino ~ -
        Rocío Mamani | El Heraldo Andino                     ~ Rocío Mamani               ~ El Heraldo Andino ~ -
        Por Redacción                                        ~ -                          ~ -       ~ -
        Por Agencia EFE                                      ~ -                          ~ -       ~ -
        Rocío Mamani\\nCorresponsal en Oruro\\n3 de marzo de 2023 ~ Rocío Mamani          ~ -       ~ 2023-03-03
        Rocío Mamani, enviada especial\\n03/03/2023 - 14:20    ~ Rocío Mamani              ~ -       ~ 2023-03-03
        Por Rocío Mamani\\nPublicado el 3 de marzo de 2023\\nActualizado el 4 de marzo de 2023 ~ Rocío Mamani ~ - ~ 2023-03-03
        """)
    void aBylineAboveTheStory(String byline, String author, String outlet, String published) {
        PAGE_OF.byline("El tren de Oruro vuelve a circular tras el bloqueo", byline, STORY, author, outlet, published);
    }
    @Test
    void furnitureLinesAreNamed() {
        List<String> furniture = List.of("Guardar", "Compartir", "LEE TAMBIÉN", "Lea también:", "Te puede interesar",
                "Publicidad", "Síguenos en Instagram y TikTok", "Suscríbete", "Escuchar", "Escuchar nota 4:12",
                "Foto: Teodoro Vaca / El Heraldo Andino", "Temas: Bolivia, Chile, trenes",
                "© 2024 El Heraldo Andino. Todos los derechos reservados.", "Sé el primero en comentar",
                "Más noticias", "Inicio Política Economía Mundo Deportes", "Lectura: 3 min", "hace 3 horas",
                "Recibe nuestro boletín cada mañana en tu correo", "Comentarios (12)",
                "Continúa después de la publicidad", "Con información de EFE y AFP",
                "LEA TAMBIÉN | Desaguadero amanece sin filas tras la reapertura", "Reportar error",
                "Este contenido fue publicado originalmente por Radio Illimani.",
                "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.");
        PAGE_OF.furniture(furniture, List.of("El Boletín Oficial publicó el decreto el lunes, según la agencia estatal.",
                "Los comentarios del ministro generaron críticas entre los exportadores de Oruro.",
                "La foto del acuerdo circuló en redes sociales el martes por la noche.",
                "Síguenos explicando la ruta, pidió el dirigente a los periodistas, según la radio local."));
    }

    private static final String PAGE = """
            EL HERALDO ANDINO
            Jueves, 5 de junio de 2025
            Inicio | Política | Economía | Mundo | Deportes
            Economía » Transporte » Ferrocarril
            El tren de carga Oruro–Arica vuelve a rodar tras once días de bloqueo
            Los exportadores calculan pérdidas de 14 millones de dólares por la carga retenida en la frontera
            Por Inés Choque | El Heraldo Andino
            Publicado el 3 de junio de 2025 a las 19:40
            Actualizado: 04/06/2025 08:12
            Lectura: 3 min
            Guardar
            Compartir

            El tren de carga entre Oruro y Arica volvió a circular el martes después de once días de bloqueo en la zona fronteriza, informó la Empresa Ferroviaria Andina.

            Foto: Mateo Ticona / El Heraldo Andino
            Vagones con mineral esperan en la estación de Oruro.

            La empresa dijo que 46 vagones con concentrado de zinc partieron a las seis de la mañana rumbo al puerto.

            LEE TAMBIÉN
            Las lluvias cortan la carretera a Tambo Quemado
            El gobierno anuncia un plan para la red oriental

            Según la Cámara de Exportadores, la carga retenida suma 3.200 toneladas y las pérdidas llegan a 14 millones de dólares.

            Continúa después de la publicidad

            El dirigente vecinal Rubén Apaza negó que el bloqueo fuera político y aseguró que los vecinos pedían agua potable.

            Temas: Oruro, ferrocarril, exportaciones
            Te puede interesar
            El precio del estaño sube por tercera semana
            Sé el primero en comentar
            Recibe nuestro boletín cada mañana en tu correo.
            Síguenos en Facebook, X e Instagram
            © 2025 El Heraldo Andino S.A. Todos los derechos reservados.
            """;

    @Test
    void aWholePageReadsItsMetadata() {
        MetadataReader.Metadata m = PAGE_OF.read(PAGE);
        assertEquals("El tren de carga Oruro–Arica vuelve a rodar tras once días de bloqueo", m.title().value());
        assertEquals("Inés Choque", m.author().value());
        assertEquals("El Heraldo Andino", m.outlet().value());
        assertEquals(LocalDate.of(2025, 6, 3), m.published().value(), "the banner's date is today's, not the story's");
    }

    @Test
    void aWireDatelineWithoutAYearGivesNoDate() {
        String text = "Bolivia y Perú reabren el paso de Desaguadero\n\nLA PAZ, 12 mar (EFE).- Los gobiernos de Bolivia y"
                + " Perú reabrieron este miércoles el paso fronterizo de Desaguadero, informaron fuentes oficiales.\n";
        MetadataReader.Metadata m = PAGE_OF.read(text);
        assertNull(m.published(), "the dateline states no year");
        assertEquals("EFE", m.outlet().value());
        String dated = text.replace("12 mar (EFE)", "12 mar 2025 (EFE)");
        assertEquals(LocalDate.of(2025, 3, 12), PAGE_OF.read(dated).published().value());
    }

    @Test
    void noFurnitureLineIsInsideAClaim() {
        PAGE_OF.claimsOnlyFromBody(PAGE, List.of("El tren de carga entre Oruro", "46 vagones", "Según la Cámara de Exportadores",
                "El dirigente vecinal Rubén Apaza"));
    }
}
