package io.claimdesk.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One small made-up pair per relation type, among unrelated claims so idf behaves as in a corpus. */
class SyntheticPairsTest {

    private static final List<String> FILLER = List.of(
            "The central bank of Norway raised interest rates by a quarter point on Tuesday.",
            "Heavy rain flooded the coastal town of Porto Alegre, forcing schools to close.",
            "The football club Ajax signed a young striker from Ghana for the new season.",
            "Scientists in Kyoto reported a new method for recycling lithium batteries.",
            "The mayor of Lyon opened a new tram line connecting the airport to the centre.",
            "Farmers in Punjab protested against the price of fertiliser and diesel.",
            "A museum in Vienna returned looted paintings to the heirs of their owners.",
            "The parliament of Kenya approved a budget that cuts fuel subsidies.");

    private static Optional<Relation> relate(String a, String stanceA, String b, String stanceB) {
        return relate(card(1, 1, a, stanceA), card(2, 2, b, stanceB));
    }

    private static Optional<Relation> relate(ClaimCard left, ClaimCard right) {
        List<ClaimCard> cards = new ArrayList<>();
        for (int i = 0; i < FILLER.size(); i++) {
            cards.add(card(100 + i, 100 + i, FILLER.get(i), "ASSERTS"));
        }
        cards.add(right);
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.add(cards);
            return index.match(left, 10).stream().filter(r -> r.to() == 2).findFirst();
        }
    }

    static ClaimCard card(long id, long article, String text, String stance) {
        return new ClaimCard(id, article, "Outlet " + article, null, text, stance, null, null, List.of(), false, null);
    }

    @Test
    void sameNumbersOfOneEventSupport() {
        Relation r = relate("Chile's President Gabriel Boric met Brazil's Lula da Silva in Brasilia and signed 12 trade agreements.", "ASSERTS",
                "In Brasilia, Gabriel Boric and Lula da Silva signed 12 trade agreements, officials said.", "REPORTS").orElseThrow();
        assertEquals(RelationType.SUPPORTS, r.type());
        assertTrue(r.evidence().stream().anyMatch(e -> e.contains("Boric")), r.evidence().toString());
    }

    @Test
    void differingCountsOfOneEventConflict() {
        Relation r = relate("Minister Alberto Fernandez travelled to Havana with about 40 business people.", "ASSERTS",
                "A delegation of 90 members accompanied Alberto Fernandez on his trip to Havana.", "ASSERTS").orElseThrow();
        assertEquals(RelationType.CONFLICT, r.type());
        assertTrue(r.detail().contains("40") && r.detail().contains("90"), r.detail());
    }

    @Test
    void relationshipEndedVersusCloseAtTheSameDateConflicts() {
        Relation r = relate("Ties between Ankara and Caracas were severed in 2009 when Erdogan recalled his envoy.", "ASSERTS",
                "Relations between Ankara and Caracas have been close since Erdogan's visit in 2009.", "ASSERTS").orElseThrow();
        assertEquals(RelationType.CONFLICT, r.type());
        assertTrue(r.detail().contains("2009"), r.detail());
    }

    @Test
    void denialOfMilitaryCooperationContradictsReportsOfWeapons() {
        Relation r = relate("Moscow's envoy Sergei Ryabkov dismissed claims of military cooperation with Managua as baseless.", "DISPUTES",
                "Russia shipped drones and weapons to Managua last year, according to a report.", "REPORTS").orElseThrow();
        assertEquals(RelationType.CONTRADICTS, r.type());
    }

    @Test
    void evidenceShowsTheWordsAsWrittenNotTheirStems() {
        Relation r = relate("The defence ministry of Peru denied that military trainers had arrived in Lima.", "DISPUTES",
                "Military trainers from the defence ministry arrived in Lima in May, a report said.", "REPORTS").orElseThrow();
        String shown = r.evidence() + " " + r.detail();
        assertTrue(shown.contains("military trainers") || shown.contains("defence ministry"), shown);
        for (String stem : List.of("defenc", "militari", "minist", "trainer")) {
            assertTrue(!java.util.regex.Pattern.compile("\\b" + stem + "\\b").matcher(shown).find(),
                    "stem '" + stem + "' shown to people: " + shown);
        }
    }

    @Test
    void sameStatementWithModerateOverlapIsTheSameEvent() {
        Relation r = relate("Prime Minister Narendra Modi will visit Argentina and Brazil next week to discuss lithium mining.", "ASSERTS",
                "Narendra Modi's tour of Argentina is expected to focus on lithium, his office said on Monday, adding that energy deals may follow.", "REPORTS").orElseThrow();
        assertTrue(r.type() == RelationType.SAME_EVENT || r.type() == RelationType.SUPPORTS, r.toString());
    }

    @Test
    void aDenialDoesNotAnswerWhatWasReportedYearsAfterIt() {
        String denied = "Bolivia's foreign ministry denied that Iranian engineers were helping to build drones in Santa Cruz.";
        String reported = "Iranian engineers are helping to build drones at a base near Santa Cruz, Bolivia, according to a report.";
        ClaimCard denial2016 = dated(1, denied, "DISPUTES", "DENIAL", LocalDate.of(2016, 3, 2));
        ClaimCard report2024 = dated(2, reported, "REPORTS", "ALLEGATION", LocalDate.of(2024, 5, 20));
        assertNot(RelationType.CONTRADICTS, denial2016, report2024);
        // the same denial, a week after the report, answers it
        ClaimCard denialThen = dated(1, denied, "DISPUTES", "DENIAL", LocalDate.of(2024, 5, 27));
        assertEquals(RelationType.CONTRADICTS, relate(denialThen, report2024).orElseThrow().type());
    }

    @Test
    void differingAmountsOfDifferentThingsDoNotConflict() {
        assertNot(RelationType.CONFLICT,
                dated(1, "Mexico's navy seized 40 tonnes of cocaine off the port of Manzanillo in March.", "ASSERTS", "QUANTITY", LocalDate.of(2025, 4, 2)),
                dated(2, "Mexico's navy deployed 90 patrol boats off the port of Manzanillo in March.", "ASSERTS", "QUANTITY", LocalDate.of(2025, 4, 3)));
    }

    @Test
    void twoDenialsOfOneShipmentDoNotContradictEachOther() {
        assertNot(RelationType.CONTRADICTS,
                dated(1, "Honduras's navy denied that the freighter Santa Elena had carried rifles to the port of La Ceiba.", "DISPUTES", "DENIAL", LocalDate.of(2025, 6, 3)),
                dated(2, "The freighter Santa Elena unloaded coffee machinery at La Ceiba and not rifles, the navy said in a statement.", "REPORTS", "EVENT", LocalDate.of(2025, 6, 4)));
    }

    @Test
    void percentagesOfDifferentThingsThatRoseAreNoConflict() {
        assertNot(RelationType.CONFLICT,
                dated(1, "In Ecuador, quarterly revenue at the telecoms group Andinacel rose 5.1 percent, driven by fibre growth.", "ASSERTS", "QUANTITY", LocalDate.of(2025, 10, 3)),
                dated(2, "Police data show that cocaine seizures in Ecuador's port of Guayaquil rose 3.5 percent in the quarter.", "REPORTS", "QUANTITY", LocalDate.of(2025, 10, 5)));
    }

    @Test
    void lastYearsFloodIsNotThisWeeksFlood() {
        assertNot(RelationType.CONFLICT,
                dated(1, "Floods in the state of Santa Catarina have killed at least 24 people since Monday, the governor said.", "REPORTS", "QUANTITY", LocalDate.of(2025, 4, 24)),
                dated(2, "The May 2024 floods in the state of Santa Catarina killed more than 180 people.", "ASSERTS", "QUANTITY", LocalDate.of(2025, 4, 25)));
    }

    @Test
    void twoAnonymousSourcesInTwoStoriesAreNotOneEvent() {
        ClaimCard talks = new ClaimCard(1, 1, "Outlet 1", LocalDate.of(2025, 5, 2),
                "Two people familiar with the talks, who spoke on condition of anonymity, said the company would raise its offer to dockers in Valparaiso.",
                "REPORTS", "Two people familiar with the talks", null, List.of(), false, "EVENT");
        ClaimCard navy = new ClaimCard(2, 2, "Outlet 2", LocalDate.of(2025, 5, 3),
                "Two officials at the ministry, who spoke on condition of anonymity, said the navy would send a frigate to Valparaiso.",
                "REPORTS", "Two officials at the ministry", null, List.of(), false, "EVENT");
        assertTrue(relate(talks, navy).isEmpty(), relate(talks, navy).toString());
    }

    private static void assertNot(RelationType type, ClaimCard a, ClaimCard b) {
        Optional<Relation> r = relate(a, b);
        assertTrue(r.map(Relation::type).filter(type::equals).isEmpty(), r.toString());
    }

    private static ClaimCard dated(long id, String text, String stance, String kind, LocalDate published) {
        return new ClaimCard(id, id, "Outlet " + id, published, text, stance, null, null, List.of(), false, kind);
    }

    @Test
    void unrelatedClaimsAreNotLinked() {
        assertTrue(relate("The central bank of Chile cut interest rates by half a point.", "ASSERTS",
                "A museum in Lima returned looted ceramics to the heirs of their owners.", "ASSERTS").isEmpty());
    }

    @Test
    void claimsOfTheSameArticleAreNeverCandidates() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.add(List.of(card(1, 7, "Gabriel Boric signed 12 trade agreements in Brasilia.", "ASSERTS"),
                    card(2, 7, "Gabriel Boric signed 12 trade agreements in Brasilia.", "ASSERTS")));
            assertTrue(index.match(card(1, 7, "Gabriel Boric signed 12 trade agreements in Brasilia.", "ASSERTS"), 10).isEmpty());
        }
    }
}
