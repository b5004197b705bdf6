package io.claimdesk.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginsTest {

    private static ClaimCard card(long article, String outlet, String attributedTo, String via) {
        return new ClaimCard(article, article, outlet, null, "text", attributedTo == null ? "ASSERTS" : "REPORTS",
                attributedTo, via, List.of(), false, null);
    }

    @Test
    void publicationDescriptionsAreDropped() {
        assertEquals("National Interest", Origins.originOf(card(1, "Diálogo", "the U.S. digital magazine National Interest", null)));
        assertEquals("National Interest", Origins.originOf(card(2, "IranWire", "National Interest", null)));
        assertEquals("Middle East Monitor", Origins.originOf(card(3, "X", "the English news portal Middle East Monitor", null)));
    }

    @Test
    void twoOutletsRepeatingOneWireReportAreOneOrigin() {
        Map<String, List<ClaimCard>> groups = Origins.group(List.of(
                card(1, "Outlet A", "Reuters", null), card(2, "Outlet B", "Thomson Reuters", null),
                card(3, "Outlet C", "the news agency Reuters", null), card(4, "Outlet D", null, null)));
        assertEquals(2, groups.size(), groups.keySet().toString());
        assertEquals(3, groups.get("Reuters").size());
        assertEquals(1, groups.get("Outlet D").size());
    }

    @Test
    void ownVoiceIsTheOutletAndCarriersCountWhenNoOneIsNamed() {
        assertEquals("teleSUR", Origins.originOf(card(1, "teleSUR", null, null)));
        assertEquals("Associated Press", Origins.originOf(card(2, "Outlet", null, "AP")));
        assertEquals("article 9", Origins.originOf(card(9, null, null, null)));
    }

    @Test
    void spellingsOfOneOfficialAreOneOrigin() {
        Map<String, List<ClaimCard>> groups = Origins.group(List.of(
                card(1, "teleSUR", "Majid Takht-e-Ravanchi", "Press TV"), card(2, "Outlet", "Majid Takht-Ravanchi", null),
                card(3, "Other", "Takht-Ravanchi", "Al Monitor")));
        assertEquals(1, groups.size(), groups.keySet().toString());
    }
}
