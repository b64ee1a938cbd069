package vn.ungcuu.notification;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The notifications' clock: every {@code ungcuu.notifications.check-every} (default a minute; {@code off} on an
 * instance that should not), the due-soon warnings and the daily digest. Safe on several instances at once: each
 * message has its dedup key, and the outbox keeps one of each.
 */
@ApplicationScoped
class NotificationWatch {

    @Inject
    DueSoonWarnings dueSoon;

    @Inject
    DailyDigest digest;

    @Scheduled(every = "${ungcuu.notifications.check-every:1m}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // each on its own: a failing one must not keep the other from running
        try {
            dueSoon.warn();
        } catch (RuntimeException e) {
            Log.error("due-soon check failed; the next run tries again", e);
        }
        try {
            digest.queueIfDue();
        } catch (RuntimeException e) {
            Log.error("daily digest check failed; the next run tries again", e);
        }
    }
}
