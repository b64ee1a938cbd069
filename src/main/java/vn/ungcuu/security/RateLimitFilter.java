package vn.ungcuu.security;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.security.Principal;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ungcuu.problem.TooManyRequests;

/**
 * Answers 429 with Retry-After to a caller (a token subject) that goes over
 * {@code ungcuu.rate-limit.requests-per-second} after its burst: a runaway script or a stolen token
 * cannot take the database from everyone else. Callers without a token are refused with 401 anyway.
 */
public class RateLimitFilter {

    @Inject
    Limiter limiter;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public void limit(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller != null) {
            limiter.admit(caller.getName());
        }
    }

    /** The buckets, built from the runtime configuration on first use (filters are created earlier). */
    @ApplicationScoped
    @Unremovable
    static class Limiter {

        private final TokenBuckets buckets;

        @Inject
        Limiter(RateLimitConfig config) {
            this.buckets = config.requestsPerSecond() <= 0 ? null
                    : new TokenBuckets(config.requestsPerSecond(), config.burst(), System::nanoTime);
        }

        void admit(String caller) {
            long waitNanos = buckets == null ? 0 : buckets.take(caller);
            if (waitNanos > 0) {
                throw new TooManyRequests(TimeUnit.NANOSECONDS.toSeconds(waitNanos - 1) + 1);
            }
        }
    }
}
