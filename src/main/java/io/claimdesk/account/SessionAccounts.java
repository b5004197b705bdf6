package io.claimdesk.account;

import io.claimdesk.ClaimdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The accounts behind open sessions, kept in memory: reading the account on every request cost more than half of a
 * trivial one. An entry is dropped when its account changes on this node ({@link AccountChanged}, after the commit),
 * and is used at most {@code claimdesk.sign-in.session-cache-max-age}, which bounds how long a change made on
 * another node goes unseen here.
 */
@ApplicationScoped
class SessionAccounts {

    /** Past this many usernames the cache starts over, so that it cannot grow without bound. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Optional<AccountState> account, long loadedAt) {
    }

    private final AccountLookup lookup;
    private final long maxAgeNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on with every drop: a read that began before a drop must not put back what it read. */
    private final AtomicLong drops = new AtomicLong();

    SessionAccounts(AccountLookup lookup, ClaimdeskConfig config) {
        this.lookup = lookup;
        this.maxAgeNanos = config.signIn().sessionCacheMaxAge().toNanos();
    }

    /** The account of that username as it was at most the max age ago, or empty when there is none. */
    Optional<AccountState> get(String username) {
        long now = System.nanoTime();
        Entry entry = entries.get(username);
        if (entry != null && now - entry.loadedAt() < maxAgeNanos) {
            return entry.account();
        }
        long dropsBefore = drops.get();
        Optional<AccountState> account = lookup.state(username);
        if (maxAgeNanos > 0 && drops.get() == dropsBefore) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(username, new Entry(account, now));
        }
        return account;
    }

    void drop(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged changed) {
        drops.incrementAndGet();
        entries.remove(changed.username());
    }
}
