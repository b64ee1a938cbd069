package vn.ungcuu.clock;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How long a failed delivery (a webhook event, an e-mail) waits before its next attempt. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * initial × 2^(attempt-1), capped at {@code max}, with ±20 % jitter so that the retries of many messages spread
     * out instead of all coming back at once.
     */
    public static Duration after(int attempt, Duration initial, Duration max) {
        long capped = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt - 1, 30));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, (long) (capped * jitter)));
    }
}
