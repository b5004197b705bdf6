package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms Spanish-language outlets attribute, deny and hedge with, each in a short text of its own, read with the
 * Spanish pack and no part-of-speech model: who the desk shows as the speaker of the text's last claim, through whom,
 * and whether the claim is disputed.
 */
class SpanishFormsTest {

    static final ClaimExtractor SPANISH = new ClaimExtractor(LanguagePack.of("es"), Taxonomy.defaults());

    private static ExtractedClaim lastClaim(String text) {
        List<ExtractedClaim> claims = SPANISH.extract(text).claims();
        return claims.get(claims.size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        El acuerdo incluye la entrega de seis aviones no tripulados, afirmó el ministro de Defensa, Edmundo Novillo. | Edmundo Novillo | -
        El buque zarpó de Bandar Abbas el 3 de marzo de 2023, según fuentes diplomáticas. | fuentes diplomáticas | -
        De acuerdo con la Cancillería de Bolivia, la delegación estaba integrada por 60 empresarios. | Cancillería de Bolivia | -
        Para el analista Raúl Peñaranda, el memorando nunca fue presentado ante la Asamblea. | Raúl Peñaranda | -
        «La cooperación es exclusivamente civil», dijo el canciller Rogelio Mayta a la agencia EFE. | Rogelio Mayta | EFE
        La embajada de Irán en La Paz negó que el convenio incluya la venta de armas. | embajada de Irán en La Paz | -
        En palabras de la diputada Carolina Ribera, el Gobierno ocultó el contenido del memorando durante dos meses. | Carolina Ribera | -
        Un diplomático que pidió no ser identificado aseguró que el documento fue firmado en Teherán. | diplomático | -
        La cooperación incluye drones de vigilancia —dijo el general Julio Ortiz— y no armas ofensivas. | Julio Ortiz | -
        En entrevista con Radio Fides, el senador Centa Rek afirmó que el Ejecutivo no informó al Legislativo. | Centa Rek | Radio Fides
        El buque, según informó el diario El Deber, transportaba 400 toneladas de urea. | Deber | -
        Los vuelos entre Caracas y Teherán se reanudaron en julio, informó la aerolínea Conviasa en un comunicado. | Conviasa | -
        El volcán entró en erupción el martes por la mañana en la provincia de Sud Lípez. | - | -
        «Aquí el agua no alcanza para nadie —dice Marisol Pérez, de 31 años, mientras llena un bidón—. Solo para las vacas». | Marisol Pérez | -
        La cosecha de café cayó un 30 % en la región, según el último informe de la Federación Nacional de Cafeteros. | Federación Nacional de Cafeteros | -
        El Ministerio de Salud uruguayo declaró que no tiene registro de esos casos en la frontera. | Ministerio de Salud uruguayo | -
        Irán mantiene una embajada en Asunción desde 1992 y un centro cultural desde 2004. | - | -
        Un alto funcionario del Ministerio de Energía, que pidió no ser identificado, dijo que el contrato se firmará en marzo. | alto funcionario del Ministerio de Energía | -
        En palabras del exfiscal peruano Andrés Molina, que investigó el caso durante años, "el expediente nunca se cerró". | Andrés Molina | -
        La candidata Lucía Ferreyra habló ante 3.000 simpatizantes en el estadio municipal de Salta. | - | -
        Tres choferes de buses contaron a este diario que pagan una cuota semanal a la banda. | Tres choferes de buses | -
        "Yo solo cargaba cajas en el muelle", dijo uno de ellos ante el juez. | uno de ellos | -
        Dos semanas después anunció que dejaba el cargo de director del hospital. | - | -
        El jefe de Estado Nicolás Maduro afirmó que las elecciones serán en julio. | Nicolás Maduro | -
        El ministro de Defensa Edmundo Novillo dijo que los drones llegarán en marzo. | Edmundo Novillo | -
        "El Gobierno miente", sostuvo la senadora opositora Andrea Barrientos en Twitter. | Andrea Barrientos | -
        Según explicó el director del Instituto Nacional de Estadística (INE), Humberto Arandia, la pobreza bajó al 36 %. | Humberto Arandia | -
        "No habrá cortes de agua", afirmó a la prensa el alcalde de La Paz, Iván Arias. | Iván Arias | -
        "Vamos a ganar en primera vuelta", escribió en X el presidente Gustavo Petro. | Gustavo Petro | -
        Así lo informó el Ministerio de Defensa en un comunicado difundido el domingo. | Ministerio de Defensa | -
        Cada vez que se menciona a Irán en el Congreso, la discusión se divide en dos bandos. | - | -
        La cifra de 40 heridos fue confirmada por la Defensoría del Pueblo el martes. | Defensoría del Pueblo | -
        Para el exfiscal chileno Andrés Molina, el expediente nunca se cerró del todo. | Andrés Molina | -
        El Ministerio del Interior paraguayo informó que detuvo a dos sospechosos en Ciudad del Este. | Ministerio del Interior paraguayo | -
        """)
    void oneSentence(String text, String speaker, String via) {
        assertSpeaker(SPANISH, text, speaker, via);
    }

    /** The text's last claim is the speaker's, through the medium (or through none). */
    static void assertSpeaker(ClaimExtractor extractor, String text, String speaker, String via) {
        List<ExtractedClaim> claims = extractor.extract(text).claims();
        ExtractedClaim c = claims.get(claims.size() - 1);
        assertEquals(speaker, c.attributedTo(), text);
        assertEquals(via, c.via(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        El ministro de Defensa, Edmundo Novillo, dijo que el memorando fue firmado en Teherán el 20 de julio. Agregó que el texto no incluye la compra de armas. | Edmundo Novillo
        El canciller Rogelio Mayta viajó a Caracas el lunes. El canciller afirmó que la visita duró dos días. | Rogelio Mayta
        El Ministerio de Defensa de Bolivia publicó el texto del acuerdo el miércoles. El ministerio aseguró que los drones solo vigilarán la frontera. | Ministerio de Defensa de Bolivia
        La senadora Andrea Barrientos dijo en agosto que el informe no llegó. Además, denunció que el Gobierno ocultó el costo de los equipos. | Andrea Barrientos
        Sr. Quispe, dueño de la naviera Andina, llegó a Arica el 4 de mayo. Según él, la carga nunca salió del puerto. | Quispe
        La Corte ordenó la captura del representante a la Cámara Ernesto Julián Cárdenas Villamizar el martes. Cárdenas, por su parte, aseguró que el contrato costó 12 millones de pesos. | Ernesto Julián Cárdenas Villamizar
        "Firmamos tres acuerdos de energía", dijo el vicecanciller iraní, Reza Ghaffari Nejad. El diplomático persa rechazó que exista una fábrica de drones en Managua. | Reza Ghaffari Nejad
        La candidata Lucía Ferreyra votó a las 10:00 en Salta. Ferreyra habla de fraude en 12 mesas y pide un recuento. | Lucía Ferreyra
        El Ministerio de Salud Pública de Corrientes informó que hay 1.200 casos de dengue. El Colegio Médico denunció que faltan 30 médicos en la guardia. El Ministerio rechaza esa cifra y asegura que la guardia tiene 46 profesionales. | Ministerio de Salud Pública de Corrientes
        El ministro de Energía, Juan Pablo Ramírez, visitó la refinería. Según el funcionario, la planta producirá 80.000 barriles diarios. | Juan Pablo Ramírez
        La Defensoría del Pueblo publicó un informe sobre la crisis del agua. La entidad advirtió que hay 3.000 familias sin servicio. | Defensoría del Pueblo
        La empresa estatal Ecopetrol anunció una inversión de 500 millones de dólares. La petrolera indicó que los trabajos empezarán en junio. | Ecopetrol
        Pedro Castillo, expresidente de Perú, fue detenido en 2022. El exmandatario sostuvo que es un preso político. | Pedro Castillo
        —Es falso —dijo el ministro Pérez—. Nunca firmamos ese contrato con la naviera. | Pérez
        Un grupo de pescadores de Paita denunció que la planta vierte residuos en la bahía. Uno de ellos, el dirigente Julián Soto Vera, aseguró que la pesca cayó a la mitad. | Julián Soto Vera
        «No vuelvo al pueblo —dice Marisol—. Allá no queda nadie». Cada tarde, Marisol cuenta las monedas en la puerta de la pensión. «Si junto lo del pasaje, me voy a Lima —dice—. Si no, me quedo aquí». | Marisol
        """)
    void acrossSentences(String text, String speaker) {
        assertEquals(speaker, lastClaim(text).attributedTo(), text);
    }

    /** "«…», dijo." with no subject is the person the paragraph opens on, not the body quoted a paragraph before. */
    @Test
    void aSubjectlessVerbAfterAQuoteIsThePersonTheParagraphOpensOn() {
        String text = "El Servicio Electoral informó que votó el 61 % del padrón en la jornada.\n\n"
                + "Andrea Solís Marín se proclamó ganadora ante sus seguidores en la plaza central. "
                + "\"Gobernaré para toda la provincia\", dijo.";
        assertEquals("Andrea Solís Marín", lastClaim(text).attributedTo());
        String tells = "El Servicio Electoral informó que votó el 61 % del padrón en la jornada.\n\n"
                + "El alcalde Tomás Rivera visitó el mercado el martes. "
                + "Cuenta que el municipio invirtió 2 millones de pesos en el techo nuevo.";
        assertEquals("Tomás Rivera", lastClaim(tells).attributedTo());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        La Cancillería negó que Irán haya enviado drones a Bolivia. | DENIAL | DISPUTES
        El Gobierno rechazó las acusaciones de la oposición sobre el memorando. | DENIAL | DISPUTES
        El portavoz calificó de falsas las versiones sobre una base iraní en el Chapare. | DENIAL | DISPUTES
        Irán habría enviado instructores militares a Venezuela en 2022, según la revista Semana. | ALLEGATION | DISPUTES
        El presunto cargamento de armas llegó a Puerto Cabello en un buque de bandera iraní. | ALLEGATION | DISPUTES
        La oposición acusó al Gobierno de ocultar el contenido del memorando de defensa. | ALLEGATION | REPORTS
        """)
    void denialsAndHedgesAreDisputed(String text, ClaimKind kind, ClaimStance stance) {
        ExtractedClaim c = lastClaim(text);
        assertTrue(c.disputed(), text);
        assertEquals(kind, c.kind(), text);
        assertEquals(stance, c.stance(), text);
    }

    @Test
    void abbreviationsInvertedMarksAndAngleQuotesKeepSentencesWhole() {
        String text = "El Sr. Pérez llegó a EE.UU. el martes. ¿Quién pagó el pasaje? El Gral. Ortiz dijo: «Lo pagó el"
                + " Estado». La Dra. Vaca viajó aprox. 300 kilómetros hasta el N.º 5 de la avenida Arce.";
        List<String> claims = SPANISH.extract(text).claims().stream().map(ExtractedClaim::text).toList();
        assertEquals(List.of("El Sr. Pérez llegó a EE.UU. el martes.", "¿Quién pagó el pasaje?",
                "El Gral. Ortiz dijo: «Lo pagó el Estado».",
                "La Dra. Vaca viajó aprox. 300 kilómetros hasta el N.º 5 de la avenida Arce."), claims);
    }
}
