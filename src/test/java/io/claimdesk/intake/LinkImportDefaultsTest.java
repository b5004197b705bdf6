package io.claimdesk.intake;

import static io.claimdesk.TestUsers.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the desk's own configuration (no allow-list), a link to this machine is refused before anything is stored. */
@QuarkusTest
@TestProfile(LinkImportDefaultsTest.NoAllowedHosts.class)
class LinkImportDefaultsTest {

    public static class NoAllowedHosts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // An empty value is no value: the allow-list the tests' configuration sets is gone.
            return Map.of("claimdesk.fetch.allowed-hosts", "");
        }
    }

    @Test
    void aLinkToTheLoopbackAddressIsRefused() throws Exception {
        try (LinkSite site = new LinkSite()) {
            site.page("/story", "text/plain; charset=utf-8", ImportApiTest.story());
            asAdmin().contentType("application/json").body("{\"url\": \"" + site.url("/story") + "\"}")
                    .post("/api/articles").then().statusCode(422).body("error", equalTo("private address"));
            assertEquals(0, LinkImportTest.storedFrom(site.url("")));
        }
    }
}
