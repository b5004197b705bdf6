package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Kind, stance and disputed on single sentences, each rule on its own. */
class DisputeTest {

    private static ExtractedClaim only(String text) {
        Extraction e = SharedExtractor.INSTANCE.extract(text);
        assertEquals(1, e.claims().size(), e.claims().toString());
        return e.claims().get(0);
    }

    @Test
    void hedgesInTheOutletsVoice() {
        ExtractedClaim alleged = only("Tehran allegedly sponsored the attack on the embassy in Buenos Aires in 1992.");
        assertTrue(alleged.disputed());
        assertEquals(ClaimStance.DISPUTES, alleged.stance());
        assertEquals(ClaimKind.ALLEGATION, alleged.kind());
        assertTrue(alleged.disputedReason().contains("allegedly"));
        ExtractedClaim suspected = only("Still, suspicions include the delivery of Bolivian passports for purposes not yet clarified.");
        assertTrue(suspected.disputed());
        ExtractedClaim supposed = only("The president signed three memorandums covering a supposed reinforcement of trade.");
        assertEquals(ClaimStance.DISPUTES, supposed.stance(), "a hedge distances the outlet");
        assertFalse(supposed.disputed(), "but a hedge alone is no allegation");
    }

    @Test
    void accusationsPlotsAndAllegedCrimes() {
        assertTrue(only("The United States accused four Iranians of plotting to kidnap a journalist.").disputed());
        ExtractedClaim plan = only("The Iranians planned to abduct the journalist by speedboat, Reuters reported on July 14.");
        assertTrue(plan.disputed());
        assertTrue(plan.disputedReason().startsWith("alleged crime"), plan.disputedReason());
        assertTrue(only("Amnesty International demanded an investigation for crimes against humanity.").disputed());
        assertFalse(only("The Iranians planned to build a school in Bolivia, Reuters reported.").disputed(),
                "a plan is no plot without a crime");
    }

    @Test
    void aCrimeTheTextWillNotVouchForIsAnAllegation() {
        ExtractedClaim hedged = only("Most of the timber is reportedly smuggled across the river at night.");
        assertTrue(hedged.disputed());
        assertTrue(hedged.disputedReason().contains("reportedly"), hedged.disputedReason());
        assertFalse(only("Turnout in the district reportedly reached 71 percent.").disputed(),
                "a hedge on a plain fact is no allegation");
    }

    @Test
    void aSpeakerTellingWhatAnotherPartyIsAfterAccusesIt() {
        ExtractedClaim imputed = only("The union said the company was trying to replace striking drivers with temporary staff.");
        assertTrue(imputed.disputed());
        assertTrue(imputed.disputedReason().startsWith("imputed intent"), imputed.disputedReason());
        assertFalse(only("The utility said it was trying to restore power to 3,000 homes by Friday.").disputed(),
                "a party's own aim");
        assertFalse(only("\"We are trying to reach every family on the list,\" the mayor said.").disputed());
        assertFalse(only("Engineers are trying to drain the tunnel before the weekend.").disputed(),
                "nobody is quoted: the outlet's own report");
    }

    @Test
    void aDeniedFigureAndTheCounterFigureAreBothDisputed() {
        String text = "Ministry of Health spokesperson Adrian Phiri said 8.4 million children had received a dose by Sunday.\n\n"
                + "The Malawi Association of Community Physicians (MACP) disputes the ministry's figure. In a survey of 1,260 "
                + "households, the association found that only 71.5% of children had been vaccinated.\n";
        List<ExtractedClaim> claims = SharedExtractor.INSTANCE.extract(text).claims();
        assertEquals(3, claims.size(), claims.toString());
        assertTrue(claims.get(0).disputed(), claims.get(0).toString());
        assertTrue(claims.get(0).disputedReason().startsWith("figure disputed by"), claims.get(0).disputedReason());
        assertTrue(claims.get(2).disputed(), claims.get(2).toString());
        String unrelated = "Ministry of Health spokesperson Adrian Phiri said 8.4 million children had received a dose.\n\n"
                + "The association rejected the accusation of negligence.\n";
        assertFalse(SharedExtractor.INSTANCE.extract(unrelated).claims().get(0).disputed(),
                "a denial of something else leaves the figure alone");
        String statement = "Ministry of Health spokesperson Adrian Phiri said 8.4 million children had received a dose.\n\n"
                + "The association denied that its members had refused to take part in the campaign.\n";
        assertFalse(SharedExtractor.INSTANCE.extract(statement).claims().get(0).disputed(),
                "denying that something happened is no denial of the figure before it");
    }

