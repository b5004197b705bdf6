package io.claimdesk.fetch;

import io.claimdesk.failure.Unfetchable;
import io.claimdesk.web.ErrorMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A refused link reaches an API client as 422 with the reason as the error and the fetcher's words as the detail. */
class UnfetchableAnswerTest {

    @Test
    void aRefusedLinkIsA422NamingItsReason() {
        UriInfo api = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? "/api/articles" : null);
        String detail = "http://10.0.0.1/ leads to 10.0.0.1, a private address: the desk fetches only pages on the public internet.";

        Response answer = new ErrorMappers().unfetchable(new Unfetchable(Unfetchable.Reason.PRIVATE_ADDRESS, detail), api);

        assertEquals(422, answer.getStatus());
        assertEquals(new ErrorMappers.ApiError("private address", detail), answer.getEntity());
    }
}
