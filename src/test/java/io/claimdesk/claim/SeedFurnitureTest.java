package io.claimdesk.claim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Page furniture scraped along with the seed articles never becomes a claim. */
@QuarkusTest
class SeedFurnitureTest {

    /** Strings that are navigation, share buttons, captions, teasers, promos, sales and comment prompts in the seeds. */
    static final List<String> FURNITURE = List.of(
            "Audio Only", "google plus", "facebook", "twitter",
            "| Photo: AFP",
            "Bolivia Opens New 'Anti-Imperialist' Military Academy",
            "WATCH: Dossier 02/11",
            "10 of the Most Lethal CIA Interventions in Latin America",
            "Post with no comments.",
            "You are the news now",
            "VOTE",
            "Posted By TheNewsCommenter",
            "Countries across Europe and Asia are exploring special bilateral arrangements",
            "The result could be a globe fractured along epidemiological lines.",
            "Argument: Iran Is Working Hard",
            "To ensure uninterrupted reading, please contact Rachel Mines",
            "If you don't see any comments yet",
            "close button",
            "Switch to Iranwire Light?",
            "having trouble loading the content on this page",
            "6 min read",
            "Convicted Officials Roam Free in Iran Despite Sentences",
            "Select Language");

    @Test
    void noClaimQuotesPageFurniture() {
        for (Map<String, Object> claim : AnchorExactnessTest.allClaims()) {
            @SuppressWarnings("unchecked")
            String exact = (String) ((Map<String, Object>) claim.get("anchor")).get("exact");
            for (String furniture : FURNITURE) {
                assertFalse(exact.contains(furniture), "claim " + claim.get("id") + " quotes furniture: " + exact);
            }
        }
    }
}
