package io.claimdesk.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed articles for tests: {@code -Dclaimdesk.seeds=DIR}, else {@code seed/} under the working
 * directory (the app's layout), else {@code ../main/seed/} (the scratch project beside the app).
 */
public final class SeedTexts {

    private SeedTexts() {
    }

    public static Path dir() {
        String configured = System.getProperty("claimdesk.seeds");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("seed"), Path.of("../main/seed"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no seed directory among " + candidates);
    }

    public static String read(String prefix) {
        try (Stream<Path> files = Files.list(dir())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "* in " + dir()));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> prefixes() {
        return List.of("000_", "001_", "002_", "003_", "004_");
    }
}
