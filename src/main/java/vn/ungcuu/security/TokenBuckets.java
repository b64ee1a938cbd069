package vn.ungcuu.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per caller: {@code burst} tokens, refilled at {@code perSecond}; a request takes one.
 * Kept in memory on purpose: a limit is protection, not state another replica needs, so with several
 * replicas a caller may get up to replicas × the limit (an ingress can limit globally).
 */
final class TokenBuckets {

    /** Buckets idle this long are full again and can be forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;

    TokenBuckets(int perSecond, int burst, LongSupplier nanoTime) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(1, burst);
        this.nanoTime = nanoTime;
    }

    /** Takes a token for the caller; answers 0 when taken, else the nanoseconds until one is available. */
    long take(String caller) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.fullAt(now, perNano, burst));
        }
        long[] wait = new long[1];
        buckets.compute(caller, (key, bucket) -> {
            Bucket current = bucket == null ? new Bucket(burst, now) : bucket.refilled(now, perNano, burst);
            if (current.tokens >= 1) {
                return new Bucket(current.tokens - 1, now);
            }
            wait[0] = (long) Math.ceil((1 - current.tokens) / perNano);
            return current;
        });
        return wait[0];
    }

    private record Bucket(double tokens, long at) {

        Bucket refilled(long now, double perNano, double burst) {
            return new Bucket(Math.min(burst, tokens + (now - at) * perNano), now);
        }

        boolean fullAt(long now, double perNano, double burst) {
            return tokens + (now - at) * perNano >= burst;
        }
    }
}
