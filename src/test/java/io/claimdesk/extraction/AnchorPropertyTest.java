package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** For every claim, the stored text's code points [start, end) are exactly the anchor's quote. */
class AnchorPropertyTest {

    private static final String[] WORDS = {"Iran", "Venezuela", "signed", "25", "agreements", "worth", "$3",
            "billion", "in", "2023", "the", "U.S.", "said", "Gen.", "Smith", "“quoted", "words”", "😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "naïve", "Díaz", "drones", "passports", "e\u0301", "🇻🇪", "👩‍👩‍👧", "Hezbollah", "sanctions"};
    private static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\u00A0", "\u2009", " \u200B"};
    private static final String[] BREAKS = {"\n\n", "\r\n\r\n", "\n \n", "\n", "\u2029", "\n\t\n"};

    @Test
    void seedAnchorsAreExact() {
        int claims = 0;
        for (String prefix : SeedTexts.prefixes()) {
            String text = SeedTexts.read(prefix);
            Extraction e = SharedExtractor.INSTANCE.extract(text);
            assertAnchorsExact(text, e);
            claims += e.claims().size();
        }
        assertTrue(claims > 0);
    }

    @Test
    void generatedAnchorsAreExact() {
        Random random = new Random(20240529L);
        int claims = 0;
        for (int round = 0; round < 300; round++) {
            String text = generate(random);
            Extraction e = SharedExtractor.INSTANCE.extract(text);
            assertAnchorsExact(text, e);
            claims += e.claims().size();
        }
        assertTrue(claims > 300, "generated texts should yield claims, got " + claims);
    }

    @Test
    void emojiBeforeClaimShiftsCodePointsNotChars() {
        String text = "😀😀 headline-free opener\n\nIran signed 25 agreements with Venezuela in 2023, officials said.";
        Extraction e = SharedExtractor.INSTANCE.extract(text);
        assertFalse(e.claims().isEmpty());
        Anchor a = e.claims().get(0).anchor();
        int charStart = text.indexOf("Iran signed");
        assertEquals(charStart - 2, a.start(), "two surrogate pairs count as two code points");
        assertTrue(a.matches(text));
        assertEquals(a, Anchor.of(text, a.start(), a.end()));
    }

    @Test
    void anchorOfBuildsContextFromCodePoints() {
        String text = "👍".repeat(40) + "exact words" + "🎉".repeat(40);
        Anchor a = Anchor.of(text, 40, 51);
        assertEquals("exact words", a.exact());
        assertEquals("👍".repeat(32), a.prefix());
        assertEquals("🎉".repeat(32), a.suffix());
        assertTrue(a.matches(text));
        assertFalse(a.matches("x" + text));
    }

    static void assertAnchorsExact(String text, Extraction e) {
        int[] cps = text.codePoints().toArray();
        for (ExtractedClaim c : e.claims()) {
            Anchor a = c.anchor();
            assertTrue(a.start() >= 0 && a.start() < a.end() && a.end() <= cps.length, "range " + a);
            assertEquals(a.exact(), new String(cps, a.start(), a.end() - a.start()), "exact at " + a.start());
            assertTrue(a.matches(text));
            assertEquals(new String(cps, Math.max(0, a.start() - Anchor.CONTEXT), Math.min(a.start(), Anchor.CONTEXT)),
                    a.prefix());
            assertEquals(new String(cps, a.end(), Math.min(cps.length - a.end(), Anchor.CONTEXT)), a.suffix());
            assertEquals(Texts.normalizeSpace(a.exact()), c.text());
            assertTrue(insideBodySegment(e.segments(), a), "claim outside a body segment: " + c.text());
        }
        int previousEnd = 0;
        for (Segment s : e.segments()) {
            assertTrue(s.start() >= previousEnd && s.start() < s.end() && s.end() <= cps.length, "segment " + s);
            previousEnd = s.end();
        }
    }

    private static boolean insideBodySegment(List<Segment> segments, Anchor a) {
        return segments.stream().anyMatch(s -> !s.furniture() && s.start() <= a.start() && a.end() <= s.end());
    }

    private static String generate(Random random) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int words = 4 + random.nextInt(14);
                List<String> sentence = new ArrayList<>();
                for (int w = 0; w < words; w++) {
                    sentence.add(WORDS[random.nextInt(WORDS.length)]);
                }
                String first = sentence.get(0);
                sentence.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
                for (int w = 0; w < sentence.size(); w++) {
                    text.append(sentence.get(w));
                    if (w + 1 < sentence.size()) {
                        text.append(SPACES[random.nextInt(SPACES.length)]);
                    }
                }
                text.append(random.nextInt(10) == 0 ? "!" : ".");
                text.append(random.nextInt(8) == 0 ? "" : SPACES[random.nextInt(SPACES.length)]);
            }
            text.append(BREAKS[random.nextInt(BREAKS.length)]);
        }
        return text.toString();
    }
}
