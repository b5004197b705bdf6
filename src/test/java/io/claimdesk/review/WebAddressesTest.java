package io.claimdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimdesk.article.MetadataFields;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.WebAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's URL and a verdict's evidence link pass one check. */
class WebAddressesTest {

    /**
     * They once disagreed here: the article's URL took an upper-case scheme and evidence refused it. Both take it now,
     * stored in lower case, since the evidence list shows an item as a link only when it starts "http(s)://".
     */
    @Test
    void anUpperCaseSchemeIsTakenByBothAndStoredInLowerCase() {
        assertEquals("https://example.org/Story", MetadataFields.url("HTTPS://example.org/Story"));
        assertEquals("https://example.org/Story", Reviews.evidence(List.of("HTTPS://example.org/Story")));
        assertEquals("http://example.org/a", Reviews.evidence(List.of("Http://example.org/a")));
    }

    @Test
    void whatIsNoWebAddressIsRefusedByBoth() {
        for (String value : List.of("javascript:alert(1)", "ftp://example.org/a", "/story/1", "https:///no-host",
                "example.org/story", "https://exa mple.org", "mailto:desk@example.org")) {
            assertThrows(Invalid.class, () -> MetadataFields.url(value), value);
            assertThrows(Invalid.class, () -> Reviews.evidence(List.of(value)), value);
        }
    }

    @Test
    void anAddressLongerThanItsPlaceAllowsIsRefused() {
        String address = "https://example.org/" + "a".repeat(1000);
        assertNull(WebAddress.checked(address, 1000));
        assertEquals(address, WebAddress.checked(address, 2000));
        assertThrows(Invalid.class, () -> Reviews.evidence(List.of(address)));
        assertEquals(address, MetadataFields.url(address));
    }
}
