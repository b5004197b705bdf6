package io.claimdesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Turns a valid session cookie back into an identity. The cookie is only proof that we signed it; whether the
 * session still stands is the account's: it must be enabled and still at the session epoch the cookie names (a
 * sign-out or a new password moves it on). The account comes from {@link SessionAccounts}, so that a disabled
 * account, a changed role or an ended session take effect at the next request.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger("io.claimdesk.security");

    private final SessionAccounts accounts;

    SessionIdentityProvider(SessionAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        SignedIn.SessionPrincipal session = SignedIn.SessionPrincipal.parse(request.getPrincipal());
        if (session == null) {
            return Uni.createFrom().failure(refused(request.getPrincipal(), "the cookie names no session epoch"));
        }
        return context.runBlocking(() -> {
            Optional<AccountState> account = accounts.get(session.username());
            if (account.isEmpty() || !account.get().enabled()) {
                throw refused(session.username(), "account disabled or gone");
            }
            if (account.get().sessionEpoch() != session.epoch()) {
                throw refused(session.username(), "signed out, or the password changed, since");
            }
            return SignedIn.identity(account.get(), SignedIn.Via.SESSION);
        });
    }

    private static AuthenticationFailedException refused(String who, String why) {
        LOG.warnf("Session of '%s' refused: %s", who, why);
        return new AuthenticationFailedException("session ended");
    }
}