    @Test
    void theStatementADenialRejectsIsDisputed() {
        String text = "Two Western diplomats said one of the documents signed in Caracas covered drone parts.\n\n"
                + "The Venezuelan foreign ministry rejected the accusations.\n";
        List<ExtractedClaim> claims = SharedExtractor.INSTANCE.extract(text).claims();
        assertEquals(2, claims.size(), claims.toString());
        assertTrue(claims.get(0).disputed(), claims.get(0).toString());
        assertTrue(claims.get(0).disputedReason().startsWith("rejected by"), claims.get(0).disputedReason());
        String spelledOut = "Two Western diplomats said one of the documents signed in Caracas covered drone parts.\n\n"
                + "The Venezuelan foreign ministry rejected accusations that it had hidden the audit.\n";
        assertFalse(SharedExtractor.INSTANCE.extract(spelledOut).claims().get(0).disputed(),
                "a denial that spells out what it rejects leaves the claim before it alone");
        String opinion = "The mayor said the new bridge should be a source of pride for every resident.\n\n"
                + "The opposition rejected the claim.\n";
        assertFalse(SharedExtractor.INSTANCE.extract(opinion).claims().get(0).disputed(),
                "an opinion rejected stays an opinion, not a disputed fact");
    }

    @Test
    void denials() {
        ExtractedClaim denial = only("He called accusations of military cooperation between Iran and Bolivia ‘ridiculous’, an official said.");
        assertEquals(ClaimKind.DENIAL, denial.kind());
        assertEquals(ClaimStance.DISPUTES, denial.stance());
        assertTrue(denial.disputed());
        assertEquals(ClaimKind.DENIAL, only("Iran has denied supplying weapons to the Venezuelan military.").kind());
        assertTrue(only("The ministry dismissed questions about the contract as politically motivated.").disputed());
        assertTrue(only("Such claims have nothing to do with reality, the regional administration said on Friday.").disputed());
        assertTrue(only("\"That figure is not supported by the evidence,\" said Rajiv Mehta, the hospital's security chief.").disputed());
    }

    @Test
    void unnamedSourcesAndThirdPartyArmsTransfers() {
        // an unnamed source is a reported claim, not by itself an allegation (the annotated corpus, 48 articles)
        ExtractedClaim sources = only("Industry sources reported that the Iranians were providing parts to restart refineries.");
        assertFalse(sources.disputed());
        assertEquals(ClaimStance.REPORTS, sources.stance());
        assertEquals("Industry sources", sources.attributedTo());
        ExtractedClaim transfer = only("A report by the Israel Defence Forces states that Iran delivers weapons to Venezuela by sea.");
        assertTrue(transfer.disputed(), "a report describing an arms transfer");
        assertFalse(only("\"We will supply equipment and training to that country,\" the Iranian minister told the media.").disputed(),
                "the supplier saying so itself is no allegation");
        assertFalse(only("Venezuelan Defense Minister Vladimir Padrino confirmed that Iran delivered drones to the army.").disputed());
        assertTrue(only("A report by the Colombian army states that Iran uses Venezuela as its base of operations.").disputed(),
                "a document's military claim");
        assertFalse(only("Both warships had to dock in St. Petersburg on July 24, the newspaper Tehran Times reported.").disputed(),
                "news of an event is no allegation");
    }

