package io.claimdesk.account;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.web.InvalidInputException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.Base64;

/** Password rules, hashing and checking, in one place. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClaimdeskConfig config;

    Passwords(ClaimdeskConfig config) {
        this.config = config;
    }

    /** The bcrypt hash of a password that meets the rules; a 400 naming the field otherwise. */
    public String hash(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field, "A password needs at least " + MIN_LENGTH + " characters.");
        }
        return BcryptUtil.bcryptHash(password, config.passwordHashCost());
    }

    public boolean matches(String password, String hash) {
        return password != null && BcryptUtil.matches(password, hash);
    }

    public String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
