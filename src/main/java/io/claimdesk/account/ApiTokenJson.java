package io.claimdesk.account;

import java.time.Instant;

/** A token as lists show it: never the token, only its first characters. */
public record ApiTokenJson(long id, String name, String username, String prefix, String createdBy,
                           Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    static ApiTokenJson of(ApiToken token) {
        return new ApiTokenJson(token.id, token.name, token.account.username, token.prefix,
                token.createdBy.username, token.createdAt, token.lastUsedAt, token.revokedAt);
    }
}
