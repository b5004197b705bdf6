package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {

    private static List<String> quotes(String text) {
        return QuoteSpans.in(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotes() {
        assertEquals(List.of("“We will come back,”", "\"soon\""), quotes("“We will come back,” he said, \"soon\" even."));
    }

    @Test
    void curlySingleQuotesButNotApostrophes() {
        assertEquals(List.of("‘We have nothing to hide,’"), quotes("‘We have nothing to hide,’ the minister said of Iran’s envoy."));
        assertEquals(List.of("‘ridiculous’"), quotes("He called the groups’ accusations ‘ridiculous’, and left."));
        assertEquals(List.of(), quotes("Iran’s envoy visited La Paz in the ‘90s."));
        assertEquals(List.of("“the so-called ‘Death Committee’ tribunals”"),
                quotes("He sat on “the so-called ‘Death Committee’ tribunals” in 1988."), "single quotes inside double ones");
    }

    @Test
    void aQuotationOpenAtTheParagraphsEndRunsOn() {
        QuoteSpans.Span s = QuoteSpans.in("He said: ‘Every passport was legal.", 0, 35).get(0);
        assertEquals(true, s.openAtEnd());
        QuoteSpans.Span d = QuoteSpans.in("He said: “Every passport was legal.", 0, 35).get(0);
        assertEquals(true, d.openAtEnd());
    }
}
