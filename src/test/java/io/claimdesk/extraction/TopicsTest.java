package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private static final TopicTagger TAGGER = new TopicTagger(Taxonomy.defaults(), "en");

    @Test
    void militaryCooperationIsGenerous() {
        for (String s : List.of("Iran sent drones to Caracas.", "A UAV was displayed.", "The Mohajer 6 crewless aerial vehicle flew.",
                "Iran delivers weapons by sea.", "Warships carried missiles.", "A frigate docked.", "A floating naval base.",
                "Military trainers arrived.", "A joint military school was scrapped.", "They signed a defence pact.",
                "The defense agreement was signed.", "The Defence Minister spoke.", "The pact included personnel training.",
                "It covers the sale of specific equipment.", "Bolivia needs border defence.")) {
            assertTrue(TAGGER.tag(s).contains("military_cooperation"), s);
        }
    }

    @Test
    void passportsAndIdentityDocuments() {
        for (String s : List.of("Bolivian passports were delivered.", "He carried a passport.", "False identity documents.",
                "They received ID cards.", "Citizenship papers were issued.", "Visas were granted.", "She was naturalized.")) {
            assertTrue(TAGGER.tag(s).contains("passports_identity"), s);
        }
    }

    @Test
    void latinAmericanIsNotTheUnitedStates() {
        assertFalse(TAGGER.tag("Latin American countries met.").contains("us_policy"));
        assertTrue(TAGGER.tag("American officials met.").contains("us_policy"));
        assertTrue(TAGGER.tag("The U.S. imposed sanctions.").containsAll(List.of("sanctions", "us_policy")));
    }

    @Test
    void topicsAreSortedIdsFromTheFixedList() {
        List<String> tags = TAGGER.tag("Hezbollah smuggled cocaine and oil while the nuclear deal and sanctions stood.");
        assertEquals(tags.stream().sorted().toList(), tags);
        assertTrue(Taxonomy.defaults().ids().containsAll(tags));
    }

    @Test
    void aDemonstrativeInheritsTheSubjectMatterOfWhatItPointsTo() {
        Extraction e = SharedExtractor.INSTANCE.extract("Two Iranian warships sailed toward Venezuela in June. "
                + "Both vessels had to dock in Russia weeks later, officials said.\n\n"
                + "Bolivia and Iran signed agreements on drones and military equipment in 2023. The minister of "
                + "Argentina, Patricia Bullrich, highlighted the seriousness of this agreement.");
        assertTrue(claim(e, "Both vessels").topics().contains("military_cooperation"));
        assertTrue(claim(e, "The minister of Argentina").topics().contains("military_cooperation"));
        assertFalse(claim(e, "Both vessels").topics().contains("diplomatic_relations"),
                "actor topics are the sentence's own");
    }

    private static ExtractedClaim claim(Extraction e, String start) {
        return e.claims().stream().filter(c -> c.text().startsWith(start)).findFirst().orElseThrow();
    }
}
