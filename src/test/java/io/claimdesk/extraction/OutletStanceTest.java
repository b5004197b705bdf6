package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletStanceTest {

    private static StanceSuggestion stance(String text) {
        return SharedExtractor.INSTANCE.extract(text).outletStance();
    }

    @Test
    void loadedWordsInTheOutletsOwnVoice() {
        StanceSuggestion critical = stance("The Iranian regime has spread its propaganda across the region. "
                + "The dictator Daniel Ortega welcomed the delegation in Managua.");
        assertEquals(StanceSuggestion.CRITICAL, critical.stance());
        assertEquals(List.of("regime", "propaganda", "dictator"), critical.evidence());
        StanceSuggestion favourable = stance("Leftist governments hope to build a strong foundation of cooperation with Iran. "
                + "The governments kept their anti-imperialist foreign policy in 2016.");
        assertEquals(StanceSuggestion.FAVOURABLE, favourable.stance());
        assertEquals(List.of("strong foundation", "anti-imperialist"), favourable.evidence());
    }

    @Test
    void quotedAndAttributedWordsAreNotTheOutlets() {
        StanceSuggestion s = stance("“Certain states have joined the Zionist regime,” said the deputy minister to Fars. "
                + "Bullrich said the strategy helps Iranians to infiltrate all of Latin America.");
        assertEquals(StanceSuggestion.UNKNOWN, s.stance());
        assertTrue(s.evidence().isEmpty(), s.evidence().toString());
    }

    @Test
    void thinOrBalancedEvidenceIsUnknown() {
        assertEquals(StanceSuggestion.UNKNOWN, stance("The regime signed an agreement with Bolivia in 2023.").stance());
        assertEquals(StanceSuggestion.UNKNOWN, stance("The regime and its propaganda machine spoke of a new chapter "
                + "and of mutual respect with Bolivia in 2023.").stance());
    }

    @Test
    void aLongOwnVoiceWithoutLoadedWordsIsNeutral() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            text.append("Iran and Bolivia signed agreement number ").append(i).append(" on trade in 2023.\n\n");
        }
        StanceSuggestion s = stance(text.toString());
        assertEquals(StanceSuggestion.NEUTRAL, s.stance());
    }
}
