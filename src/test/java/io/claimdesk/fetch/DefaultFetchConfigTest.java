package io.claimdesk.fetch;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.Unfetchable;
import io.claimdesk.intake.Intake;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the configuration a desk gets when it sets nothing, no link reaches the machine or the network the desk runs
 * in, and no connection is even tried: the local site that could answer receives no request.
 */
class DefaultFetchConfigTest {

    static Vertx vertx;
    static ClaimdeskConfig.Fetch defaults;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ClaimdeskConfig.class).build();
        defaults = config.getConfigMapping(ClaimdeskConfig.class).fetch();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void theDefaultsAllowNoHostAndLimitAPageLikeAnUpload() {
        assertEquals(Optional.empty(), defaults.allowedHosts());
        assertEquals(Intake.MAX_BYTES, defaults.maxBytes());
        assertEquals(5, defaults.maxRedirects());
        assertEquals(Duration.ofSeconds(5), defaults.connectTimeout());
        assertEquals(Duration.ofSeconds(30), defaults.timeout());
    }

    @Test
    void localAndPrivateAddressesAreRefusedWithoutAConnection() throws IOException {
        try (TestSite site = new TestSite()) {
            site.page("/admin", "text/html", "<p>the desk's own admin page</p>");
            PageFetcher fetcher = new PageFetcher(defaults, "Claimdesk/test", vertx, HostResolver.SYSTEM);
            int port = site.port();

            for (String url : List.of("http://127.0.0.1:" + port + "/admin",
                    "http://[::1]:" + port + "/admin",
                    "http://[::ffff:127.0.0.1]:" + port + "/admin",
                    "http://0.0.0.0:" + port + "/admin",
                    "http://169.254.169.254/latest/meta-data/",
                    "http://localhost:" + port + "/admin")) {
                Unfetchable e = assertThrows(Unfetchable.class, () -> fetcher.fetch(url), url);
                assertEquals(Unfetchable.Reason.PRIVATE_ADDRESS, e.reason, url);
                assertTrue(e.getMessage().contains("only pages on the public internet"), e.getMessage());
            }
            for (String url : List.of("ftp://127.0.0.1:" + port + "/admin", "file:///etc/passwd")) {
                Invalid e = assertThrows(Invalid.class, () -> fetcher.fetch(url), url);
                assertTrue(e.getMessage().contains("Only http and https"), e.getMessage());
            }

            assertEquals(List.of(), site.received);
        }
    }
}
