package vn.ungcuu.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests per caller ({@code ungcuu.rate-limit.*}, env {@code UNGCUU_RATE_LIMIT_*}), per instance. */
@ConfigMapping(prefix = "ungcuu.rate-limit")
public interface RateLimitConfig {

    /** Sustained requests per second one caller (token subject) may make; 0 turns the limit off. */
    @WithDefault("20")
    int requestsPerSecond();

    /** How many requests one caller may make at once after being idle (the bucket's size). */
    @WithDefault("200")
    int burst();
}
