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
import java.util.concurrent.ThreadLocalRandom;
import vn.ungcuu.common.TimeSource;

/**
 * Delivers outbox events to the provincial endpoint as signed webhooks, at least once. Due events are
 * claimed with {@code FOR UPDATE SKIP LOCKED} and stay locked while they are sent, so several
 * instances never send one event at the same time; a failure is retried with exponential backoff and
 * jitter until {@code give-up-after}, then parked as DEAD. Every attempt is recorded.
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
        for (OutboxEvent event : due) {
            if (deliver(url, event)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(String url, OutboxEvent event) {
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
        } else if (now.isAfter(event.occurredAt.plus(config.giveUpAfter()))) {
            event.status = EventStatus.DEAD;
            Log.warnf("webhook %s (%s) parked as DEAD after %d attempts: %s", event.id, event.type, event.attempts,
                    error);
        } else {
            event.nextAttemptAt = now.plus(backoff(event.attempts));
        }
        metrics.counter("ungcuu.webhook.attempts", "outcome", ok ? "delivered" : "failed").increment();
        return ok;
    }

    /** initial × 2^(attempt-1), capped, with ±20 % jitter so that retries of many events spread out. */
    Duration backoff(int attempt) {
        long initial = config.initialBackoff().toMillis();
        long capped = Math.min(config.maxBackoff().toMillis(), initial << Math.min(attempt - 1, 30));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, (long) (capped * jitter)));
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
