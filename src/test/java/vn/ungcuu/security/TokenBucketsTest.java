package vn.ungcuu.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(2, 3, now::get);

    @Test
    void aCallerGetsItsBurstThenWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("script"), "request " + (i + 1) + " of the burst");
        }
        long wait = buckets.take("script");
        assertEquals(TimeUnit.MILLISECONDS.toNanos(500), wait, "2 per second: one token every 500 ms");

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(499));
        assertTrue(buckets.take("script") > 0, "not yet");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals(0, buckets.take("script"), "refilled");
    }

    @Test
    void callersHaveTheirOwnBucketsAndAnIdleOneFillsUpToTheBurstOnly() {
        for (int i = 0; i < 3; i++) {
            buckets.take("script");
        }
        assertEquals(0, buckets.take("coordinator"), "another caller is not limited by the script");

        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("script"));
        }
        assertTrue(buckets.take("script") > 0, "an hour idle gives the burst back, not 7200 requests");
    }
}
