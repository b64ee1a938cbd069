package vn.ungcuu.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ungcuu.clock.Backoff;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.persistence.SqlValues;

/**
 * Sends the queued e-mail ({@code mail_message}), each message once. A due message is claimed with
 * {@code FOR UPDATE SKIP LOCKED} in a transaction of its own and stays locked while it is sent, then is marked
 * SENT in that transaction: instances sharing the database never send one message at the same time, and a
 * crash can repeat at most the one message in flight (same Message-ID). A failure is retried after 2 s,
 * doubling to 5 min, ±20 % jitter. A message the server keeps refusing while it takes others is parked DEAD
 * after {@code give-up-after}; an outage of the server parks nothing. Every attempt is a {@code mail_attempt}
 * row. With {@code ungcuu.mail.eml-folder} set, messages are written there as {@code .eml} files instead.
 * Nothing here logs a message's text.
 */
@ApplicationScoped
public class MailDispatcher {

    /** A claim's transaction outlives one send, which the Mailer cuts at quarkus.mailer.timeout (30 s). */
    private static final int SEND_TRANSACTION_SECONDS = 120;

    private enum Outcome { NONE_DUE, SENT, FAILED }

    @Inject
    EntityManager em;

    @Inject
    UngCuuConfig config;

    @Inject
    TimeSource time;

    @Inject
    SmtpSender smtp;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    private Sender sender;

    @PostConstruct
    void init() {
        sender = Sender.parse(from);
    }

    @Scheduled(every = "${ungcuu.mail.dispatch-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatchDue();
    }

    /** Sends the messages due now, at most one batch; returns how many went out. */
    public int dispatchDue() {
        int sent = 0;
        for (int i = 0; i < config.mail().batchSize(); i++) {
            Outcome outcome = QuarkusTransaction.requiringNew().timeout(SEND_TRANSACTION_SECONDS).call(this::sendNext);
            if (outcome == Outcome.NONE_DUE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private Outcome sendNext() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT id, kind, array_to_string(recipients, chr(10)), subject,"
                        + " body_text, body_html, created_at, attempts FROM mail_message WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, time.now()).getResultList();
        if (due.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        Object[] row = due.get(0);
        QueuedMail mail = new QueuedMail((UUID) row[0], (String) row[1], Arrays.asList(((String) row[2]).split("\n")),
                (String) row[3], (String) row[4], (String) row[5], SqlValues.instant(row[6]));
        int attempt = ((Number) row[7]).intValue() + 1;
        String error = null;
        try {
            transmit(mail);
        } catch (Exception e) {
            error = describe(e);
        }
        Instant now = time.now();
        if (error == null) {
            em.createNativeQuery("UPDATE mail_message SET status = 'SENT', attempts = attempts + 1, sent_at = ?1,"
                    + " last_error = NULL WHERE id = ?2")
                    .setParameter(1, now).setParameter(2, mail.id()).executeUpdate();
        } else if (givesUp(mail, now)) {
            em.createNativeQuery("UPDATE mail_message SET status = 'DEAD', attempts = attempts + 1, last_error = ?1"
                    + " WHERE id = ?2").setParameter(1, error).setParameter(2, mail.id()).executeUpdate();
            Log.warnf("mail %s (%s) parked as DEAD, unsent %s after it was queued: %s", mail.id(), mail.kind(),
                    Duration.between(mail.createdAt(), now), error);
        } else {
            Instant next = now.plus(backoff(attempt));
            em.createNativeQuery("UPDATE mail_message SET attempts = attempts + 1, last_error = ?1,"
                            + " next_attempt_at = ?2 WHERE id = ?3")
                    .setParameter(1, error).setParameter(2, next).setParameter(3, mail.id()).executeUpdate();
            if (attempt == 1) {
                // once per message: an outage would otherwise fill the log with one line per retry
                Log.warnf("mail %s (%s) not sent, will retry: %s", mail.id(), mail.kind(), error);
            }
        }
        em.createNativeQuery("INSERT INTO mail_attempt (message_id, attempted_at, succeeded, error)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, mail.id()).setParameter(2, now).setParameter(3, error == null)
                .setParameter(4, error).executeUpdate();
        metrics.counter("ungcuu.mail.attempts", "outcome", error == null ? "sent" : "failed").increment();
        return error == null ? Outcome.SENT : Outcome.FAILED;
    }

    private void transmit(QueuedMail mail) throws Exception {
        Optional<String> folder = config.mail().emlFolder();
        if (folder.isPresent()) {
            EmlFile.write(Path.of(folder.get()), mail, sender, time.now(), config.timeZone());
        } else {
            smtp.send(mail, sender);
        }
    }

    /**
     * Whether a failing message is parked as DEAD: it was queued more than give-up-after ago, the server took
     * another message after it was queued and yet more than give-up-after ago, and one since this message's
     * previous attempt. Through an outage (nothing taken since the previous attempt), however long, messages keep
     * their place at the maximum backoff and all go out when the server is back; a message refused while others
     * go through is parked once the server has been taking them for give-up-after.
     */
    private boolean givesUp(QueuedMail mail, Instant now) {
        Instant horizon = now.minus(config.mail().giveUpAfter());
        if (!mail.createdAt().isBefore(horizon)) {
            return false;
        }
        return (Boolean) em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM mail_message WHERE status = 'SENT'"
                        + " AND sent_at BETWEEN ?1 AND ?2) AND EXISTS (SELECT 1 FROM mail_message WHERE status = 'SENT'"
                        + " AND sent_at > (SELECT max(attempted_at) FROM mail_attempt WHERE message_id = ?3))")
                .setParameter(1, mail.createdAt()).setParameter(2, horizon).setParameter(3, mail.id())
                .getSingleResult();
    }

    /** The wait before the next attempt after this many ({@link Backoff}, with this feature's settings). */
    Duration backoff(int attempt) {
        return Backoff.after(attempt, config.mail().initialBackoff(), config.mail().maxBackoff());
    }

    /** The failure in one line, as the server or the file system put it (never the message's text). */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause.getMessage() == null) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String text = (cause.getClass().getSimpleName() + ": " + cause.getMessage()).replaceAll("\\s+", " ");
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
