package vn.ungcuu.support;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import vn.ungcuu.clock.TimeSource;

/**
 * The service's clock in the tests: real time plus an offset a test may move (deadline tests), reset to
 * zero afterwards. Replaces {@link TimeSource} in every Quarkus test.
 */
@Mock
@ApplicationScoped
public class MovableTimeSource extends TimeSource {

    private static volatile Duration offset = Duration.ZERO;

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Sets the service's clock to about this instant; it runs on from there. */
    public static void setTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    /** What the service's clock reads now. */
    public static Instant current() {
        return Instant.now().plus(offset);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant now() {
        return super.now().plus(offset);
    }
}
