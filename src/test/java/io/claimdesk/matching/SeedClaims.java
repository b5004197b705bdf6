package io.claimdesk.matching;

import io.claimdesk.extraction.ClaimExtractor;
import io.claimdesk.extraction.ExtractedClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed articles as claim cards, drawn by the app's extractor; article id = the seed's number. */
final class SeedClaims {

    private static List<ClaimCard> cards;

    private SeedClaims() {
    }

    static synchronized List<ClaimCard> all() {
        if (cards == null) {
            cards = load();
        }
        return cards;
    }

    static Path folder() {
        Path local = Path.of("seed");
        return Files.isDirectory(local) ? local : Path.of("/work/main/seed");
    }

    /** The first claim of seed {@code seed} ("000") whose text contains {@code fragment}. */
    static ClaimCard find(String seed, String fragment) {
        long article = Long.parseLong(seed);
        return all().stream().filter(c -> c.articleId() == article && c.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim in seed " + seed + " contains: " + fragment));
    }

    private static List<ClaimCard> load() {
        ClaimExtractor extractor = new ClaimExtractor();
        List<ClaimCard> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                long article = Long.parseLong(p.getFileName().toString().substring(0, 3));
                int n = 0;
                for (ExtractedClaim c : extractor.extract(Files.readString(p)).claims()) {
                    out.add(new ClaimCard(article * 1000 + n++, article, "outlet " + article, null,
                            c.text(), c.stance().name(), c.attributedTo(), c.via(), c.topics(), c.disputed(), c.kind().name()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
