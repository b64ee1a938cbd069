package vn.ungcuu.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** How long a verified token may be reused: never past its exp, never longer than the reuse window. */
class VerifiedTokensTest {

    private Instant now = Instant.parse("2026-11-30T03:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static JsonWebToken expiringAt(Instant exp) {
        Map<String, Object> claims = exp == null ? Map.of("sub", "s") : Map.of("sub", "s", "exp", exp.getEpochSecond());
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "s";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    @Test
    void aTokenIsReusedUntilItsExpiry() {
        VerifiedTokens tokens = new VerifiedTokens(10, Duration.ofSeconds(60), clock);
        JsonWebToken token = expiringAt(now.plusSeconds(30));
        tokens.put("a", token);
        now = now.plusSeconds(29);
        assertSame(token, tokens.get("a"));
        now = now.plusSeconds(1);
        assertNull(tokens.get("a"), "at exp the full verification decides again");
        assertEquals(0, tokens.size());
    }

    @Test
    void aLongLivedTokenIsReusedOnlyForTheWindow() {
        VerifiedTokens tokens = new VerifiedTokens(10, Duration.ofSeconds(60), clock);
        JsonWebToken token = expiringAt(now.plus(Duration.ofHours(12)));
        tokens.put("a", token);
        now = now.plusSeconds(59);
        assertSame(token, tokens.get("a"));
        now = now.plusSeconds(1);
        assertNull(tokens.get("a"));
        assertNull(tokens.get("b"), "unknown text");
    }

    @Test
    void aTokenWithoutExpiryIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(10, Duration.ofSeconds(60), clock);
        tokens.put("a", expiringAt(null));
        assertNull(tokens.get("a"));
    }

    @Test
    void whenFullExpiredEntriesGoFirstThenAll() {
        VerifiedTokens tokens = new VerifiedTokens(2, Duration.ofSeconds(60), clock);
        tokens.put("short", expiringAt(now.plusSeconds(1)));
        tokens.put("long", expiringAt(now.plusSeconds(50)));
        now = now.plusSeconds(2);
        tokens.put("third", expiringAt(now.plusSeconds(50)));
        assertEquals(2, tokens.size());
        assertSame(null, tokens.get("short"));
        tokens.put("fourth", expiringAt(now.plusSeconds(50)));
        assertEquals(1, tokens.size(), "no entry had expired: all went");
        assertNull(tokens.get("long"));
    }
}