    /** The app's own filter tests rely on these sentences (io.claimdesk.TestArticles): one disputed, one military. */
    @Test
    void theAppsTestSentences() {
        ExtractedClaim drones = only("Iran delivered 12 drones and military trainers to Venezuela in April 2020, "
                + "the defence ministry in Caracas said on Monday.");
        assertTrue(drones.topics().contains("military_cooperation"));
        assertFalse(drones.disputed(), "a ministry saying so is a statement, not an allegation in a report");
        ExtractedClaim passports = only("Bolivian officials allegedly issued 40 passports to Iranian citizens in 2022, "
                + "according to a report by the Argentine security ministry.");
        assertTrue(passports.disputed());
        assertTrue(passports.topics().contains("passports_identity"));
        assertFalse(passports.topics().contains("military_cooperation"));
        ExtractedClaim trade = only("The two governments signed 25 economic agreements worth $3 billion in June 2023 "
                + "covering petrochemicals, mining and health.");
        assertFalse(trade.disputed());
        assertFalse(trade.topics().contains("military_cooperation"));
        ExtractedClaim shipped = only("Officials allegedly shipped 30 drones to Bolivia in 2023, according to the opposition.");
        assertTrue(shipped.disputed());
        assertTrue(shipped.topics().contains("military_cooperation"));
    }

    @Test
    void checkworthinessListsItsFeatures() {
        ExtractedClaim c = only("In May 2020, five tankers loaded with gasoline left Iranian ports for Venezuela.");
        assertTrue(c.features().containsAll(java.util.List.of("number", "date", "named-entity", "event-verb", "topic")), c.features().toString());
        assertTrue(c.checkable());
        assertTrue(c.checkworthiness() > 0.5 && c.checkworthiness() <= 1);
        ExtractedClaim opinion = only("Investments that Cuba was waiting for seem to remain only a wish of the government.");
        assertEquals(ClaimKind.OPINION, opinion.kind());
        assertFalse(opinion.checkable());
        assertTrue(opinion.checkworthiness() < c.checkworthiness());
    }

    @Test
    void anAppealIsAnOpinionButWhatItSetsIsAFact() {
        ExtractedClaim appeal = only("The report recommends a joint river patrol for the three countries with a single radio network.");
        assertEquals(ClaimKind.OPINION, appeal.kind());
        assertFalse(appeal.checkable());
        assertTrue(only("Every household still gets at least 50 litres a day, the minimum the WHO recommends.").checkable(),
                "the minimum an agency recommends is a figure that can be checked");
    }

    // Spanish and Portuguese (issue 12/16): each rule on sentences of its own, read with the language's pack.

    private static final ClaimExtractor SPANISH = SpanishFormsTest.SPANISH;
    private static final ClaimExtractor PORTUGUESE = new ClaimExtractor(LanguagePack.of("pt"), Taxonomy.defaults());

    private static List<ExtractedClaim> claims(ClaimExtractor extractor, String text) {
        return extractor.extract(text).claims();
    }

    private static ExtractedClaim last(ClaimExtractor extractor, String text) {
        List<ExtractedClaim> claims = claims(extractor, text);
        return claims.get(claims.size() - 1);
    }

    @Test
    void aShortReplyThatSaysNoIsADenial() {
        ExtractedClaim es = last(SPANISH, "El diputado Ramiro Vargas denunció que el puerto de Arica fue vendido a una"
                + " naviera china.\n\nEl Gobierno lo niega.\n");
        assertEquals("El Gobierno lo niega.", es.text());
        assertTrue(es.disputed());
        assertEquals(ClaimKind.DENIAL, es.kind());
        ExtractedClaim pt = last(PORTUGUESE, "Circula nas redes um vídeo segundo o qual a ponte de Itajaí teria"
                + " desabado no domingo. É falso.\n");
        assertEquals("É falso.", pt.text());
        assertTrue(pt.disputed());
        assertEquals(1, claims(SPANISH, "El puerto abrió en 2019.\n\nMuy bien.\n").size(),
                "a short sentence that denies nothing stays no claim");
    }

