package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    private static List<String> clauses(String sentence) {
        List<int[]> quoted = QuoteSpans.in(sentence, 0, sentence.length()).stream()
                .map(s -> new int[] {s.start(), s.end()}).toList();
        return new ClauseSplitter(LanguagePack.of("en")).split(sentence, quoted).stream().map(c -> sentence.substring(c[0], c[1])).toList();
    }

    @Test
    void splitsWhenTheSecondClauseHasItsOwnSubject() {
        assertEquals(List.of("Havana was hit by a battered economy",
                        "its president, Miguel Díaz Canel, received the Iranian president with open arms."),
                clauses("Havana was hit by a battered economy, and its president, Miguel Díaz Canel, received the "
                        + "Iranian president with open arms."));
        assertEquals(List.of("Both countries signed agreements that were never published",
                        "where Maduro only limited himself to praising them."),
                clauses("Both countries signed agreements that were never published, and where Maduro only limited "
                        + "himself to praising them."));
    }

    @Test
    void splitsAtASemicolonBetweenTwoClauses() {
        assertEquals(List.of("Caracas reportedly shipped heavy crude to Asia", "the arrangement allegedly helped both evade sanctions."),
                clauses("Caracas reportedly shipped heavy crude to Asia; the arrangement allegedly helped both evade sanctions."));
        // two parties' figures: a present-tense reporting verb is finite too
        assertEquals(List.of("The dockers' union puts turnout at 88%", "the port authority says fewer than half stayed away."),
                clauses("The dockers' union puts turnout at 88%; the port authority says fewer than half stayed away."));
    }

    @Test
    void keepsListsSharedSubjectsAndDependentPhrasesWhole() {
        for (String one : List.of(
                "They signed agreements on education, health, agriculture, and telecommunications.",
                "They began their journey in Cuba, and traveled through Nicaragua, Ecuador and Chile.",
                "Peruvian media warned of the groups’ presence, their ideologies, and the suspicion that Iran may use them.",
                "Kuczynski in Peru, Macri in Argentina, and Cartes in Paraguay have signaled their intent to move away.",
                "He credited the deal for the decision to reopen its embassy after 36 years, and after sanctions were lifted.")) {
            assertEquals(List.of(one), clauses(one));
        }
    }

    @Test
    void neverCutsInsideAQuotation() {
        String s = "“Our message is the same as our message to his predecessors, and that is very simple,” he said.";
        assertEquals(List.of(s), clauses(s));
    }
}
