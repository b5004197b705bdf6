package io.claimdesk.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InterfaceLanguageTest {

    @Test
    void anySpanishRangeIsSpanishAndTheFirstLanguageTheDeskSpeaksWins() {
        assertEquals(InterfaceLanguage.SPANISH, InterfaceLanguage.negotiate("es-AR"));
        assertEquals(InterfaceLanguage.SPANISH, InterfaceLanguage.negotiate("es-419,es;q=0.9"));
        assertEquals(InterfaceLanguage.SPANISH, InterfaceLanguage.negotiate("fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7"));
        assertEquals(InterfaceLanguage.ENGLISH, InterfaceLanguage.negotiate("en-GB,es;q=0.8"));
        assertEquals(InterfaceLanguage.ENGLISH, InterfaceLanguage.negotiate("pt-BR"));
        assertEquals(InterfaceLanguage.ENGLISH, InterfaceLanguage.negotiate("*"));
        assertEquals(InterfaceLanguage.ENGLISH, InterfaceLanguage.negotiate(null));
        assertEquals(InterfaceLanguage.ENGLISH, InterfaceLanguage.negotiate("es;q=nonsense"));
        assertEquals(InterfaceLanguage.SPANISH, InterfaceLanguage.negotiate("en;q=0.3, es;q=0.9"));
    }
}
