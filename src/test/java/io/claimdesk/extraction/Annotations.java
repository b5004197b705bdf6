package io.claimdesk.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-annotated articles: the seeds ({@code src/test/resources/annotations/}) and the development corpus
 * written in the shapes of other outlets ({@code src/test/resources/corpus/}); see the README in each.
 */
final class Annotations {

    record Claim(String quote, boolean checkable, ClaimKind kind, ClaimStance stance, String speaker, String via,
                 boolean disputed, List<String> topics) {}

    /**
     * One annotated article. Seeds carry {@code seed} and no title, author or outlet; corpus files carry
     * {@code file}, {@code shape} and the metadata the text states.
     */
    record Article(String seed, String file, String shape, String language, Map<String, String> given, String title,
                   String author, String outlet, String published, String outletStance, List<String> furniture,
                   List<Claim> claims, List<String> notClaims) {

        Article {
            given = given == null ? Map.of() : given;
            notClaims = notClaims == null ? List.of() : notClaims;
        }

        String name() {
            return seed != null ? seed.substring(0, 4) : file.substring(0, file.length() - 4);
        }

        String shapeOrSeed() {
            return shape != null ? shape : "seed";
        }

        boolean isSeed() {
            return seed != null;
        }
    }

    /** An article's annotation with the text it annotates. */
    record Annotated(Article article, String text) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private Annotations() {
    }

    static List<Annotated> seeds() {
        List<Annotated> seeds = new ArrayList<>();
        for (String prefix : SeedTexts.prefixes()) {
            Article a = read("/annotations/" + prefix.substring(0, 3) + ".json");
            seeds.add(new Annotated(a, SeedTexts.read(prefix)));
        }
        return seeds;
    }

    /** The development corpus of one language, in file order. */
    static List<Annotated> corpus(String language) {
        Path dir = resourceDir("/corpus/" + language);
        List<Annotated> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Article a = read("/corpus/" + language + "/" + json.getFileName());
                String text = Files.readString(json.resolveSibling(a.file()), StandardCharsets.UTF_8);
                out.add(new Annotated(a, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Path resourceDir(String resource) {
        URL url = Annotations.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article read(String resource) {
        try (InputStream in = Annotations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JSON.readValue(in, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
