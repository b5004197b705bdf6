package io.claimdesk.account;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Failed sign-ins in this node's memory: each node counts its own. */
@ApplicationScoped
class MemorySignInFailures implements SignInFailures {

    /** Past this many sources, those without a failure for a day are let go, so guessing cannot fill the heap. */
    private static final int PRUNE_AT = 50_000;
    private static final Duration KEPT = Duration.ofDays(1);

    private final Map<Source, Record> records = new ConcurrentHashMap<>();

    @Override
    public Record get(Source source) {
        return records.get(source);
    }

    @Override
    public Record update(Source source, UnaryOperator<Record> change) {
        if (records.size() >= PRUNE_AT) {
            Instant cutoff = Instant.now().minus(KEPT);
            records.values().removeIf(r -> r.lastFailure().isBefore(cutoff));
        }
        return records.compute(source, (s, old) -> change.apply(old));
    }

    @Override
    public void forget(Source source) {
        records.remove(source);
    }
}
