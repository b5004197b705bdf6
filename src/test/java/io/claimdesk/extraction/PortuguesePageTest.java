package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Portuguese page (Brazil and Portugal) as an editor pastes it: its dates (day first), bylines and furniture read
 * with the Portuguese pack, and no furniture line inside a claim.
 */
class PortuguesePageTest {

    private static final PageAssertions PAGE_OF = new PageAssertions("pt");

    private static final String STORY = "A balsa entre Belém e Marajó voltou a operar na segunda-feira depois de nove"
            + " dias parada, informou a concessionária.\nSegundo a capitania, 1.800 passageiros aguardavam no porto.\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "-", textBlock = """
        3 de março de 2023                                   ~ 2023-03-03
        Publicado em 3 de março de 2023                      ~ 2023-03-03
        03/04/2023 14h20                                     ~ 2023-04-03
        03/04/2023 14h20 Atualizado há 2 horas               ~ 2023-04-03
        03.mar.2023 às 14h20                                 ~ 2023-03-03
        Lisboa, 03 mar 2023                                  ~ 2023-03-03
        quinta-feira, 5 de junho de 2025                     ~ 2025-06-05
        Atualizado em 04/03/2023 - 10:05                     ~ 2023-03-04
        1º de maio de 2024                                   ~ 2024-05-01
        Publicado em 18/07/2024 - 07:40 (GMT-3)              ~ 2024-07-18
        04/25/2023                                           ~ -
        há 3 horas                                           ~ -
        Atualizado há 40 minutos                             ~ -
        """)
    void datesAreReadDayFirst(String line, String date) {
        PAGE_OF.stamp(line, date);
    }

    @Test
    void anUpdatedLabelIsAnUpdate() {
        assertEquals(true, PAGE_OF.updated("Atualizado em 04/03/2023 às 10h05"));
        assertEquals(false, PAGE_OF.updated("Publicado em 04/03/2023 às 09h00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "-", textBlock = """
        Por Luíza Barreto                                    ~ Luíza Barreto              ~ -            ~ -
        Por Luíza Barreto e Otávio Queiroz                   ~ Luíza Barreto e Otávio Queiroz ~ -        ~ -
        Por Luíza Barreto, de Belém                          ~ Luíza Barreto              ~ -            ~ -
        Luíza Barreto | Folha do Marajó                      ~ Luíza Barreto              ~ Folha do Marajó ~ -
        Da Redação                                           ~ -                          ~ -            ~ -
        Por Agência Lusa                                     ~ -                          ~ -            ~ -
        Luíza Barreto\\nRepórter\\n03/03/2023 14h20           ~ Luíza Barreto              ~ -            ~ 2023-03-03
        Luíza Barreto, de Belém\\n03/03/2023 14h20 Atualizado há 2 horas ~ Luíza Barreto   ~ -            ~ 2023-03-03
        Por Luíza Barreto\\nPublicado em 03/03/2023 - 14h20 Atualizado em 04/03/2023 - 09h15 ~ Luíza Barreto ~ - ~ 2023-03-03
        """)
    void aBylineAboveTheStory(String byline, String author, String outlet, String published) {
        PAGE_OF.byline("Balsa de Marajó volta a operar depois de nove dias", byline, STORY, author, outlet, published);
    }
    @Test
    void furnitureLinesAreNamed() {
        List<String> furniture = List.of("Compartilhe", "Salvar", "Leia também", "LEIA TAMBÉM:", "Leia mais",
                "Continua após a publicidade", "Publicidade", "Siga-nos no Instagram", "Assine", "Ouvir", "Ouvir matéria",
                "Foto: Otávio Queiroz/Folha do Marajó", "Tópicos: Pará, transporte", "Todos os direitos reservados.",
                "© 2025 Folha do Marajó", "Deixe seu comentário", "Mais notícias",
                "Início Política Economia Mundo Esportes", "3 min de leitura", "há 3 horas",
                "Receba as principais notícias no seu e-mail", "Comentários (4)", "Com informações da Agência Brasil",
                "Reprodução/Instagram", "Siga o Folha do Marajó no WhatsApp",
                "Leia mais: Barqueiros de Soure ameaçam nova paralisação", "Acompanhe o Folha do Marajó no Google Notícias",
                "Receba nossa newsletter", "Este conteúdo foi publicado originalmente pela Rádio Clube.");
        PAGE_OF.furniture(furniture, List.of("Os comentários do governador irritaram os barqueiros de Soure, segundo o sindicato.",
                "A foto da balsa encalhada circulou nas redes sociais na terça-feira à noite.",
                "Assine o acordo quem quiser, disse o prefeito aos jornalistas na porta da câmara."));
    }

    private static final String PAGE = """
            Folha do Marajó
            Quinta-feira, 5 de junho de 2025
            Início Política Economia Mundo Esportes
            Pará
            Balsa entre Belém e Marajó volta a operar depois de nove dias parada
            Concessionária diz que 1.800 passageiros aguardavam no terminal de Icoaraci
            Por Luíza Barreto e Otávio Queiroz, de Belém
            03/06/2025 19h40 Atualizado há 2 horas
            Compartilhe
            Ouvir matéria

