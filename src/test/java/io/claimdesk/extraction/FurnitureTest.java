package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page furniture in the seeds, line by line: none of it may be (part of) a claim. */
class FurnitureTest {

    private static final LineRules RULES = new LineRules(LanguagePack.of("en"));


    private static final Map<String, List<String>> NEVER_CLAIMED = Map.of(
            "000_", List.of(
                    "• Live", "• Audio Only", "• google plus", "• facebook", "• twitter",
                    "• Iranian Foreign Minister Mohammad Javad Zarif.",
                    "Iranian Foreign Minister Mohammad Javad Zarif. | Photo: AFP",
                    "Published 18 August 2016",
                    "Bolivia Opens New 'Anti-Imperialist' Military Academy",
                    "Leftist governments in Latin America have grown increasingly close to Iran in recent years.",
                    "WATCH: Dossier 02/11: Iran Marks the 37th Anniversary of its Revolution",
                    "10 of the Most Lethal CIA Interventions in Latin America",
                    "Post with no comments."),
            "001_", List.of(
                    "You are the news now",
                    "VOTE \u00A0(0) \u00A0(0)",
                    "Iran Is Working Hard to Revive Anti-U.S. Operations in Latin America",
                    "Added 06-01-20 06:34:03pm EST - “Reactivating old alliances in America's soft underbelly is not as easy as it seems.” -",
                    "Posted By TheNewsCommenter: From “Iran Is Working Hard to Revive Anti-U.S. Operations in Latin America”. Below is an excerpt from the article.",
                    "Countries across Europe and Asia are exploring special bilateral arrangements to ease border restrictions. The result could be a globe fractured along epidemiological lines.",
                    "Argument: Iran Is Working Hard to Revive Anti-U.S. Operations in Latin America Iran Is Working Hard to Revive Anti-U.S. O...",
                    "To ensure uninterrupted reading, please contact Rachel Mines, sales director, at [email protected]",
                    "If you don't see any comments yet, congrats! You get first comment. Be nice and have fun."),
            "002_", List.of(
                    "close button",
                    "Switch to Iranwire Light?",
                    "It looks like you’re having trouble loading the content on this page. Switch to Iranwire Light instead.",
                    "How Iran Under Raisi Built Close Ties with Latin America",
                    "May 29, 2024",
                    "Florencia Montaruli",
                    "6 min read",
                    "\"We are friends in difficult times,\" Raisi said as soon as he shook hands with Nicolás Maduro, president of Venezuela",
                    "Bolivia, a Strategic and Military Link",
                    "Convicted Officials Roam Free in Iran Despite Sentences",
                    "2 min read"),
            "003_", List.of(
                    "Iran Looks for Partners in Latin America",
                    "By Julieta Pelcastre/Diálogo",
                    "September 07, 2021",
                    "Select Language",
                    "Beyond the Middle East"),
            "004_", List.of());

    @Test
    void furnitureLinesAreNeverClaimed() {
        for (Map.Entry<String, List<String>> seed : NEVER_CLAIMED.entrySet()) {
            String text = SeedTexts.read(seed.getKey());
            Extraction e = SharedExtractor.INSTANCE.extract(text);
            for (String line : seed.getValue()) {
                List<int[]> occurrences = Evaluation.lineOccurrences(text, line);
                assertFalse(occurrences.isEmpty(), seed.getKey() + " has no line " + line);
                for (int[] occ : occurrences) {
                    for (ExtractedClaim c : e.claims()) {
                        boolean overlaps = c.anchor().start() < occ[1] && occ[0] < c.anchor().end();
                        assertFalse(overlaps, seed.getKey() + ": furniture \"" + line + "\" inside claim \"" + c.text() + "\"");
                    }
                }
            }
        }
    }

