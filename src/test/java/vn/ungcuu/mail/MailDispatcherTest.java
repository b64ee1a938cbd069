package vn.ungcuu.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ungcuu.support.MailDelivery;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.TestSmtp;

/**
 * The dispatcher against a real SMTP server (GreenMail in this JVM) and the real outbox tables: each queued
 * message reaches each recipient once, with its Vietnamese subject and both parts; an outage longer than
 * give-up-after parks nothing and every message goes out once when the server is back; two dispatchers at once
 * send each message once; a once-only key queues one message; a message the server refuses while it takes
 * others is parked DEAD after give-up-after. Every attempt is a mail_attempt row.
 */
@QuarkusTest
class MailDispatcherTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    private static final Duration GIVE_UP = Duration.ofDays(2);
    /** Past the longest backoff (5 min + 20 % jitter): whatever failed is due again. */
    private static final Duration PAST_BACKOFF = Duration.ofMinutes(10);

    @Inject
    MailDispatcher dispatcher;

    @Inject
    MailOutbox outbox;

    @Inject
    DataSource db;

    private final String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".ungcuu.test";

    @BeforeEach
    void afterEverythingStored() {
        // earlier tests moved the clock and left rows stamped ahead of real time: this test starts after all of
        // them, as it would in a real outbox, and sends what they left waiting
        long latest = Sql.count(db, "SELECT coalesce(extract(epoch FROM greatest(max(created_at), max(next_attempt_at),"
                + " max(sent_at), (SELECT max(attempted_at) FROM mail_attempt))) * 1000, 0)::bigint FROM mail_message");
        long ahead = latest - System.currentTimeMillis();
        if (ahead > 0) {
            MovableTimeSource.advance(Duration.ofMillis(ahead).plus(PAST_BACKOFF));
        }
        drain();
    }

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    @Test
    void eachRecipientGetsTheMessageOnceWithItsSubjectAndBothParts() throws Exception {
        String coordinators = "dieu-phoi@" + domain;
        String focalPoint = "Dau-Moi@" + domain;
        String subject = "[SC-2026-000123] Sự cố mới: Cổng thông tin điện tử xã Minh Sơn bị thay đổi giao diện,"
                + " cần báo cáo ban đầu trong 24 giờ";
        String text = "Kính gửi đồng chí,\n\nSự cố SC-2026-000123 vừa được tiếp nhận.\nHạn báo cáo: 09:15 03/03/2026.";
        String html = "<p>Kính gửi đồng chí,</p><p>Sự cố <b>SC-2026-000123</b> vừa được tiếp nhận.</p>";
        UUID id = enqueue(new MailMessage("incident.created:" + domain, "incident.created",
                List.of(coordinators, focalPoint), subject, text, html));

        assertTrue(drain() >= 1);

        for (String recipient : List.of(coordinators, focalPoint)) {
            List<MimeMessage> inbox = TestSmtp.inbox(smtp, recipient);
            assertEquals(1, inbox.size(), recipient);
            MimeMessage received = inbox.get(0);
            assertEquals(subject, received.getSubject());
            assertEquals(List.of(coordinators, focalPoint.toLowerCase()),
                    addresses(received.getRecipients(Message.RecipientType.TO)));
            assertEquals(List.of("no-reply@ungcuu.invalid"), addresses(received.getFrom()));
            assertEquals("<" + id + "@ungcuu.invalid>", received.getMessageID());
            assertTrue(received.isMimeType("multipart/alternative"), received.getContentType());
            MimeMultipart parts = (MimeMultipart) received.getContent();
            assertEquals(2, parts.getCount());
            assertPart(parts.getBodyPart(0), "text/plain", text);
            assertPart(parts.getBodyPart(1), "text/html", html);
        }
        Map<String, Object> row = row(id);
        assertEquals("SENT", row.get("status"));
        assertEquals(1, row.get("attempts"));
        assertNotNull(row.get("sent_at"));
        assertNull(row.get("last_error"));
        assertEquals(List.of(true), attempts(id));

        MovableTimeSource.advance(PAST_BACKOFF);
        drain();
        assertEquals(1, TestSmtp.inbox(smtp, coordinators).size(), "sent again");
        assertEquals(List.of(true), attempts(id));
    }

    @Test
    void anOutageLongerThanGiveUpAfterParksNothingAndTheMessageGoesOutOnceWhenTheServerIsBack() throws Exception {
        String recipient = "truc-24-7@" + domain;
        smtp.stop();
        UUID id = enqueue(new MailMessage("outage:" + domain, "deadline.due-soon", List.of(recipient),
                "[SC-2026-000124] Sắp đến hạn báo cáo ban đầu", "Còn 2 giờ.", "<p>Còn 2 giờ.</p>"));

        assertEquals(0, dispatcher.dispatchDue());
        Map<String, Object> row = row(id);
        assertEquals("PENDING", row.get("status"));
        assertEquals(1, row.get("attempts"));
        assertNotNull(row.get("last_error"));
        assertEquals(List.of(false), attempts(id));
        assertTrue(((Instant) row.get("next_attempt_at")).isAfter(lastAttempt(id)), "retried later");

        // down for three days on the movable clock, tried again every six hours
        int rounds = 12;
        for (int i = 0; i < rounds; i++) {
            MovableTimeSource.advance(Duration.ofHours(6));
            dispatcher.dispatchDue();
        }
        row = row(id);
        assertTrue(((Instant) row.get("created_at")).isBefore(MovableTimeSource.current().minus(GIVE_UP)));
        assertEquals("PENDING", row.get("status"), "parked during an outage");
        assertEquals(1 + rounds, row.get("attempts"));
        assertEquals(1 + rounds, attempts(id).size());
        assertFalse(attempts(id).contains(true));

        smtp.start();
        MovableTimeSource.advance(PAST_BACKOFF);
        assertTrue(drain() >= 1);
        assertEquals(1, TestSmtp.inbox(smtp, recipient).size());
        row = row(id);
        assertEquals("SENT", row.get("status"));
        assertEquals(2 + rounds, row.get("attempts"));
        List<Boolean> attempts = attempts(id);
        assertEquals(2 + rounds, attempts.size());
        assertEquals(true, attempts.get(attempts.size() - 1));

        MovableTimeSource.advance(PAST_BACKOFF);
        drain();
        assertEquals(1, TestSmtp.inbox(smtp, recipient).size(), "sent again");
    }

    @Test
    void twoDispatchersAtOnceSendEachMessageOnce() throws Exception {
        int count = 60;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(enqueue(new MailMessage("parallel:" + domain + ":" + i, "comment.added",
                    List.of("nguoi-" + i + "@" + domain), "[SC-2026-000125] Bình luận mới " + i, "Nội dung " + i,
                    "<p>Nội dung " + i + "</p>")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                runs.add(pool.submit(() -> {
                    int sent = 0;
                    for (int run = 0; run < count; run++) {
                        int now = dispatcher.dispatchDue();
                        if (now == 0) {
                            break;
                        }
                        sent += now;
                    }
                    return sent;
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        drain();

        for (int i = 0; i < count; i++) {
            assertEquals(1, TestSmtp.inbox(smtp, "nguoi-" + i + "@" + domain).size(), "message " + i);
            assertEquals("SENT", row(ids.get(i)).get("status"));
            // one successful attempt; a send the mail client timed out on (MailDelivery) may come before it
            List<Boolean> tries = attempts(ids.get(i));
            assertEquals(1, tries.stream().filter(Boolean::booleanValue).count(), "message " + i + ": " + tries);
            assertEquals(true, tries.get(tries.size() - 1), "message " + i + ": " + tries);
        }
    }

    @Test
    void theSameKeyIsQueuedOnce() throws Exception {
        String recipient = "dieu-phoi@" + domain;
        String key = "deadline.warning:" + domain + ":INITIAL_NOTICE:PT2H";
        assertTrue(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(new MailMessage(key, "deadline.due-soon",
                List.of(recipient), "[SC-2026-000126] Còn 2 giờ", "Lần một", "<p>Lần một</p>"))));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(new MailMessage(key,
                "deadline.due-soon", List.of(recipient), "[SC-2026-000126] Còn 2 giờ (lần hai)", "Lần hai",
                "<p>Lần hai</p>"))));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM mail_message WHERE dedup_key = ?", key));

        drain();
        List<MimeMessage> inbox = TestSmtp.inbox(smtp, recipient);
        assertEquals(1, inbox.size());
        assertEquals("[SC-2026-000126] Còn 2 giờ", inbox.get(0).getSubject());
    }

    @Test
    void aMessageTheServerRefusesWhileTakingOthersIsParkedDeadAfterGiveUpAfter() throws Exception {
        String refused = "tu-choi@" + domain;
        MessageDeliveryHandler deliver = smtp.getUserManager().getMessageDeliveryHandler();
        smtp.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (address.getEmail().equalsIgnoreCase(refused)) {
                throw new IllegalStateException("mailbox closed");
            }
            return deliver.handle(message, address);
        });
        UUID poison = enqueue(new MailMessage("refused:" + domain, "incident.assigned", List.of(refused),
                "[SC-2026-000127] Được giao xử lý", "Bạn được giao.", "<p>Bạn được giao.</p>"));
        UUID first = enqueue(message("first"));

        drain();
        assertEquals("SENT", row(first).get("status"));
        assertEquals("PENDING", row(poison).get("status"));

        // the server takes the others all along; the refused one waits, then is parked, then tried no more
        MovableTimeSource.advance(GIVE_UP.minusHours(1));
        UUID second = enqueue(message("second"));
        drain();
        assertEquals("SENT", row(second).get("status"));
        assertEquals("PENDING", row(poison).get("status"), "parked before give-up-after");

        MovableTimeSource.advance(Duration.ofHours(2));
        UUID third = enqueue(message("third"));
        drain();
        MovableTimeSource.advance(PAST_BACKOFF);
        drain();
        assertEquals("SENT", row(third).get("status"));
        Map<String, Object> row = row(poison);
        assertEquals("DEAD", row.get("status"));
        assertNotNull(row.get("last_error"));
        int tries = (Integer) row.get("attempts");
        assertEquals(tries, attempts(poison).size());
        assertFalse(attempts(poison).contains(true));

        MovableTimeSource.advance(Duration.ofDays(1));
        drain();
        assertEquals(tries, attempts(poison).size(), "a DEAD message is not tried again");
        assertEquals(List.of(), TestSmtp.inbox(smtp, refused));
        assertEquals(3, TestSmtp.inbox(smtp, "others@" + domain).size());
    }

    private MailMessage message(String name) {
        return new MailMessage(name + ":" + domain, "report.recorded", List.of("others@" + domain),
                "[SC-2026-000128] Báo cáo " + name, "Đã ghi nhận.", "<p>Đã ghi nhận.</p>");
    }

    private UUID enqueue(MailMessage message) {
        assertTrue(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(message)), message.dedupKey());
        return (UUID) row("SELECT id FROM mail_message WHERE dedup_key = ?", message.dedupKey()).get("id");
    }

    /** Runs the dispatcher until nothing due is left; how many it sent. */
    private int drain() {
        return MailDelivery.sendAll(dispatcher, db);
    }

    private Map<String, Object> row(UUID id) {
        return row("SELECT * FROM mail_message WHERE id = ?", id);
    }

    /** Whether each attempt succeeded, oldest first. */
    private List<Boolean> attempts(UUID id) throws SQLException {
        List<Boolean> succeeded = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT succeeded, error FROM mail_attempt WHERE message_id = ? ORDER BY attempted_at, id")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    succeeded.add(rows.getBoolean(1));
                    assertEquals(rows.getBoolean(1), rows.getString(2) == null, "an error for each failure only");
                }
            }
        }
        return succeeded;
    }

    private Instant lastAttempt(UUID id) {
        return (Instant) row("SELECT max(attempted_at) AS at FROM mail_attempt WHERE message_id = ?", id).get("at");
    }

    private Map<String, Object> row(String sql, Object parameter) {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    row.put(rows.getMetaData().getColumnLabel(i),
                            value instanceof Timestamp at ? at.toInstant() : value);
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    private static void assertPart(BodyPart part, String type, String expected) throws MessagingException, IOException {
        assertTrue(part.isMimeType(type), part.getContentType());
        assertTrue(part.getContentType().toUpperCase().contains("UTF-8"), part.getContentType());
        assertEquals(expected, ((String) part.getContent()).replace("\r\n", "\n").strip());
    }
}
