package io.claimdesk.account;

import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Creating, listing, revoking and checking API tokens. A token is 32 random bytes: guessing one is hopeless, so a
 * fast SHA-256 protects the stored copy as well as bcrypt would, at a fraction of the cost per request.
 * The plain token exists only in {@link Created}, once; it is never stored, logged or recorded in the history.
 */
@ApplicationScoped
public class ApiTokens {

    static final String TOKEN_START = "cdt_";
    static final int PREFIX_LENGTH = 12;
    /** Writing last_used_at on every request would turn each read into a write; once a minute tells enough. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final int RANDOM_BYTES = 32;
    /** "cdt_" and 43 base64url characters; anything much longer is not ours and is not even hashed. */
    private static final int MAX_TOKEN_LENGTH = 100;
    private static final int MAX_NAME_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final History history;

    ApiTokens(History history) {
        this.history = history;
    }

    /** A new token and its plain value, which the caller shows once. */
    public record Created(ApiToken token, String plain) {
        @Override
        public String toString() {
            return "Created[token=" + token.id + ", prefix=" + token.prefix + "]";
        }
    }

    /** What signing in with a presented token gave: the account, or why not (safe to log: never the token). */
    record SignIn(Account account, String refusal) {
    }

    @Transactional
    public Created create(Account actor, String username, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
            throw new Invalid("name",
                    "Name the token (up to " + MAX_NAME_LENGTH + " characters) after who or what uses it.");
        }
        Account account = username == null ? null : Account.findByUsername(username).orElse(null);
        if (account == null) {
            throw new Invalid("username", "There is no account '" + username + "'.");
        }
        if (!account.enabled) {
            throw new Invalid("username", "The account '" + username + "' is disabled.");
        }
        String plain = newTokenValue();
        ApiToken token = new ApiToken();
        token.account = account;
        token.name = label;
        token.tokenSha256 = sha256(plain);
        token.prefix = plain.substring(0, PREFIX_LENGTH);
        token.createdBy = actor;
        token.createdAt = Instant.now();
        token.persist();
        history.record(Account.idOf(actor), HistoryAction.TOKEN_CREATED, History.Subject.account(account.id), null,
                Map.of("tokenId", token.id, "name", token.name, "prefix", token.prefix));
        return new Created(token, plain);
    }

    /** Revokes the token; revoking it again changes nothing. */
    @Transactional
    public void revoke(Account actor, long tokenId) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(tokenId)
                .orElseThrow(() -> new NotFound("There is no API token " + tokenId));
        if (token.revokedAt != null) {
            return;
        }
        token.revokedAt = Instant.now();
        history.record(Account.idOf(actor), HistoryAction.TOKEN_REVOKED, History.Subject.account(token.account.id),
                Map.of("tokenId", token.id, "name", token.name, "prefix", token.prefix, "revoked", false),
                Map.of("tokenId", token.id, "name", token.name, "prefix", token.prefix, "revoked", true));
    }

    @Transactional
    public List<ApiTokenJson> all() {
        return ApiToken.listNewestFirst().stream().map(ApiTokenJson::of).toList();
    }

    /**
     * The account a presented token signs in as. Read on every request, like a session, so that revoking the
     * token or disabling the account takes effect at once.
     */
    @Transactional
    SignIn signIn(String plain) {
        if (plain == null || plain.isBlank() || plain.length() > MAX_TOKEN_LENGTH) {
            return new SignIn(null, "malformed API token");
        }
        ApiToken token = ApiToken.findBySha256(sha256(plain)).orElse(null);
        if (token == null) {
            return new SignIn(null, "unknown API token");
        }
        String which = "API token " + token.id + " (" + token.prefix + "…) of '" + token.account.username + "'";
        if (token.revokedAt != null) {
            return new SignIn(null, which + " is revoked");
        }
        if (!token.account.enabled) {
            return new SignIn(null, which + ": account disabled");
        }
        Instant now = Instant.now();
        if (token.lastUsedAt == null || !token.lastUsedAt.isAfter(now.minus(LAST_USED_RESOLUTION))) {
            token.lastUsedAt = now;
        }
        return new SignIn(token.account, null);
    }

    static String sha256(String plain) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String newTokenValue() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
