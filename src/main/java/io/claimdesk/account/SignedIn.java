package io.claimdesk.account;

import io.claimdesk.web.InterfaceLanguage;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a signed-in account, and reads our attributes back from one. */
public final class SignedIn {

    /** How a request proved who it is; it decides whether a state change must also prove it came from our pages. */
    public enum Via {
        /** The session cookie (or the sign-in form that sets it): a browser sends it on its own, even when forged. */
        SESSION,
        /** HTTP Basic: sent by API clients, and by a browser that once was asked for it. */
        BASIC,
        /** An API token: only a program that holds it sends it. */
        TOKEN
    }

    static final String ACCOUNT_ID = "claimdesk.account-id";
    static final String USERNAME = "claimdesk.username";
    static final String MUST_CHANGE_PASSWORD = "claimdesk.must-change-password";
    static final String VIA = "claimdesk.via";

    /**
     * Joins the username and the session epoch in the principal a session cookie stores; usernames cannot hold it
     * ({@code Accounts} allows letters, digits, dots, dashes and underscores).
     */
    static final char EPOCH_SEPARATOR = '~';

    private SignedIn() {
    }

    /**
     * The identity of an account. A session's principal carries the account's session epoch, because Quarkus writes
     * the principal's name into the cookie, at sign-in and each time it renews the cookie.
     */
    static SecurityIdentity identity(AccountState account, Via via) {
        String principal = via == Via.SESSION ? account.username() + EPOCH_SEPARATOR + account.sessionEpoch()
                : account.username();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal))
                .addRoles(account.role().grants)
                .addAttribute(ACCOUNT_ID, account.id())
                .addAttribute(USERNAME, account.username())
                .addAttribute(MUST_CHANGE_PASSWORD, account.mustChangePassword())
                .addAttribute(VIA, via);
        if (account.interfaceLanguage() != null) {
            identity.addAttribute(InterfaceLanguage.IDENTITY_ATTRIBUTE, account.interfaceLanguage());
        }
        return identity.build();
    }

    /** A session cookie's principal read back: the username and epoch, or null for a cookie without an epoch. */
    record SessionPrincipal(String username, int epoch) {
        static SessionPrincipal parse(String principal) {
            int at = principal == null ? -1 : principal.lastIndexOf(EPOCH_SEPARATOR);
            if (at <= 0) {
                return null;
            }
            try {
                return new SessionPrincipal(principal.substring(0, at), Integer.parseInt(principal.substring(at + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** The account id of the identity, or null when anonymous. */
    public static Long accountId(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(ACCOUNT_ID);
    }

    /** The username of the identity (a session's principal also names its epoch), or null when anonymous. */
    public static String username(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(USERNAME);
    }

    /** How the identity signed in, or null when anonymous. */
    public static Via via(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(VIA);
    }

    public static boolean mustChangePassword(SecurityIdentity identity) {
        return identity != null && Boolean.TRUE.equals(identity.getAttribute(MUST_CHANGE_PASSWORD));
    }
}
