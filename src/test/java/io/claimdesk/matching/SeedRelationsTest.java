package io.claimdesk.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relations the issue names, found on the seed articles' extracted claims. */
class SeedRelationsTest {

    private static ClaimIndex index;

    @BeforeAll
    static void index() {
        index = ClaimIndex.inMemory();
        index.add(SeedClaims.all());
    }

    private static Relation between(ClaimCard a, ClaimCard b) {
        return index.match(a, 20).stream().filter(r -> r.to() == b.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no relation: " + a.text() + " ⇄ " + b.text()));
    }

    @Test
    void delegationSizesConflict() {
        Relation r = between(SeedClaims.find("000", "approximately 60 business people"), SeedClaims.find("004", "delegation of 120 members"));
        assertEquals(RelationType.CONFLICT, r.type());
        assertEquals("60 business people ≠ 120 members", r.detail());
        assertTrue(r.evidence().contains("entity: Zarif"), r.evidence().toString());
    }

    @Test
    void zarifsTripIsOneEventWithADifferentItinerary() {
        ClaimCard trip = SeedClaims.find("000", "weeklong diplomatic trip");
        assertEquals(RelationType.SAME_EVENT, between(trip, SeedClaims.find("004", "delegation of 120 members")).type());
        Relation order = between(trip, SeedClaims.find("004", "began their journey in Cuba"));
        assertEquals(RelationType.CONFLICT, order.type());
        assertTrue(order.detail().startsWith("order:"), order.detail());
    }

    @Test
    void newChapterRemarkIsTheSameStatement() {
        Relation r = between(SeedClaims.find("000", "new chapter in the relations"), SeedClaims.find("004", "beginning of a new chapter"));
        assertTrue(r.type() == RelationType.SUPPORTS || r.type() == RelationType.SAME_EVENT, r.toString());
        assertTrue(r.evidence().stream().anyMatch(e -> e.contains("Ravanchi")), r.evidence().toString());
    }

    @Test
    void relationsLapsedVersusCloseSince2013Conflict() {
        Relation r = between(SeedClaims.find("001", "lapsed in 2013"), SeedClaims.find("002", "very close since the late President"));
        assertEquals(RelationType.CONFLICT, r.type());
        assertEquals("lapsed in 2013 ≠ close since 2013", r.detail());
    }

    @Test
    void ridiculedMilitaryCooperationContradictsDronesAndWeapons() {
        ClaimCard denial = SeedClaims.find("004", "accusations of military cooperation");
        for (String[] other : List.of(new String[] {"002", "Iran delivers weapons"}, new String[] {"001", "military trainers and drones"},
                new String[] {"002", "through their Defense Ministers"})) {
            assertEquals(RelationType.CONTRADICTS, between(denial, SeedClaims.find(other[0], other[1])).type(), other[1]);
        }
    }

    @Test
    void raisiAndAlbaAreNotLinkedToTheZarifArticle() {
        ClaimCard alba = SeedClaims.find("003", "Sacha Llorenti Soliz");
        assertTrue(index.match(alba, 20).stream().noneMatch(r -> r.to() / 1000 == 4), index.match(alba, 20).toString());
    }

    @Test
    void aFeatureCacheOfTwoClaimsFindsWhatTheFullOneFinds() {
        ClaimCard small = SeedClaims.find("000", "approximately 60 business people");
        try (ClaimIndex bounded = ClaimIndex.inMemory(2)) {
            bounded.add(SeedClaims.all());
            assertEquals(index.match(small, 20), bounded.match(small, 20));
            assertTrue(bounded.holds(small));
        }
    }

    @Test
    void removedClaimsAndReopenedIndexes(@TempDir Path dir) {
        ClaimCard small = SeedClaims.find("000", "approximately 60 business people");
        ClaimCard big = SeedClaims.find("004", "delegation of 120 members");
        try (ClaimIndex disk = ClaimIndex.at(dir)) {
            disk.add(SeedClaims.all());
        }
        try (ClaimIndex reopened = ClaimIndex.at(dir)) {
            assertTrue(reopened.match(small, 20).stream().anyMatch(r -> r.to() == big.id() && r.type() == RelationType.CONFLICT));
            reopened.remove(big.id());
            assertTrue(reopened.match(small, 20).stream().noneMatch(r -> r.to() == big.id()));
        }
    }
}
