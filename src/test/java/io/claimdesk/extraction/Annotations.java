package io.claimdesk.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The hand-annotated seeds in {@code src/test/resources/annotations/} (see the README there). */
final class Annotations {

    record Claim(String quote, boolean checkable, ClaimKind kind, ClaimStance stance, String speaker, String via,
                 boolean disputed, List<String> topics) {}

    record Seed(String seed, String published, String outletStance, List<String> furniture, List<Claim> claims) {

        String prefix() {
            return seed.substring(0, 4);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private Annotations() {
    }

    static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>();
        for (String prefix : SeedTexts.prefixes()) {
            String resource = "/annotations/" + prefix.substring(0, 3) + ".json";
            try (InputStream in = Annotations.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                seeds.add(JSON.readValue(in, Seed.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }
}
