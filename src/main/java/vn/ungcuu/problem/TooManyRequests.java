package vn.ungcuu.problem;

import java.util.List;
import java.util.Map;

/** A 429 problem; its mapper adds the Retry-After header (whole seconds, at least 1). */
public final class TooManyRequests extends ApiException {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS, "Too many requests from this caller; retry in " + retryAfterSeconds
                + " s", List.of(), Map.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
