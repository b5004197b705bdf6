package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The attribution forms outlets use, each in a short text of its own: who the desk shows as the speaker of the
 * text's last claim, and through whom.
 */
class AttributionFormsTest {

    private static ExtractedClaim lastClaim(String text) {
        var claims = SharedExtractor.INSTANCE.extract(text).claims();
        return claims.get(claims.size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Ana Ruiz was quoted by Radio Sur as saying the port had been closed since Monday. | Ana Ruiz | Radio Sur
        Ana Ruiz posted on Facebook that the port had been closed since Monday. | Ana Ruiz | -
        Professor Helena Vasconcelos of the University of São Paulo said rain would fall on 12 of the next 14 days. | Helena Vasconcelos | -
        Sources close to the president said the decree had been signed on Monday. | Sources close to the president | -
        The gap, doctors say, comes from patients who are diagnosed in private clinics in Asunción. | doctors | -
        The municipal comptroller reported in March that bus operators owe the city $14 million. | municipal comptroller | -
        Petróleos de Venezuela, S.A. (PDVSA) said crude output rose to 1.1 million barrels a day in May. | Petróleos de Venezuela, S.A. | -
        Radar imagery of the harbour at Port Louis shows four tugs moored beside the new quay since March. | - | -
        Footage of the crowd outside the stadium in Perth showed fans climbing the east gate on Saturday. | - | -
        As the historian M. K. Osei wrote in 1998, the railway reached Kumasi in 1903. | M. K. Osei | -
        Opposition MP Ruth Achieng said the tender had been cancelled twice since 2022. | Ruth Achieng | -
        Okonjo has also accused the governor's office of hiding the audit. | Okonjo | -
        The ministry says 94.2% of children were vaccinated, but doctors working in the flood-hit south say the true figure is far lower. | doctors working in the flood-hit south | -
        Residents living near the smelter say the river turned grey in March. | Residents living near the smelter | -
        On Thursday, the agency said 41 people were still missing. | agency | -
        Ruta Norte supporters accuse the winning party of trying to buy votes. | Ruta Norte supporters | -
        According to figures released by the central bank on Monday, inflation rose 4.1% in May. | central bank | -
        Data from the port authority show that 40 ships were waiting outside the breakwater. | port authority | -
        Quispe, 54, a crane operator for 20 years, said the pay offer was an insult to the workers. | Quispe | -
        A senior official told Reuters on condition of anonymity that the deal was close. | senior official | Reuters
        Protesters, many of them students, said they would march again on Friday. | Protesters | -
        Environmental groups such as Greenpeace say the dam will flood 40,000 hectares of forest. | Environmental groups such as Greenpeace | -
        """)
    void oneSentence(String text, String speaker, String via) {
        ExtractedClaim c = lastClaim(text);
        assertEquals(speaker, c.attributedTo(), text);
        assertEquals(via, c.via(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Human Rights Watch said on Monday that 41 protesters had been detained in Caracas. HRW said the detentions were arbitrary and that lawyers had been denied access. | Human Rights Watch
        Brazil's President Luiz Inácio Lula da Silva arrived in Bogotá on Tuesday for a two-day visit. Lula said the two countries would sign four agreements on energy and trade. | Luiz Inácio Lula da Silva
        Two U.S. officials who spoke on condition of anonymity said the ship left Bandar Abbas in August. The officials said no attempt had been made to stop or board the vessel. | Two U.S. officials
        The harbour master's office said 14 ships were waiting in the bay on Wednesday. By Wednesday afternoon the queue on Route 78 had reached the Leyda junction, the regional truckers' guild said. | regional truckers' guild
        A new report by the Andean Centre for Security Studies (CAES) counts four armed groups on the rivers. The report notes that U.S. funding for alternative development fell by 40 percent between 2023 and 2025. | Andean Centre for Security Studies
        Dr. Farzaneh Mir, the dentist who has lived in Caracas since the 1980s, spoke at the dinner in Persian and Spanish. She told Radio Caracas Sur that fewer than 1,000 Iranians live in Venezuela. | Farzaneh Mir
        The dockers' union says 2,400 members stopped work on Monday. Kenya Ports Authority disputes that figure. | Kenya Ports Authority
        The dockers' union says 2,400 members stopped work on Monday. The authority says 900 did. Kenya Ports Authority denies it. | Kenya Ports Authority
        A strike called by the Federation of Dock Workers (Fedoc) halted the port. Fedoc puts turnout among its members at 88%. | Federation of Dock Workers
        Treasurer Dr. Lena Moss says the stadium will cost A$1.2 billion. The Treasurer rejected the opposition's figure on Friday. | Lena Moss
        India's Ministry of Commerce and Industry says 310,000 tonnes reached Nepal. Nepal's Ministry of Agriculture puts the figure at 182,000 tonnes. The commerce ministry rejected the charge in a written reply. | India's Ministry of Commerce and Industry
        The row deepened on Monday, when opposition MP Lameck Banda accused district officials of paying allowances to vaccinators who did not exist. | Lameck Banda
        A price survey by St. Xavier's College in Kathmandu found that rice prices rose 8.3 percent in six months. | St. Xavier's College
        The Food Corporation of India's stock bulletin shows central rice stocks of 44 million tonnes. | Food Corporation of India
        The Malawi Association of Community Physicians (MACP) disputes the ministry's figure. | Malawi Association of Community Physicians
        The insurers, led by the Harwell Marine syndicate, raised the premium to 1.2 percent. Harwell disputed the minister's figure. | Harwell Marine
        The insurers, led by the Harwell Marine syndicate, raised the premium to 1.2 percent. The syndicate rejected the accusation of profiteering on Friday. | Harwell Marine
        Cartagena police said two drones had been seized near the naval base. Police said they had arrested a 31-year-old man on Friday. | Cartagena police
        Speaking at the ceremony, Minister of Transport Jasurbek Tursunov noted that the line cost $412.6 million. "Today we are opening a road to the sea," the minister emphasized. | Jasurbek Tursunov
        Dr. Amina Odhiambo, the port's director, opened the terminal on Tuesday. According to her, the terminal can handle 1.2 million containers a year. | Amina Odhiambo
        In January, Zelena Voda, an environmental group based in Skopje, published a 64-page report on groundwater. The report counts 11 wells that have dried up since 2021. | Zelena Voda
        Venezuela has denied that a cargo ship which docked at Puerto Cabello in September carried drone parts, after a US research group said satellite images pointed to a secret delivery. | Venezuela
        The mayor said the plant was safe. Fishermen go further. Several of them accuse the company of dumping brine at night. | Fishermen
        Conaf, the national forest corporation, said 40 crews were fighting the fires. The corporation said 12 homes had burned in Santa Juana. | Conaf
        The vote was counted twice, said Dr. Eliana Vargas Soto, head of the mission. The mission says 17 polling stations opened late. | mission
        """)
    void acrossSentences(String text, String speaker) {
        assertEquals(speaker, lastClaim(text).attributedTo(), text);
    }

    @org.junit.jupiter.api.Test
    void aParagraphThatIsOnlyAQuotationIsTheLastSpeakersWords() {
        String text = "Dr Nadia Kessler, one of the report's authors, told the programme that her team had tracked the"
                + " ship since August.\n\n\"We cannot see inside a container from space. What we can see is a cordon"
                + " around the yard and trucks arriving at an air base two days later.\"\n";
        ExtractedClaim c = lastClaim(text);
        assertEquals("Nadia Kessler", c.attributedTo(), c.text());
    }

    /** A summary or a live blog's latest post says "the operator" before the older post that says which. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The operator says fewer than half of its staff stayed away. | Ferrovia Nacional
        Malawi's health ministry says 8.4 million children had received a dose by Sunday. | Ministry of Health
        """)
    void aDescriptionTakesTheNameTheArticleGivesItFurtherDown(String summary, String speaker) {
        String text = summary + "\n\nAn arbitration panel on Monday ordered Ferrovia Nacional, the state operator, to run"
                + " at least 25% of its services.\n\nMinistry of Health spokesperson Adrian Chikumbu said teams had"
                + " crossed rivers by canoe.\n";
        assertEquals(speaker, SharedExtractor.INSTANCE.extract(text).claims().get(0).attributedTo(), text);
    }

    /** A paragraph that introduces a source and reports their words is news, not a note on the writer. */
    @org.junit.jupiter.api.Test
    void aSourceIntroducedByHisPostSpeaksInTheNextSentence() {
        String text = "Dock workers at the port of San Antonio stayed off the job for a sixth day on Monday.\n\n"
                + "The strike has halted 40 ships, the union said.\n\n"
                + "Tom Behr is the director of the port authority. He told reporters that 40 ships were waiting outside"
                + " the breakwater.\n";
        ExtractedClaim last = lastClaim(text);
        assertEquals("He told reporters that 40 ships were waiting outside the breakwater.", last.text());
        assertEquals("Tom Behr", last.attributedTo(), last.text());
    }

    @org.junit.jupiter.api.Test
    void aDescriptionTheArticleTiesToTwoNamesStaysADescription() {
        String text = "The operator says fewer than half of its staff stayed away.\n\nA panel ordered Ferrovia Nacional,"
                + " the state operator, to run at least 25% of its services. Comboios do Norte, a private operator,"
                + " cancelled 40 trains.\n";
        assertEquals("operator", SharedExtractor.INSTANCE.extract(text).claims().get(0).attributedTo(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Let no one misunderstand me: I respect the right to strike, and I have said so in every forum since 2019.
        I am not in a position to say who is right about the price the ministry paid for 40,000 tests.
        """)
    void theWritersOwnVoiceHasNoSpeaker(String text) {
        assertEquals(null, lastClaim(text).attributedTo(), text);
    }
}
