package io.claimdesk.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /ping}: the cheapest answer this server gives, no database, no sign-in. A load balancer's liveness
 * probe, and the yardstick {@code bench/web/run} sets the claim list's throughput against.
 */
@Path(Urls.PING)
public class Ping {

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "ok";
    }
}
