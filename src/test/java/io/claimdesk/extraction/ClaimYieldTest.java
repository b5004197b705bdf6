package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClaimYieldTest {

    /** Floors a little under what the rules find today, so a regression shows but tuning does not break the build. */
    private static final Map<String, Integer> MIN_CLAIMS = Map.of("000_", 9, "001_", 10, "002_", 42, "003_", 15, "004_", 20);

    @Test
    void seedsYieldEnoughClaims() {
        int total = 0;
        int checkable = 0;
        for (String prefix : SeedTexts.prefixes()) {
            List<ExtractedClaim> claims = SharedExtractor.INSTANCE.extract(SeedTexts.read(prefix)).claims();
            assertTrue(claims.size() >= MIN_CLAIMS.get(prefix), prefix + " yielded " + claims.size());
            total += claims.size();
            checkable += (int) claims.stream().filter(ExtractedClaim::checkable).count();
        }
        assertTrue(total >= 60, "total claims " + total);
        assertTrue(checkable >= 60, "checkable claims " + checkable);
    }

    @Test
    void claimsCarryValidFields() {
        for (String prefix : SeedTexts.prefixes()) {
            for (ExtractedClaim c : SharedExtractor.INSTANCE.extract(SeedTexts.read(prefix)).claims()) {
                assertTrue(c.checkworthiness() >= 0 && c.checkworthiness() <= 1, c.toString());
                assertTrue(Taxonomy.defaults().ids().containsAll(c.topics()), c.topics().toString());
                assertEquals(c.topics().stream().sorted().toList(), c.topics());
                assertEquals(c.disputed(), c.disputedReason() != null, c.toString());
                assertTrue(c.via() == null || c.attributedTo() != null, "via without source: " + c);
                assertTrue(c.stance() != ClaimStance.REPORTS || c.attributedTo() != null, c.toString());
            }
        }
    }

    @Test
    void extractionIsDeterministicAndThreadSafe() throws Exception {
        Map<String, Extraction> expected = new java.util.HashMap<>();
        for (String prefix : SeedTexts.prefixes()) {
            expected.put(prefix, SharedExtractor.INSTANCE.extract(SeedTexts.read(prefix)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String prefix = SeedTexts.prefixes().get(i % 5);
                String text = SeedTexts.read(prefix);
                results.add(pool.submit(() -> SharedExtractor.INSTANCE.extract(text).equals(expected.get(prefix))));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndBlankTextsYieldNothing() {
        assertTrue(SharedExtractor.INSTANCE.extract("").claims().isEmpty());
        assertTrue(SharedExtractor.INSTANCE.extract(" \n\t\u00A0\n").segments().isEmpty());
    }
}