    @Test
    void aPartyGoesOnWithItsVersionInItsNextQuote() {
        ExtractedClaim quote = last(SPANISH, "La ministra de Minería, Elena Suárez, negó que la empresa haya recibido"
                + " concesiones en el parque nacional.\n\n\"Todas las licencias de la zona se otorgaron por licitación"
                + " pública en 2021\", sostuvo Suárez en la radio.\n");
        assertTrue(quote.disputed(), quote.toString());
        assertTrue(quote.disputedReason().startsWith("goes on with the version of"), quote.disputedReason());
        ExtractedClaim pt = last(PORTUGUESE, "O deputado Caio Prado acusou a prefeitura de esconder o custo da obra do"
                + " viaduto.\n\n\"O contrato foi assinado por 80 milhões de reais e ninguém viu o aditivo\", afirmou"
                + " Prado à rádio.\n");
        assertTrue(pt.disputed(), pt.toString());
        ExtractedClaim other = last(SPANISH, "La ministra de Minería, Elena Suárez, negó que la empresa haya recibido"
                + " concesiones en el parque nacional.\n\n\"El parque recibió 40.000 visitantes en 2021\", dijo el"
                + " alcalde de Puerto Suárez, Tomás Rey.\n");
        assertFalse(other.disputed(), "another speaker's quote is not the denier's version: " + other);
    }

    @Test
    void afterABareDenialThePartySaysWhatItHoldsInstead() {
        String es = "Los vecinos de San Roque denunciaron que la alcaldía desvió los fondos del nuevo hospital.\n\n"
                + "La alcaldía rechazó esa versión. Su portavoz, Mario Gil, explicó que los fondos se destinaron a tres"
                + " escuelas del distrito.\n";
        ExtractedClaim instead = last(SPANISH, es);
        assertTrue(instead.disputed(), instead.toString());
        assertTrue(instead.disputedReason().startsWith("says what"), instead.disputedReason());
        String pt = "A associação Rio Vivo acusa as fazendas da região de captar água sem licença.\n\n"
                + "A associação dos produtores rejeita as acusações. O seu presidente, Rui Lemos, garante que as 40"
                + " fazendas associadas têm as captações licenciadas.\n";
        assertTrue(last(PORTUGUESE, pt).disputed(), last(PORTUGUESE, pt).toString());
        String spelledOut = "Los vecinos de San Roque denunciaron que la alcaldía desvió los fondos del nuevo hospital.\n\n"
                + "La alcaldía rechazó la versión de los vecinos sobre el hospital. Su portavoz, Mario Gil, explicó"
                + " que las obras comenzarán en marzo.\n";
        assertFalse(last(SPANISH, spelledOut).disputed(), "a denial with its object is done: what follows adds to it");
    }

    @Test
    void aClaimSetAgainstADenialContradictsIt() {
        String text = "El ministro de Transporte, Julio Peña, negó que el carguero lleve armas a bordo.\n\n"
                + "El sindicato de estibadores, sin embargo, afirmó que sus afiliados vieron cajas de municiones en la"
                + " bodega.\n";
        ExtractedClaim c = last(SPANISH, text);
        assertTrue(c.disputed(), c.toString());
        assertTrue(c.disputedReason().startsWith("contradicts the denial of"), c.disputedReason());
    }

    @Test
    void decliningToCommentDeniesNothing() {
        assertFalse(last(SPANISH, "El Banco Central informó que no comenta operaciones de bancos privados.").disputed());
        assertFalse(last(SPANISH, "El comando de la candidata anunció que no se pronunciará hasta el recuento final.")
                .disputed());
        assertFalse(last(PORTUGUESE, "O Itamaraty informou que não comenta processos de outros países.").disputed());
        assertTrue(last(SPANISH, "El Banco Central informó que no autorizó la operación con el banco iraní.")
                .disputed(), "saying something did not happen still denies");
    }

