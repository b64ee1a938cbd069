package vn.ungcuu.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.ungcuu.clock.Backoff;
import vn.ungcuu.persistence.SqlValues;
import vn.ungcuu.clock.TimeSource;

/**
 * Delivers outbox events to the provincial endpoint as signed webhooks, at least once. Due events are
 * claimed with {@code FOR UPDATE SKIP LOCKED} and stay locked while they are sent, so several
 * instances never send one event at the same time; a failure is retried with exponential backoff and
 * jitter, and an event the endpoint keeps refusing while it accepts others is parked as DEAD after
 * {@code give-up-after}. An outage of the endpoint itself parks nothing, however long: every event waiting
 * goes out when it is back. Every attempt is recorded.
 */
@ApplicationScoped
public class WebhookDispatcher {

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    TimeSource time;

    @Inject
    MeterRegistry metrics;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${ungcuu.outbox.dispatch-every:2s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.url().isPresent()) {
            dispatchDue();
        }
    }

    /** Sends the events due now (one batch); returns how many were delivered. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public int dispatchDue() {
        String url = config.url().orElseThrow(() -> new IllegalStateException("no webhook url configured"));
        Instant now = time.now();
        @SuppressWarnings("unchecked")
        List<OutboxEvent> due = em.createNativeQuery("SELECT * FROM outbox_event WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED",
                        OutboxEvent.class)
                .setParameter(1, now).setParameter(2, config.batchSize())
                .getResultList();
        int delivered = 0;
        GiveUp giveUp = new GiveUp(now.minus(config.giveUpAfter()));
        for (OutboxEvent event : due) {
            if (deliver(url, event, giveUp)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(String url, OutboxEvent event, GiveUp giveUp) {
        byte[] body = event.body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.readTimeout())
                .header("Content-Type", "application/json")
                .header("X-UngCuu-Event", event.type)
                .header("X-UngCuu-Delivery", event.id.toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        config.secret().ifPresent(secret -> request.header("X-UngCuu-Signature-256", WebhookSignature.of(secret, body)));
        Integer status = null;
        String error = null;
        long started = System.nanoTime();
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            error = "timed out";
        } catch (IOException e) {
            error = (e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int millis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        Instant now = time.now();
        boolean ok = status != null && status >= 200 && status < 300;
        if (error == null && !ok) {
            error = "HTTP " + status;
        }
        em.createNativeQuery("INSERT INTO outbox_attempt (event_id, attempted_at, status_code, error, duration_ms)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, event.id).setParameter(2, now).setParameter(3, status)
                .setParameter(4, error == null ? null : truncate(error)).setParameter(5, millis)
                .executeUpdate();
        event.attempts++;
        event.lastStatusCode = status;
        event.lastError = error == null ? null : truncate(error);
        if (ok) {
            event.status = EventStatus.DELIVERED;
            event.deliveredAt = now;
        } else if (giveUp.applies(event, now)) {
            event.status = EventStatus.DEAD;
            Log.warnf("webhook %s (%s) parked as DEAD after %d attempts: %s", event.id, event.type, event.attempts,
                    error);
        } else {
            event.nextAttemptAt = now.plus(backoff(event.attempts));
        }
        metrics.counter("ungcuu.webhook.attempts", "outcome", ok ? "delivered" : "failed").increment();
        return ok;
    }

    /**
     * Whether a failing event is parked as DEAD: it occurred more than give-up-after ago and the endpoint
     * has been taking other events meanwhile, having accepted one since the event occurred yet more than
     * give-up-after ago, and one since the event's previous attempt. Through an outage of the endpoint
     * (nothing accepted since the previous attempt), however long, events keep their place at the maximum
     * backoff and all go out when it is back; an event refused while others go through is parked. The
     * deliveries are read once per batch, and only when an event of the batch is old enough.
     */
    private final class GiveUp {

        private final Instant horizon;
        private boolean read;
        private Instant acceptedBeforeHorizon;
        private Instant lastAccepted;

        GiveUp(Instant horizon) {
            this.horizon = horizon;
        }

        boolean applies(OutboxEvent event, Instant attemptedAt) {
            if (!event.occurredAt.isBefore(horizon)) {
                return false;
            }
            if (!read) {
                Object[] row = (Object[]) em.createNativeQuery("SELECT max(delivered_at) FILTER (WHERE delivered_at"
                                + " <= ?1), max(delivered_at) FROM outbox_event WHERE status = 'DELIVERED'")
                        .setParameter(1, horizon).getSingleResult();
                acceptedBeforeHorizon = SqlValues.instant(row[0]);
                lastAccepted = SqlValues.instant(row[1]);
                read = true;
            }
            if (acceptedBeforeHorizon == null || acceptedBeforeHorizon.isBefore(event.occurredAt)) {
                return false;
            }
            Instant previous = SqlValues.instant(em.createNativeQuery("SELECT max(attempted_at) FROM outbox_attempt"
                            + " WHERE event_id = ?1 AND attempted_at < ?2")
                    .setParameter(1, event.id).setParameter(2, attemptedAt).getSingleResult());
            return previous != null && lastAccepted.isAfter(previous);
        }
    }

    /** The wait before the next attempt after this many ({@link Backoff}, with this feature's settings). */
    Duration backoff(int attempt) {
        return Backoff.after(attempt, config.initialBackoff(), config.maxBackoff());
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
