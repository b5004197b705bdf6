package io.claimdesk.storage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurableH2UrlTest {

    @Test
    void anAddressWithoutTheSettingGetsIt() {
        assertEquals("jdbc:h2:file:./data/claimdesk;AUTO_SERVER=TRUE;WRITE_DELAY=0",
                DurableH2Url.of("jdbc:h2:file:./data/claimdesk;AUTO_SERVER=TRUE"));
        assertEquals("jdbc:h2:/srv/desk;WRITE_DELAY=0", DurableH2Url.of("jdbc:h2:/srv/desk"));
        assertEquals("jdbc:h2:/srv/desk;AUTO_SERVER=TRUE;WRITE_DELAY=0", DurableH2Url.of("jdbc:h2:/srv/desk;AUTO_SERVER=TRUE;"));
    }

    @Test
    void anAddressThatAlreadyWritesAtOnceIsKept() {
        assertEquals("jdbc:h2:file:./d;write_delay=0;AUTO_SERVER=TRUE", DurableH2Url.of("jdbc:h2:file:./d;write_delay=0;AUTO_SERVER=TRUE"));
    }

    @Test
    void anAddressThatDelaysWritesIsRefusedSayingWhy() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DurableH2Url.of("jdbc:h2:file:./data/claimdesk;WRITE_DELAY=500"));
        assertTrue(refused.getMessage().contains("WRITE_DELAY=500"), refused.getMessage());
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        for (String url : new String[] {"jdbc:postgresql://db:5432/claimdesk", "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
                "jdbc:h2:tcp://db/desk"}) {
            assertEquals(url, DurableH2Url.of(url));
        }
    }
}
