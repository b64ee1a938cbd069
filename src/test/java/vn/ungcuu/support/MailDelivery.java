package vn.ungcuu.support;

import java.time.Duration;
import javax.sql.DataSource;
import vn.ungcuu.mail.MailDispatcher;

/**
 * Sends everything due, as the scheduled dispatcher would over a few runs. The Vert.x mail client now and then
 * stalls on a send to GreenMail until the Mailer's timeout (cause not found; neither keep-alive nor pipelining);
 * the dispatcher retries such a send like any failure, and so does this: a message that timed out is tried again
 * after its backoff. What the tests assert stays exactly-once delivery.
 */
public final class MailDelivery {

    private static final Duration PAST_BACKOFF = Duration.ofMinutes(6);

    private MailDelivery() {
    }

    public static int sendAll(MailDispatcher dispatcher, DataSource db) {
        int sent = 0;
        for (int round = 0; round < 5; round++) {
            for (int now = dispatcher.dispatchDue(); now > 0; now = dispatcher.dispatchDue()) {
                sent += now;
            }
            if (Sql.count(db, "SELECT count(*) FROM mail_message WHERE status = 'PENDING'"
                    + " AND last_error LIKE 'TimeoutException%'") == 0) {
                return sent;
            }
            MovableTimeSource.advance(PAST_BACKOFF);
        }
        return sent;
    }
}
