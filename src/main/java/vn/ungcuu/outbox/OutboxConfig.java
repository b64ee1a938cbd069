package vn.ungcuu.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where and how events leave the service. */
@ConfigMapping(prefix = "ungcuu.provincial.webhook")
public interface OutboxConfig {

    /** The provincial endpoint; without it events wait in the outbox and the pull feed only. */
    Optional<String> url();

    /** The HMAC-SHA256 key of X-UngCuu-Signature-256 (environment only). */
    Optional<String> secret();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("10s")
    Duration readTimeout();

    /** First retry delay; each later one doubles, with ±20 % jitter, up to {@link #maxBackoff()}. */
    @WithDefault("2s")
    Duration initialBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /**
     * An event still undelivered this long after it occurred, while the endpoint accepted other events, is
     * parked as DEAD; an outage of the endpoint itself parks nothing, however long it lasts.
     */
    @WithDefault("P2D")
    Duration giveUpAfter();

    /** Events delivered per dispatcher run and instance. */
    @WithDefault("20")
    int batchSize();
}
