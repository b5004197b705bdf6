package io.claimdesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packages of the app form layers: a package may use the ones below it, never one that uses it back. Read from
 * the sources (imports, and names written out in full, e.g. in a query's {@code select new}), so a change that
 * makes two packages know each other fails here with both names, before it makes the house harder to change.
 */
class PackageLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/io/claimdesk");
    private static final Pattern REFERENCE = Pattern.compile("io\\.claimdesk\\.([a-z]+)\\.");

    /** Packages that must stay leaves: what they may use of the app, besides the root's configuration. */
    private static final Map<String, Set<String>> LEAVES = Map.of(
            "extraction", Set.of(),
            "failure", Set.of(),
            "web", Set.of("failure"),
            "history", Set.of("web", "failure"));

    @Test
    void noTwoPackagesUseEachOther() throws IOException {
        Map<String, Set<String>> uses = uses();
        Set<String> mutual = new TreeSet<>();
        uses.forEach((from, targets) -> targets.forEach(to -> {
            if (from.compareTo(to) < 0 && uses.getOrDefault(to, Set.of()).contains(from)) {
                mutual.add(from + " <-> " + to);
            }
        }));
        assertEquals(Set.of(), mutual, "packages that use each other");
    }

    @Test
    void theLowestPackagesUseNoFeature() throws IOException {
        Map<String, Set<String>> uses = uses();
        Map<String, Set<String>> beyond = new TreeMap<>();
        LEAVES.forEach((leaf, allowed) -> {
            Set<String> extra = new TreeSet<>(uses.getOrDefault(leaf, Set.of()));
            extra.removeAll(allowed);
            if (!extra.isEmpty()) {
                beyond.put(leaf, extra);
            }
        });
        assertEquals(Map.of(), beyond, "leaf packages using packages above them");
    }

    /** For each package, the other app packages its sources name. */
    static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the root package (configuration) is below everything
                }
                String own = relative.getName(0).toString();
                String code = Files.readString(file).replaceFirst("package [^;]+;", "");
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) {
                    if (!m.group(1).equals(own)) {
                        uses.computeIfAbsent(own, k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
