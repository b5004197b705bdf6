package io.claimdesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Turns a valid session cookie back into an identity. The account is read on every request so that
 * disabling it, or changing its role, takes effect on sessions already open.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger("io.claimdesk.security");

    private final AccountLookup accounts;

    SessionIdentityProvider(AccountLookup accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts.enabledAccount(request.getPrincipal())
                .map(SignedIn::identity)
                .orElseThrow(() -> {
                    LOG.warnf("Session of '%s' refused: account disabled or gone", request.getPrincipal());
                    return new AuthenticationFailedException("account disabled");
                }));
    }
}
