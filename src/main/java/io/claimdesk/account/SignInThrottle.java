package io.claimdesk.account;

import io.claimdesk.ClaimdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per username. After too many within the window the username is locked for a while,
 * whatever password is tried. Held in memory: each app node counts its own (see README, Scaling).
 */
@ApplicationScoped
public class SignInThrottle {

    private final ClaimdeskConfig.SignIn config;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    SignInThrottle(ClaimdeskConfig config) {
        this.config = config.signIn();
        this.clock = Clock.systemUTC();
    }

    public boolean isLocked(String username) {
        Instant until = lockedUntil.get(key(username));
        return until != null && clock.instant().isBefore(until);
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(config.window()))) {
                recent.removeFirst();
            }
            if (recent.size() >= config.maxFailures()) {
                lockedUntil.put(key(username), now.plus(config.lockout()));
                recent.clear();
            }
        }
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
