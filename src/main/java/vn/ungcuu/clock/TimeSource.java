package vn.ungcuu.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The service's clock, injectable so that deadline tests can move time. Instants are cut to
 * microseconds, PostgreSQL's precision, so that what we hand out equals what we read back.
 */
@ApplicationScoped
public class TimeSource {

    private final Clock clock;

    public TimeSource() {
        this(Clock.systemUTC());
    }

    TimeSource(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
