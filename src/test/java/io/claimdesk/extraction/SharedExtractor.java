package io.claimdesk.extraction;

/** One extractor for all tests, as the app shares one. */
final class SharedExtractor {

    static final ClaimExtractor INSTANCE = new ClaimExtractor();

    private SharedExtractor() {
    }
}