    @Test
    void widgetWordsNeverReachAClaim() {
        List<String> widgets = List.of("min read", "| Photo", "facebook", "[email protected]", "Select Language",
                "Switch to", "comment", "VOTE", "close button", "Published 18");
        for (String prefix : SeedTexts.prefixes()) {
            for (ExtractedClaim c : SharedExtractor.INSTANCE.extract(SeedTexts.read(prefix)).claims()) {
                for (String w : widgets) {
                    assertFalse(c.text().contains(w), prefix + ": \"" + w + "\" in claim " + c.text());
                }
            }
        }
    }

    @Test
    void furnitureRulesAreNamed() {
        Extraction e = SharedExtractor.INSTANCE.extract(SeedTexts.read("002_"));
        List<String> rules = e.segments().stream().map(Segment::rule).toList();
        assertTrue(rules.contains("teaser-after-end"), rules.toString());
        assertTrue(rules.contains("author-line"), rules.toString());
        assertTrue(rules.contains("repeated-line"), rules.toString());
        Extraction first = SharedExtractor.INSTANCE.extract(SeedTexts.read("001_"));
        assertTrue(first.segments().stream().anyMatch(s -> s.rule().equals("off-topic-standfirst")));
        Extraction zero = SharedExtractor.INSTANCE.extract(SeedTexts.read("000_"));
        assertTrue(zero.segments().stream().anyMatch(s -> s.rule().equals("repeated-standfirst")));
    }

    @Test
    void lineRulesForOtherOutletsShapes() {
        Map<String, String> lines = Map.ofEntries(
                Map.entry("Home » Analysis » Latin America", "breadcrumb"),
                Map.entry("News > World > Americas", "breadcrumb"),
                Map.entry("Photo by Jane Roe on Unsplash", "photo-caption"),
                Map.entry("Image caption, The minister spoke to reporters in La Paz on Tuesday", "photo-caption"),
                Map.entry("Reporting by John Smith; Editing by Jane Doe", "staff-credits"),
                Map.entry("Tags: Iran, Venezuela, oil", "promo-label"),
                Map.entry("Our Standards: The Trust Principles.", "site-banner"),
                Map.entry("Read Next", "ui-control"),
                Map.entry("More on this story", "ui-control"),
                Map.entry("Loading...", "ui-control"),
                Map.entry("3 minute read", "min-read"),
                Map.entry("Correction: This story was amended on 2 May 2025. It misnamed the port's operator.", "correction"),
                Map.entry("An earlier version of this article gave the wrong date for the vote.", "correction"),
                Map.entry("[2] Port of Mombasa, Annual Statistics Bulletin, June 2024.", "footnote"),
                Map.entry("Cite this: Okafor, M. (2025), \"Fish for export\", Commentary, 3 May 2025.", "promo-label"),
                Map.entry("Listen to this article · 6 min", "ui-control"),
                Map.entry("Copyright 2026 The Harbour Times. All rights reserved.", "site-banner"),
                Map.entry("Copyright © Harbour Media Group", "site-banner"),
                Map.entry("Listen to the full interview on our podcast", "call-to-action"),
                Map.entry("218 comments", "comment-prompt"),
                Map.entry("Comments (38)", "comment-prompt"),
                Map.entry("Show key events only", "ui-control"),
                Map.entry("Updated 21:05 GMT", "time-stamp"),
                Map.entry("45m ago", "time-stamp"),
                Map.entry("Port news from the coast, in your inbox every weekday at 6 a.m.", "contact"),
                Map.entry("A year of the Courier in print and online for €59. Cancel any time.", "contact"));
        lines.forEach((line, rule) -> assertEquals(rule, RULES.match(line), line));
        for (String prose : List.of("Iran and Venezuela signed 25 agreements in 2023, officials said.",
                "The photo by Reuters showed the minister with his counterpart in Caracas on Tuesday evening.",
                "The correction to the budget was approved on Monday by 41 votes to 12.",
                "Copyright lawyers for the publisher said the lawsuit was filed on Monday.",
                "Listen to the workers, Ruiz told the crowd of about 2,000 people.",
                "More than 200 comments were posted under the minister's video within an hour.",
                "Download the full report from the ministry's website, the minister told lawmakers.")) {
            assertEquals(null, RULES.match(prose), prose);
        }
    }

