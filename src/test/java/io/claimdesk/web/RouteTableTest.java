package io.claimdesk.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Paths are spelled once, in {@link Urls}: templates link through {@code {url:…}}, which Qute checks at build time,
 * and resources build their {@code @Path} from its constants. A path typed anywhere else would be a second spelling
 * that no build notices when the first one changes, so these scans list every such place.
 */
class RouteTableTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    /** An attribute or {#form} parameter whose value starts with a path: href="/…", {#form action="/…"}, hx-get='/…'. */
    private static final Pattern LITERAL_LINK =
            Pattern.compile("\\b(href|src|action|formaction|poster|hx-[a-z-]+)\\s*=\\s*[\"']/");

    private static final Pattern LITERAL_RESOURCE_PATH = Pattern.compile("@Path\\(\\s*\"");

    @Test
    void noTemplateWritesALiteralPath() throws IOException {
        assertEquals(List.of(), offenders(TEMPLATES, ".html", LITERAL_LINK),
                "links in templates go through {url:…} (io.claimdesk.web.Urls)");
    }

    @Test
    void everyResourcePathIsBuiltFromTheRouteTable() throws IOException {
        assertEquals(List.of(), offenders(SOURCES, ".java", LITERAL_RESOURCE_PATH),
                "@Path takes Urls' constants, e.g. @Path(Urls.ID + Urls.EDIT)");
    }

    /** Every line under the folder that matches, as file:line: text. */
    private static List<String> offenders(Path root, String suffix, Pattern pattern)
            throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = pattern.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