            A balsa entre Belém e a ilha de Marajó voltou a operar na segunda-feira depois de nove dias parada por falha no motor, informou a concessionária Navega Pará.

            Continua após a publicidade

            Segundo a Capitania dos Portos, cerca de 1.800 passageiros aguardavam no terminal de Icoaraci na manhã desta terça.

            Leia também
            Chuva alaga ruas do centro de Macapá
            Governo anuncia nova linha para Breves

            O prefeito de Soure, Anselmo Pinheiro, negou que a prefeitura tenha atrasado o repasse à empresa.

            Foto: Otávio Queiroz/Folha do Marajó
            Passageiros na fila do terminal de Icoaraci.

            Tópicos: Pará, Marajó, transporte
            Deixe seu comentário
            Receba as principais notícias no seu e-mail.
            Siga a Folha do Marajó no Instagram
            © 2025 Folha do Marajó Ltda. Todos os direitos reservados.
            """;

    @Test
    void aWholePageReadsItsMetadata() {
        MetadataReader.Metadata m = PAGE_OF.read(PAGE);
        assertEquals("Balsa entre Belém e Marajó volta a operar depois de nove dias parada", m.title().value());
        assertEquals("Luíza Barreto e Otávio Queiroz", m.author().value());
        assertEquals("Folha do Marajó", m.outlet().value());
        assertEquals(LocalDate.of(2025, 6, 3), m.published().value(), "the banner's date is today's, not the story's");
    }

    @Test
    void aWireDatelineWithoutAYearGivesNoDate() {
        String text = "Governo português reforça ligação aérea com a Madeira\n\nFUNCHAL, 12 mar (Lusa) – O Governo"
                + " anunciou hoje mais quatro voos semanais entre Lisboa e o Funchal, disse fonte oficial.\n";
        MetadataReader.Metadata m = PAGE_OF.read(text);
        assertNull(m.published());
        assertEquals("Lusa", m.outlet().value());
        String dated = text.replace("12 mar (Lusa)", "12 mar 2025 (Lusa)");
        assertEquals(LocalDate.of(2025, 3, 12), PAGE_OF.read(dated).published().value());
    }

    @Test
    void noFurnitureLineIsInsideAClaim() {
        PAGE_OF.claimsOnlyFromBody(PAGE, List.of("A balsa entre Belém", "Segundo a Capitania", "O prefeito de Soure"));
    }

    /** A page from Portugal: an agency's name alone where the byline stands, "Partilhar", "Subscrever newsletter". */
    private static final String AGENCY_PAGE = """
            Diário do Tejo
            Sociedade
            Greve dos estivadores paralisa porto de Sines
            A paralisação afecta 40 navios, segundo a administração portuária.
            Lusa
            12 de Março de 2024, 14:30
            Partilhar
            Partilhar no Facebook
            Partilhar no X
            Ouvir este artigo
            00:00

            A greve dos estivadores do porto de Sines entrou hoje no terceiro dia, informou o sindicato.

            Publicidade

            "Não vamos recuar", disse à Lusa o dirigente sindical Rui Mendes.

            Segundo a administração do porto, 40 navios aguardam ao largo.

            Tópicos
            Sociedade
            Greves
            Portos
            Mais populares
            Subscrever newsletter
            © Diário do Tejo 2024
            """;

    @Test
    void anAgencyAloneSignsNoAuthor() {
        MetadataReader.Metadata m = PAGE_OF.read(AGENCY_PAGE);
        assertEquals("Greve dos estivadores paralisa porto de Sines", m.title().value());
        assertNull(m.author(), "an agency is no author");
        assertEquals("Diário do Tejo", m.outlet().value());
        assertEquals(LocalDate.of(2024, 3, 12), m.published().value());
        PAGE_OF.furniture(List.of("Partilhar", "Partilhar no Facebook", "Subscrever newsletter", "Mais populares"), List.of());
    }
}