    @Test
    void anAccusationPointedBackAtIsNoNewAccusation() {
        assertFalse(last(SPANISH, "El concejal no presentó documentos que respalden esa acusación.").disputed());
        assertFalse(last(PORTUGUESE, "Parte dessas acusações nunca chegou aos tribunais do país.").disputed());
        assertTrue(last(SPANISH, "El concejal presentó una acusación contra el alcalde por el contrato del agua.")
                .disputed());
    }

    @Test
    void aVersionCitedWithSegunLaCualInTheConditionalIsAnAllegation() {
        ExtractedClaim es = last(SPANISH, "Circula en redes una versión según la cual el alcalde vendería el estadio"
                + " municipal a un club privado.");
        assertTrue(es.disputed(), es.toString());
        assertTrue(last(PORTUGUESE, "Circula um áudio segundo o qual o prefeito venderia o estádio municipal a um"
                + " clube privado.").disputed());
        assertFalse(last(SPANISH, "El acuerdo, según el cual ambos países comparten el puerto, rige desde 2019.")
                .disputed(), "a document's content told in the present");
    }

    @Test
    void anEmphaticNegatedPastAndContraryToWhatWasClaimedDeny() {
        ExtractedClaim none = last(SPANISH, "El Ministerio de Defensa no ha firmado contrato alguno con la empresa"
                + " naval iraní.");
        assertTrue(none.disputed(), none.toString());
        assertEquals(ClaimKind.DENIAL, none.kind());
        assertFalse(last(PORTUGUESE, "Juridicamente, não há impedimento algum para a obra do porto, disse o"
                + " professor.").disputed(), "a reading of the law, not a denial");
        assertTrue(last(SPANISH, "La Policía no encontró armas en el depósito de Quillacollo, contrariamente a lo"
                + " afirmado por el senador.").disputed());
    }

    @Test
    void aRebuttalAnswersTheAllegationBackToTheOutletsVoice() {
        String passOver = "El ministro Luis Roca dijo que el piloto trabajó para una empresa militar iraní.\n\n"
                + "Roca aclaró después que no hay ninguna prueba de ello.\n\n"
                + "La embajada iraní negó que el piloto tenga vínculos militares.\n";
        ExtractedClaim allegation = claims(SPANISH, passOver).get(0);
        assertTrue(allegation.disputed(), "the embassy answers the allegation the minister took back: " + allegation);
        String outlet = "El senador Pablo Ríos afirmó que el puerto recibirá 40 buques al año.\n\n"
                + "El puerto abrió en 2019 con dos grúas.\n\nLa naviera negó cualquier participación.\n";
        assertFalse(claims(SPANISH, outlet).get(0).disputed(), "the outlet's own claim stands between");
        String ownAccount = "La ministra Ana Paz dijo que la planta cerrará en mayo.\n\n"
                + "El sindicato afirmó que no aceptará despidos.\n";
        assertFalse(claims(SPANISH, ownAccount).get(0).disputed(),
                "a party saying what it will not do answers nothing before it");
    }

    @Test
    void refusingAPermissionDeniesNoClaim() {
        assertFalse(last(SPANISH, "El avión quiso aterrizar en Asunción, pero Paraguay le negó el permiso de"
                + " aterrizaje.").disputed());
        assertFalse(last(PORTUGUESE, "O navio pediu para atracar em Santos, mas a Marinha negou o acesso ao porto.")
                .disputed());
        assertTrue(last(SPANISH, "El Gobierno negó el pago de sobornos a los funcionarios del puerto.").disputed());
    }

    @Test
    void aViolationSomebodyReportsIsAnAllegedCrime() {
        ExtractedClaim es = last(SPANISH, "Fuentes aduaneras indicaron que la empresa exportó los motores en violación"
                + " de las normas de control de exportaciones.");
        assertTrue(es.disputed(), es.toString());
        assertTrue(last(PORTUGUESE, "Segundo a Receita Federal, o armador violou as regras de exportação de"
                + " combustível.").disputed());
    }