    @Test
    void aListItemAboveACaptionWithItsOwnCreditStaysBody() {
        String text = "Summary so far\n"
                + "• Dockers in Mombasa stopped work at 6am on Monday over a pay dispute.\n"
                + "• The port authority says 14 ships are waiting to berth.\n"
                + "Cranes stand idle at the container terminal on Monday. Photograph: A. Otieno/Coast Daily\n";
        List<String> claims = SharedExtractor.INSTANCE.extract(text).claims().stream().map(ExtractedClaim::text).toList();
        assertTrue(claims.stream().anyMatch(c -> c.contains("14 ships are waiting")), claims.toString());
        assertFalse(claims.stream().anyMatch(c -> c.contains("Cranes stand idle")), claims.toString());
    }

    /** A note on the writer stays furniture though it speaks of reporting; a source quoted in the past is news. */
    @Test
    void aNoteOnTheWriterIsFurnitureAReportedSourceIsNot() {
        String story = "Why the port strike matters\n\nDock workers at San Antonio stayed off the job for a sixth day on"
                + " Monday, the union said. The strike has halted 40 ships, port officials said.\n\n";
        String note = "Jane Morrow is a correspondent who has reported from Caracas since 2015 and writes about energy.";
        List<String> claims = SharedExtractor.INSTANCE.extract(story + note + "\n").claims().stream()
                .map(ExtractedClaim::text).toList();
        assertFalse(claims.stream().anyMatch(c -> c.contains("Jane Morrow")), claims.toString());
        String source = "Tom Behr is the director of the port authority. He told reporters that 40 ships were waiting.";
        claims = SharedExtractor.INSTANCE.extract(story + source + "\n").claims().stream()
                .map(ExtractedClaim::text).toList();
        assertTrue(claims.stream().anyMatch(c -> c.contains("He told reporters")), claims.toString());
    }

    @Test
    void aLivePageSigningOffIsNoClaim() {
        String text = "That's all from our live coverage today. The strike ends at midnight. Ana and Tom will be back on"
                + " Friday morning for the talks.\n";
        List<String> claims = SharedExtractor.INSTANCE.extract(text).claims().stream().map(ExtractedClaim::text).toList();
        assertEquals(List.of("The strike ends at midnight."), claims);
    }

    @Test
    void aDatelineCutOffItsParagraphIsNoClaim() {
        List<String> claims = SharedExtractor.INSTANCE.extract("MOMBASA, 14 March /KNA/. The first train left the new"
                + " terminal at 9am with 400 passengers on board.\n").claims().stream().map(ExtractedClaim::text).toList();
        assertEquals(List.of("The first train left the new terminal at 9am with 400 passengers on board."), claims);
    }

    @Test
    void stampsWithTheTimeFirstOrPublishedOnline() {
        DateLines dates = new DateLines(LanguagePack.of("en"));
        assertEquals(java.time.LocalDate.of(2025, 3, 14), dates.stamp("12:45, 14.03.2025").orElseThrow().date());
        assertEquals(java.time.LocalDate.of(2025, 3, 18), dates.stamp("Published online Mar. 18, 2025").orElseThrow().date());
    }

    @Test
    void aMediaContactIsNoAuthor() {
        String release = "Port of Mombasa opens its second container terminal\n\n"
                + "MOMBASA, Kenya, Feb. 11, 2025 -- The port opened its second container terminal on Tuesday.\n\n"
                + "Media contact:\nAmina Odhiambo, Senior Manager, Public Affairs\nTel.: 020-555-0193\n";
        assertEquals(null, new MetadataReader(LanguagePack.of("en")).read(release, null, Map.of()).author());
    }

    @Test
    void aStampWithPageLabelsAfterItIsStillADate() {
        assertTrue(new DateLines(LanguagePack.of("en")).stamp("March 3, 2023 7:41 PM UTC Updated ago").isPresent());
        assertTrue(new DateLines(LanguagePack.of("en")).stamp("May 29, 2024 said the minister in a long statement to the press.").isEmpty());
    }
}
