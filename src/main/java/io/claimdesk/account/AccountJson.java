package io.claimdesk.account;

import java.time.Instant;

/** An account as the API and the admin page show it: never its password hash. */
public record AccountJson(long id, String username, String role, boolean enabled, boolean mustChangePassword,
                          Instant createdAt) {

    static AccountJson of(Account account) {
        return new AccountJson(account.id, account.username, account.role.id(), account.enabled,
                account.mustChangePassword, account.createdAt);
    }
}