    @Test
    void aPortugueseConjectureNeedsItsParticiple() {
        assertTrue(last(PORTUGUESE, "Segundo a revista, dois técnicos iranianos terão chegado a Manaus em março.")
                .disputed());
        assertTrue(last(PORTUGUESE, "De acordo com a denúncia, os diretores teriam se reunido com o empresário em"
                + " Foz.").disputed());
        assertFalse(last(PORTUGUESE, "O julgamento terá repercussão geral e valerá para 300 processos, segundo o"
                + " tribunal.").disputed(), "a future");
        assertFalse(last(PORTUGUESE, "Pela proposta, os pescadores só teriam direito às áreas registradas até 2010.")
                .disputed(), "a condition");
    }

    @Test
    void aSuspicionDeniedOrWithheldIsNone() {
        assertFalse(last(SPANISH, "Nada de eso es ilegal ni sospechoso en un puerto de ese tamaño.").disputed());
        assertFalse(last(PORTUGUESE, "A Polícia Civil abriu inquérito, mas não divulgou suspeitos do incêndio.")
                .disputed());
        assertTrue(last(SPANISH, "El fiscal investiga un presunto pago de sobornos en el puerto de Arica.")
                .disputed());
    }

    @Test
    void aCrimeAPartyFightsAccusesNobody() {
        assertFalse(last(SPANISH, "El convenio prevé capacitación de policías y la lucha contra el narcotráfico,"
                + " afirmó el ministro de Gobierno, Raúl Flores.").disputed());
        assertFalse(last(PORTUGUESE, "O governo reiterou o seu compromisso com o combate ao contrabando na"
                + " fronteira.").disputed());
        assertTrue(last(SPANISH, "La diputada Ana Ríos dijo que la denuncia contra el alcalde por corrupción fue"
                + " archivada.").disputed(), "a charge against somebody still accuses");
    }

    @Test
    void anAccountAPartyCallsMadeUpIsDisputedWhole() {
        String text = "ENTREVISTAS\n\nMarta Quiroga: «Vi contenedores que salían sin pasar por el escáner»\n\n"
                + "Marta Quiroga Vela (Tacna, 1968) dirigió entre 2015 y 2019 la aduana del puerto de Arica. Desde 2020"
                + " vive en Lima, donde escribe un libro sobre el contrabando en el Pacífico sur.\n\n"
                + "—¿Qué vio durante sus años en la aduana?\n\n"
                + "—Vi contenedores que salían hacia Bandar Abbas sin pasar por el escáner, con papeles firmados en"
                + " otra oficina.\n\n"
                + "—¿Cuántos fueron en total?\n\n"
                + "—Conté 62 contenedores entre 2017 y 2018, todos de la misma naviera.\n\n"
                + "—¿Quién los autorizaba?\n\n"
                + "—Llegaban con una firma del despacho del viceministro de Hacienda, que yo no podía revisar.\n\n"
                + "—El Ministerio de Hacienda afirma que usted inventó esa historia para vender un libro.\n\n"
                + "—Es falso. Yo denuncié el caso por escrito en 2019 ante la Contraloría, y me despidieron en"
                + " marzo.\n";
        List<ExtractedClaim> claims = claims(SPANISH, text);
        ExtractedClaim counted = claims.stream().filter(c -> c.text().contains("Conté 62")).findFirst().orElseThrow();
        ExtractedClaim seen = claims.stream().filter(c -> c.text().contains("Vi contenedores")).findFirst().orElseThrow();
        assertTrue(counted.disputed(), counted.toString());
        assertTrue(seen.disputed(), seen.toString());
        assertTrue(seen.disputedReason().startsWith("an account"), seen.disputedReason());
    }
}
