package vn.ungcuu.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens that passed verification, by their exact text, each usable until its own expiry or
 * {@code reuseFor} after it was verified, whichever comes first. Bounded: when full, expired entries go,
 * and if that is not enough, all of them (the next request of each client verifies again).
 */
final class VerifiedTokens {

    private record Entry(JsonWebToken token, long usableUntilMillis) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long reuseForMillis;
    private final Clock clock;

    VerifiedTokens(int maxEntries, Duration reuseFor, Clock clock) {
        this.maxEntries = maxEntries;
        this.reuseForMillis = reuseFor.toMillis();
        this.clock = clock;
    }

    /** The verified token for this text, or null when it is unknown or no longer usable. */
    JsonWebToken get(String text) {
        Entry entry = entries.get(text);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.usableUntilMillis()) {
            entries.remove(text, entry);
            return null;
        }
        return entry.token();
    }

    /** Keeps a token that has just been verified; one without an expiry is not kept. */
    void put(String text, JsonWebToken token) {
        if (!(token.getClaim(Claims.exp.name()) instanceof Number exp) || exp.longValue() <= 0) {
            return;
        }
        long expiresAtMillis = exp.longValue() * 1000;
        long now = clock.millis();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> now >= entry.usableUntilMillis());
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(text, new Entry(token, Math.min(expiresAtMillis, now + reuseForMillis)));
    }

    int size() {
        return entries.size();
    }
}
