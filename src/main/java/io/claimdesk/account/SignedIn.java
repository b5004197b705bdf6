package io.claimdesk.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a signed-in account, and reads our attributes back from one. */
public final class SignedIn {

    static final String ACCOUNT_ID = "claimdesk.account-id";
    static final String MUST_CHANGE_PASSWORD = "claimdesk.must-change-password";

    private SignedIn() {
    }

    static SecurityIdentity identity(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRoles(account.role.grants)
                .addAttribute(ACCOUNT_ID, account.id)
                .addAttribute(MUST_CHANGE_PASSWORD, account.mustChangePassword)
                .build();
    }

    /** The account id of the identity, or null when anonymous. */
    public static Long accountId(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(ACCOUNT_ID);
    }

    public static boolean mustChangePassword(SecurityIdentity identity) {
        return identity != null && Boolean.TRUE.equals(identity.getAttribute(MUST_CHANGE_PASSWORD));
    }
}
