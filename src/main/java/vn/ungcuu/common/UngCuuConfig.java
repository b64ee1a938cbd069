package vn.ungcuu.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.time.ZoneId;

/** The service's own settings ({@code ungcuu.*}, env {@code UNGCUU_*}). */
@ConfigMapping(prefix = "ungcuu")
public interface UngCuuConfig {

    /** The district's time zone: it decides the year in an incident reference and report periods. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();

    Deadlines deadlines();

    Idempotency idempotency();

    interface Deadlines {
        /** NOTIFY: the incident must be triaged or escalated this long after detection. */
        @WithName("notify")
        @WithDefault("P5D")
        Duration notifyAfter();
    }

    interface Idempotency {
        /** How long an Idempotency-Key and its response are kept (at least 24 hours by contract). */
        @WithDefault("PT24H")
        Duration retention();
    }
}
