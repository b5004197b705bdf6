package io.claimdesk.account;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.Invalid;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** Password rules, hashing and checking, in one place. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads no further than this many bytes: a longer password would be accepted on its start alone. */
    public static final int MAX_BYTES = 72;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClaimdeskConfig config;
    private final Counter checks;
    /**
     * A hash of nothing anyone knows, at the configured cost: an unknown username is checked against it, so that a
     * sign-in takes as long whether the username exists or not.
     */
    private final String decoy;

    Passwords(ClaimdeskConfig config, MeterRegistry registry) {
        this.config = config;
        this.checks = Counter.builder("claimdesk.password.checks")
                .description("bcrypt verifications at sign-in, the deliberately slow part of a password check")
                .register(registry);
        this.decoy = BcryptUtil.bcryptHash(random(), config.passwordHashCost());
    }

    /** The bcrypt hash of a password that meets the rules; a 400 naming the field otherwise. */
    public String hash(String field, String password) {
        String problem = problem(password);
        if (problem != null) {
            throw new Invalid(field, problem);
        }
        return BcryptUtil.bcryptHash(password, config.passwordHashCost());
    }

    /** What is wrong with a new password, said so its owner can fix it; null when it meets the rules. */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "A password needs at least " + MIN_LENGTH + " characters.";
        }
        if (password.isBlank()) {
            return "A password cannot be only spaces.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "A password may have at most " + MAX_BYTES + " bytes in UTF-8: "
                    + MAX_BYTES + " plain letters, fewer with accents, other scripts or emoji (2 to 4 bytes each).";
        }
        return null;
    }

    /** Whether the password is the one hashed; a null hash (no such account) costs the same work and is false. */
    public boolean matches(String password, String hash) {
        checks.increment();
        boolean match = BcryptUtil.matches(password == null ? "" : password, hash == null ? decoy : hash);
        return match && hash != null && password != null;
    }

    public String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
