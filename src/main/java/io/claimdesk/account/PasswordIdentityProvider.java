package io.claimdesk.account;

import io.claimdesk.web.Urls;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Checks a username and password (sign-in form or HTTP Basic) against the accounts, throttled per client address
 * and username. An unknown username costs the same bcrypt work as a wrong password, so timing tells nothing.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger("io.claimdesk.security");

    private final AccountLookup accounts;
    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final String signInFormPath;

    PasswordIdentityProvider(AccountLookup accounts, Passwords passwords, SignInThrottle throttle,
                             @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = Urls.SIGN_IN_CHECK)
                             String signInFormPath) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.signInFormPath = signInFormPath;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = clientAddress(routing);
        // The form's identity is the one Quarkus writes into the new session cookie; Basic proves itself each time.
        SignedIn.Via via = routing != null && signInFormPath.equals(routing.normalizedPath())
                ? SignedIn.Via.SESSION : SignedIn.Via.BASIC;
        return context.runBlocking(() -> check(request.getUsername(),
                new String(request.getPassword().getPassword()), address, via));
    }

    private SecurityIdentity check(String username, String password, String address, SignedIn.Via via) {
        if (throttle.isLocked(address, username)) {
            LOG.warnf("Sign-in refused for '%s' from %s: locked after repeated failures", username, address);
            throw new AuthenticationFailedException("too many failed sign-ins; try again later");
        }
        Account account = accounts.enabledAccount(username).orElse(null);
        if (!passwords.matches(password, account == null ? null : account.passwordHash)) {
            throttle.recordFailure(address, username);
            LOG.warnf("Sign-in failed for '%s' from %s", username, address);
            throw new AuthenticationFailedException("wrong username or password");
        }
        throttle.recordSuccess(address, username);
        LOG.infof("Sign-in succeeded for '%s' from %s", username, address);
        return SignedIn.identity(AccountState.of(account), via);
    }

    /** The client's address: the proxy's forwarded one when proxy headers are trusted (Quarkus applies them). */
    private static String clientAddress(RoutingContext routing) {
        SocketAddress remote = routing == null ? null : routing.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
