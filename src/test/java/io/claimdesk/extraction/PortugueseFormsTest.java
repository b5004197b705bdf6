package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms Portuguese-language outlets attribute, deny and hedge with, read with the Portuguese pack and no
 * part-of-speech model: who speaks in the text's last claim, and whether it is disputed.
 */
class PortugueseFormsTest {

    private static final ClaimExtractor PORTUGUESE = new ClaimExtractor(LanguagePack.of("pt"), Taxonomy.defaults());

    private static ExtractedClaim lastClaim(String text) {
        List<ExtractedClaim> claims = PORTUGUESE.extract(text).claims();
        return claims.get(claims.size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        O acordo prevê a entrega de seis drones até dezembro, afirmou o ministro da Defesa, Tarcísio Barbosa. | Tarcísio Barbosa | -
        Segundo a Polícia Federal, o navio atracou em Santos com 40 toneladas de carga. | Polícia Federal | -
        Um diplomata que pediu anonimato disse que o memorando foi assinado em Teerã. | diplomata | -
        A carga chegou ao porto em março – disse o delegado Rui Fontoura – e foi apreendida no mesmo dia. | Rui Fontoura | -
        Em entrevista à Rádio Gaúcha, a senadora Lúcia Prates afirmou que o governo escondeu o contrato. | Lúcia Prates | Rádio Gaúcha
        O Ministério da Defesa do Chile negou a compra e acusou a oposição de mentir, segundo a agência oficial Orbe. | Ministério da Defesa do Chile | Orbe
        O contrato previa a entrega de dez radares até junho, segundo a agência oficial Orbe. | Orbe | -
        Para a pesquisadora de segurança pública da Universidade Estadual do Ceará Helena Sampaio, o plano chegou tarde. | Helena Sampaio | -
        Para o diretor do Fundo Monetário Internacional, o plano chegou tarde. | diretor do Fundo Monetário Internacional | -
        "Não devemos nada a ninguém", afirma o presidente da cooperativa, Jorge Vaz. | Jorge Vaz | -
        O vereador da situação Paulo Rangel, membro da comissão de Finanças da Câmara eleita em 2020, acusou a prefeitura de esconder as contas. | Paulo Rangel | -
        Para o professor de direito eleitoral Tiago Moura, a regra chegou tarde. | Tiago Moura | -
        A reportagem procurou a Secretaria de Turismo, que informou que 12 hotéis fecharam em 2023. | Secretaria de Turismo | -
        O promotor Carlos Brito, que havia denunciado o prefeito, foi encontrado morto em março de 2015. | - | -
        Em Braga, pesquisa do instituto Pulsar divulgada na sexta-feira (3) mostra Costa com 41% das intenções de voto. | Pulsar | -
        """)
    void oneSentence(String text, String speaker, String via) {
        SpanishFormsTest.assertSpeaker(PORTUGUESE, text, speaker, via);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        O ministro da Defesa, Tarcísio Barbosa, disse que o acordo é civil. Acrescentou que nenhum drone foi entregue. | Tarcísio Barbosa
        A chanceler Marta Lobo viajou a Teerã na segunda-feira. A chanceler afirmou que a visita durou dois dias. | Marta Lobo
        Em Brasília, o deputado federal Hélio Martins (PSB-PE) protocolou um requerimento ao Ministério da Defesa. Para o parlamentar, a compra custou 40 milhões de reais. | Hélio Martins
        "A fragata chegou a Santos com 300 tripulantes", afirmou o porta-voz da capitania, Otávio Rezende, em nota. | Otávio Rezende
        O coordenador da operação, o delegado Sérgio Pimentel, disse que as balsas operavam a três quilômetros das aldeias. | Sérgio Pimentel
        O ministro Álvaro Reis defendeu que a obra seja concluída em 2027. A votação será retomada na quinta-feira com o voto do ministro Paulo Matos. Segundo o ministro, o governo federal vai pagar metade do custo. | Álvaro Reis
        A senadora Lúcia Prates disse que o contrato foi assinado em março. O deputado Caio Nunes chegou ao plenário às 15h. Logo depois, afirmou que o governo escondeu o contrato. | Caio Nunes
        Rosa Antunes, 71 anos, vende peixe na feira. O vizinho, Paulo Vieira, 40 anos, trabalha no barco. "O preço do gasóleo dobrou", diz a comerciante, de 71 anos. | Rosa Antunes
        O pescador Rui Paiva vende peixe na feira de Matosinhos há trinta anos. Desde março, paga o dobro pelo gasóleo. "O barco fica parado três dias por semana. Assim não dá para viver." | Rui Paiva
        A associação ambientalista Mar Limpo acusa a empresa de despejar esgoto no rio. Num parecer enviado à Agência Estadual de Águas, a associação afirmou que a multa foi de 2 milhões de euros. | Mar Limpo
        A associação ambientalista Mar Limpo acusa a empresa de despejar esgoto no rio. A associação que representa os pescadores da região afirmou que a multa não foi paga. | associação
        Em março, o Ministério da Educação liberou a verba das obras. Segundo a Secretaria Estadual de Educação, 40 escolas fecharam. O ministério informou que a reforma custará 2 milhões de reais. | Ministério da Educação
        O secretário Rui Lemos disse que a missão foi um sucesso. O vice-ministro de Comércio do Egito, Ali Hassan Farouk, declarou que o seu país pretende dobrar as compras de soja e convidou a comitiva a visitar o Cairo em maio. | Ali Hassan Farouk
        A colheita caiu 12% em 2021, segundo um estudo publicado em maio por um instituto de pesquisas agrícolas de Évora. O documento refere que a seca durou seis meses. | instituto de pesquisas agrícolas de Évora
        """)
    void acrossSentences(String text, String speaker) {
        assertEquals(speaker, lastClaim(text).attributedTo(), text);
    }

    /** A denial that spells out what it denies still disputes the other party's claim before it. */
    @org.junit.jupiter.api.Test
    void aDenialDisputesTheClaimItAnswers() {
        List<ExtractedClaim> claims = PORTUGUESE.extract("A agência Fars afirmou que dois cargueiros levaram peças de"
                + " drones a Manaus. O Itamaraty negou que os cargueiros tenham feito escala no Brasil.").claims();
        assertTrue(claims.get(0).disputed(), claims.get(0).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        O Itamaraty negou que o Irã tenha enviado drones ao Brasil. | DENIAL
        O governo rejeitou as acusações da oposição sobre o memorando. | DENIAL
        O Irã teria enviado instrutores militares à Venezuela em 2022, segundo a revista Veja. | ALLEGATION
        """)
    void denialsAndRumoursAreDisputed(String text, ClaimKind kind) {
        ExtractedClaim c = lastClaim(text);
        assertTrue(c.disputed(), text);
        assertEquals(kind, c.kind(), text);
        assertEquals(ClaimStance.DISPUTES, c.stance(), text);
    }
}
