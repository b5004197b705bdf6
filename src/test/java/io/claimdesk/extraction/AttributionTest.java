package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who speaks in seed sentences, read by hand from the articles. */
class AttributionTest {

    private static ExtractedClaim claim(String seed, String startOfSentence) {
        return SharedExtractor.INSTANCE.extract(SeedTexts.read(seed)).claims().stream()
                .filter(c -> c.text().startsWith(startOfSentence)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting " + startOfSentence));
    }

    private static void assertSource(String seed, String sentence, String attributedTo, String via, ClaimStance stance) {
        ExtractedClaim c = claim(seed, sentence);
        assertEquals(attributedTo, c.attributedTo(), sentence);
        assertEquals(via, c.via(), sentence);
        assertEquals(stance, c.stance(), sentence);
    }

    @Test
    void accordingToWithQuotedBy() {
        assertSource("000_", "Iran expects Zarif’s visit", "Majid Takht-e-Ravanchi", "Press TV", ClaimStance.REPORTS);
    }

    @Test
    void invertedSaidWithMedium() {
        assertSource("000_", "“There are many fields", "Majid Takht-e-Ravanchi", "Mehr", ClaimStance.REPORTS);
    }

    @Test
    void outletReportsAtTheEnd() {
        assertSource("003_", "The Iranians planned to abduct", "Reuters", null, ClaimStance.REPORTS);
        assertSource("003_", "Both vessels had to dock", "Tehran Times", null, ClaimStance.REPORTS);
        assertSource("003_", "Several human rights groups", "Middle East Monitor", null, ClaimStance.REPORTS);
    }

    @Test
    void appositiveNameBeforeTitle() {
        assertSource("003_", "“Our message to President Raisi", "Ned Price", "Reuters", ClaimStance.REPORTS);
        assertSource("002_", "The Minister of Security of Argentina", "Patricia Bullrich", null, ClaimStance.DISPUTES);
    }

    @Test
    void multiSentenceQuoteTakesTheSpeakerNamedAtItsEnd() {
        assertSource("003_", "Its planned mining ventures", "National Interest", null, ClaimStance.REPORTS);
        assertSource("004_", "In addition to Iran’s long-standing partnership", "Foundation for Defense of Democracies",
                null, ClaimStance.REPORTS);
    }

    @Test
    void reportThatSomeoneSaid() {
        assertSource("004_", "Al Monitor reported", "Majid Takht-Ravanchi", "Al Monitor", ClaimStance.REPORTS);
    }

    @Test
    void pronounsFollowTheLastSpeaker() {
        assertSource("004_", "He added that Chile", "Majid Takht-Ravanchi", null, ClaimStance.REPORTS);
        assertSource("004_", "They added", "Foundation for Defense of Democracies", null, ClaimStance.REPORTS);
        assertSource("003_", "However, Iran has suffered several setbacks", "National Interest", null, ClaimStance.REPORTS);
    }

    @Test
    void shortNamesResolveToTheFullNameTheArticleGives() {
        assertSource("000_", "Takht-e-Ravanchi, said that the visit", "Majid Takht-e-Ravanchi", null, ClaimStance.REPORTS);
        assertSource("002_", "\"We are friends in difficult times,\"", "Ebrahim Raisi", null, ClaimStance.REPORTS);
        assertSource("002_", "\"In light of Bolivia's critical needs", "Mohammad Reza Ashtiani", null, ClaimStance.REPORTS);
    }

    @Test
    void anOfficeResolvesToItsHolder() {
        assertSource("002_", "\"We want to increase and deepen", "Ebrahim Raisi", null, ClaimStance.REPORTS);
    }

    @Test
    void aVerbAfterAndOrButSharesTheSentencesSubject() {
        assertEquals("Iran", claim("000_", "Iran has been growing increasingly close").attributedTo());
    }

    @Test
    void aClauseNamesItsOwnSpeaker() {
        assertSource("002_", "where Maduro only limited himself", "Nicolás Maduro", null, ClaimStance.REPORTS);
        assertSource("002_", "On that occasion, both countries signed agreements", null, null, ClaimStance.ASSERTS);
    }

    @Test
    void aQuotationRunningOverParagraphsKeepsItsSpeaker() {
        assertSource("002_", "The Americans have always considered you", "Ebrahim Raisi", null, ClaimStance.REPORTS);
    }

    @Test
    void demandsAreAttributed() {
        assertSource("003_", "As such, Amnesty International demanded", "Amnesty International", null, ClaimStance.REPORTS);
    }

    @Test
    void outletsOwnVoice() {
        assertSource("000_", "Zarif will be accompanied", null, null, ClaimStance.ASSERTS);
    }

    @Test
    void denialsAndHedgesAreDisputed() {
        ExtractedClaim denial = claim("004_", "He called accusations");
        assertEquals(ClaimKind.DENIAL, denial.kind());
        assertEquals(ClaimStance.DISPUTES, denial.stance());
        assertTrue(denial.disputed());
        ExtractedClaim alleged = claim("004_", "Jewish communities");
        assertEquals(ClaimStance.DISPUTES, alleged.stance());
        assertTrue(alleged.disputedReason().contains("allegedly"));
        ExtractedClaim passports = claim("002_", "Still, suspicions include");
        assertTrue(passports.disputed());
        assertTrue(passports.topics().contains("passports_identity"));
    }

    @Test
    void topicsFromKeywords() {
        assertTrue(claim("003_", "A joint military school").topics().contains("military_cooperation"));
        assertTrue(claim("001_", "In May, five tankers").topics().contains("energy_oil"));
        assertTrue(claim("004_", "He credited").topics().contains("nuclear_deal"));
        assertEquals(ClaimKind.QUANTITY, claim("000_", "Zarif will be accompanied").kind());
    }
}
