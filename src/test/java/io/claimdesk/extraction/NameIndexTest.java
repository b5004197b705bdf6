package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static NameIndex index(String... sentences) {
        NameIndex names = new NameIndex(LanguagePack.of("en"));
        for (String s : sentences) {
            names.addNamesFrom(new Words(s));
        }
        return names;
    }

    @Test
    void shortMentionsTakeTheFullNameWithoutTitles() {
        NameIndex names = index("It was announced by Iran’s Deputy Foreign Minister Majid Takht-e-Ravanchi, quoted by Press TV.",
                "Iranian Defence Minister Mohammad Reza Ashtiani later admitted it.");
        assertEquals("Majid Takht-e-Ravanchi", names.canonical("Takht-e-Ravanchi"));
        assertEquals("Majid Takht-e-Ravanchi", names.canonical("Ravanchi"), "the last part of a hyphenated surname");
        assertEquals("Mohammad Reza Ashtiani", names.canonical("Ashtiani"));
        assertEquals("Mohammad Reza Ashtiani", names.canonical("Mohammad Reza Ashtiani"));
    }

    @Test
    void particlesAndHonorifics() {
        NameIndex names = index("Interior Minister Eduardo del Castillo said so.", "\"No,\" Mr del Castillo told reporters.");
        assertEquals("Eduardo del Castillo", names.canonical("Mr del Castillo"));
        assertEquals("Eduardo del Castillo", names.canonical("Castillo"));
    }

    @Test
    void ambiguousSurnamesAndOrganisationsStayAsWritten() {
        NameIndex names = index("Hugo Chávez met Adán Chávez.", "The Foundation for Defense of Democracies and Middle East Monitor said.");
        assertEquals("Chávez", names.canonical("Chávez"));
        assertEquals("Monitor", names.canonical("Monitor"));
        assertEquals("Democracies", names.canonical("Democracies"));
        assertEquals("Iran", index("The Islamic Republic of Iran spoke.").canonical("Iran"));
    }
}
