package io.claimdesk.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of links on the hand-linked seed pairs (src/test/resources/matching/linked-pairs.csv).
 * Precision is strict: every suggested cross-article link not in the hand-linked set counts as wrong, though
 * the set cannot list every defensible link.
 */
class LinkedPairsEvaluationTest {

    record Gold(ClaimCard a, ClaimCard b, Set<RelationType> types) {
    }

    @Test
    void linksOnTheHandLinkedSeedPairs() throws IOException {
        List<Gold> gold = gold();
        Map<Set<Long>, Relation> found = new HashMap<>();
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.add(SeedClaims.all());
            for (ClaimCard c : SeedClaims.all()) {
                for (Relation r : index.match(c, 20)) {
                    found.merge(Set.of(r.from(), r.to()), r, (x, y) -> x.score() >= y.score() ? x : y);
                }
            }
        }
        int hit = 0;
        int typed = 0;
        Set<Set<Long>> goldKeys = new java.util.HashSet<>();
        for (Gold g : gold) {
            Set<Long> key = Set.of(g.a().id(), g.b().id());
            goldKeys.add(key);
            Relation r = found.get(key);
            if (r != null) {
                hit++;
                typed += g.types().contains(r.type()) ? 1 : 0;
            }
            System.out.printf("%-5s %-12s %s %s ⇄ %s%n", r == null ? "MISS" : "ok", r == null ? "" : r.type(), r == null ? "" : r.score() + " " + r.detail(),
                    cut(g.a().text()), cut(g.b().text()));
        }
        List<Relation> extra = new ArrayList<>();
        for (Map.Entry<Set<Long>, Relation> e : found.entrySet()) {
            if (!goldKeys.contains(e.getKey())) {
                extra.add(e.getValue());
            }
        }
        for (Relation r : extra) {
            System.out.printf("EXTRA %-12s %.2f %s ⇄ %s | %s%n", r.type(), r.score(), cut(text(r.from())), cut(text(r.to())), r.detail());
        }
        double recall = hit / (double) gold.size();
        double precision = found.isEmpty() ? 0 : (found.size() - extra.size()) / (double) found.size();
        double typeAccuracy = hit == 0 ? 0 : typed / (double) hit;
        System.out.printf("linked pairs: %d, found %d, recall %.2f, type accuracy %.2f, suggested %d, strict precision %.2f%n",
                gold.size(), hit, recall, typeAccuracy, found.size(), precision);
        assertTrue(recall >= 0.6, "recall " + recall);
        assertTrue(precision >= 0.7, "precision " + precision);
        assertTrue(typeAccuracy >= 0.8, "type accuracy " + typeAccuracy);
    }

    private static String text(long id) {
        return SeedClaims.all().stream().filter(c -> c.id() == id).findFirst().orElseThrow().text();
    }

    private static String cut(String s) {
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    static List<Gold> gold() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LinkedPairsEvaluationTest.class.getResourceAsStream("/matching/linked-pairs.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\\|");
                Set<RelationType> types = new java.util.HashSet<>();
                for (String t : f[4].trim().split(" ")) {
                    types.add(RelationType.valueOf(t));
                }
                out.add(new Gold(SeedClaims.find(f[0], f[1]), SeedClaims.find(f[2], f[3]), types));
            }
        }
        return out;
    }
}
