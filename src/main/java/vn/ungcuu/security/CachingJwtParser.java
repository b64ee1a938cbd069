package vn.ungcuu.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * SmallRye JWT's parser, remembering the tokens it verified. Scripts and integrations send the same token
 * request after request; verifying its RS256 signature and parsing its claims every time was 15 % of a
 * GET's CPU in the 1M-incident benchmark. A remembered token is reused only as the exact text that was
 * verified, never after its {@code exp}, and at most {@link #REUSE_FOR} after its verification, so a
 * changed key or issuer setting takes effect within that; otherwise the full verification runs, with its
 * clock skew allowance, exactly as before.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    static final Duration REUSE_FOR = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private final VerifiedTokens verified = new VerifiedTokens(MAX_ENTRIES, REUSE_FOR, Clock.systemUTC());

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        JsonWebToken known = verified.get(bearerToken);
        if (known != null) {
            return known;
        }
        JsonWebToken token = super.parse(bearerToken);
        verified.put(bearerToken, token);
        return token;
    }
}
