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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No page template keeps a word of its own outside the message bundles: whatever a reader sees — text between tags,
 * a title, an aria-label, a placeholder, a field's label, a fallback after {@code ?:} — comes from {@code {msg:…}} or
 * {@code {work:…}}, or is the data itself. The exported HTML report (templates/ExportReport) is a document in the
 * desk's working language, not a page, and is left out.
 */
class TemplateWordsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Words that are the same in every language: names, and what a reader types or presses. */
    private static final List<String> SAME_IN_EVERY_LANGUAGE = List.of("Claimdesk", "SHA-256", "Ctrl", "Enter",
            "bin/import FOLDER");

    private static final Pattern COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "\\b(title|aria-label|placeholder|alt|label)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    /** A fallback written out by an output expression; one in a section's parameters ({@code #let}) is not shown. */
    private static final Pattern FALLBACK = Pattern.compile("\\{[^#/!{}][^{}]*?(\\?:|\\.or\\()\\s*'([^']*)'");
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Test
    void everyWordAReaderSeesComesFromAMessageBundle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.startsWith(TEMPLATES.resolve("ExportReport"))).sorted().toList()) {
                for (String words : wordsOf(Files.readString(file))) {
                    found.add(TEMPLATES.relativize(file) + ": " + words);
                }
            }
        }
        assertEquals(List.of(), found, "words written into templates instead of message bundles");
    }

    @Test
    void theScanFindsWordsInEachPlaceAReaderSeesThem() {
        assertEquals(List.of("Claims"), wordsOf("<li><a href=\"{url:HOME}\">Claims</a></li>"));
        assertEquals(List.of("Filter claims"), wordsOf("<form aria-label=\"Filter claims\">"));
        assertEquals(List.of("Rationale"), wordsOf("{#field name='rationale' label='Rationale' form=f /}"));
        assertEquals(List.of("unknown outlet"), wordsOf("<footer>{r.outlet ?: 'unknown outlet'}</footer>"));
        assertEquals(List.of("more"), wordsOf("{#if n > 1}{n} more{/if}"));
        assertTrue(wordsOf("{#let kind=type.or('text')}<input type=\"{kind}\">{/let}").isEmpty());
        assertTrue(wordsOf("<p title=\"{msg:badge_kindTitle}\">{msg:list_title} {row.text}</p>{! a comment !}").isEmpty());
        assertTrue(wordsOf("<input type=\"checkbox\" name=\"verifiedOnly\" value=\"true\" checked> <kbd>?</kbd>").isEmpty());
    }

    /** The runs of words a reader would see in this template text, once expressions and markup are taken out. */
    static List<String> wordsOf(String template) {
        String text = COMMENT.matcher(template).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher attribute = SHOWN_ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            addWords(words, EXPRESSION.matcher(unquote(attribute.group(2))).replaceAll(" "));
        }
        Matcher fallback = FALLBACK.matcher(text);
        while (fallback.find()) {
            addWords(words, fallback.group(2));
        }
        String withoutExpressions = text;
        for (String before = null; !withoutExpressions.equals(before); ) {
            before = withoutExpressions;
            withoutExpressions = EXPRESSION.matcher(withoutExpressions).replaceAll(" ");
        }
        for (String between : TAG.split(withoutExpressions)) {
            addWords(words, between);
        }
        return words;
    }

    private static void addWords(List<String> words, String text) {
        String rest = text;
        for (String same : SAME_IN_EVERY_LANGUAGE) {
            rest = rest.replace(same, " ");
        }
        if (WORD.matcher(rest).find()) {
            words.add(rest.strip().replaceAll("\\s+", " "));
        }
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }
}
