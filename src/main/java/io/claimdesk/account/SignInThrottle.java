package io.claimdesk.account;

import io.claimdesk.ClaimdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts failed sign-ins per client address and username. Too many within the window lock that pair for a while,
 * whatever password is tried, and each further lock in a row lasts twice as long. The pair, not the username alone:
 * an attacker guessing from one address must not keep the account's owner (the admin, say) out from another.
 */
@ApplicationScoped
public class SignInThrottle {

    private final ClaimdeskConfig.SignIn config;
    private final SignInFailures failures;
    private final Clock clock;

    SignInThrottle(ClaimdeskConfig config, SignInFailures failures) {
        this.config = config.signIn();
        this.failures = failures;
        this.clock = Clock.systemUTC();
    }

    public boolean isLocked(String address, String username) {
        SignInFailures.Record record = failures.get(source(address, username));
        return record != null && record.lockedUntil() != null && clock.instant().isBefore(record.lockedUntil());
    }

    public void recordFailure(String address, String username) {
        Instant now = clock.instant();
        failures.update(source(address, username), old -> {
            boolean windowOpen = old != null && !now.isAfter(old.windowStart().plus(config.window()));
            int count = windowOpen ? old.failures() + 1 : 1;
            Instant windowStart = windowOpen ? old.windowStart() : now;
            int lockouts = old == null ? 0 : old.lockouts();
            Instant lockedUntil = old == null ? null : old.lockedUntil();
            if (count >= config.maxFailures()) {
                lockouts++;
                return new SignInFailures.Record(0, now, lockouts, now.plus(lockout(lockouts)), now);
            }
            return new SignInFailures.Record(count, windowStart, lockouts, lockedUntil, now);
        });
    }

    public void recordSuccess(String address, String username) {
        failures.forget(source(address, username));
    }

    /** The lock after the n-th in a row: the configured lockout, doubled each time, up to the longest. */
    private Duration lockout(int lockouts) {
        Duration lock = config.lockout();
        for (int i = 1; i < lockouts && lock.compareTo(config.maxLockout()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(config.maxLockout()) > 0 ? config.maxLockout() : lock;
    }

    private static SignInFailures.Source source(String address, String username) {
        return new SignInFailures.Source(address == null ? "" : address,
                username == null ? "" : username.toLowerCase(Locale.ROOT));
    }
}
