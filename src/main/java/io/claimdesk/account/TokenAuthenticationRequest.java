package io.claimdesk.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API token presented as {@code Authorization: Bearer …}, for {@link TokenIdentityProvider}. */
public class TokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public TokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String getToken() {
        return token;
    }

    /** Never the token: requests end up in log lines and debugger views. */
    @Override
    public String toString() {
        return "TokenAuthenticationRequest[token hidden]";
    }
}
