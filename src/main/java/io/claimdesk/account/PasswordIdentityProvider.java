package io.claimdesk.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Checks a username and password (sign-in form or HTTP Basic) against the accounts, with throttling. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger("io.claimdesk.security");

    private final AccountLookup accounts;
    private final Passwords passwords;
    private final SignInThrottle throttle;

    PasswordIdentityProvider(AccountLookup accounts, Passwords passwords, SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> check(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity check(String username, String password) {
        if (throttle.isLocked(username)) {
            LOG.warnf("Sign-in refused for '%s': locked after repeated failures", username);
            throw new AuthenticationFailedException("too many failed sign-ins; try again later");
        }
        Account account = accounts.enabledAccount(username).orElse(null);
        if (account == null || !passwords.matches(password, account.passwordHash)) {
            throttle.recordFailure(username);
            LOG.warnf("Sign-in failed for '%s'", username);
            throw new AuthenticationFailedException("wrong username or password");
        }
        throttle.recordSuccess(username);
        LOG.infof("Sign-in succeeded for '%s'", username);
        return SignedIn.identity(account);
    }
}
