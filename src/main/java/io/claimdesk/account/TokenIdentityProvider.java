package io.claimdesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Checks an API token against the stored hashes. No throttle as for passwords: a token is 256 random bits, so
 * trying tokens is hopeless, and the check is one SHA-256 and one indexed read.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger("io.claimdesk.security");

    private final ApiTokens tokens;

    TokenIdentityProvider(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiTokens.SignIn signIn = tokens.signIn(request.getToken());
            if (signIn.account() == null) {
                LOG.warnf("Sign-in refused: %s", signIn.refusal());
                throw new AuthenticationFailedException(signIn.refusal());
            }
            return SignedIn.identity(AccountState.of(signIn.account()), SignedIn.Via.TOKEN);
        });
    }
}
