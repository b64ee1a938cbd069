package vn.ungcuu.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.notification.IncidentNotificationsTest.Filed;
import vn.ungcuu.notification.People.Person;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.triage.DeadlineWatch;

/** The coordinators' daily digest: at its hour, once a day, its figures those the database holds. */
@QuarkusTest
class DailyDigestTest {

    static final ZoneId DISTRICT = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    DataSource db;

    @Inject
    DailyDigest digest;

    @Inject
    DeadlineWatch breaches;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    /** The figures, counted here the way a coordinator would count them on the board. */
    record Figures(long open, long overdue, long breachedLastDay, long awaiting) {
    }

    private Figures count() {
        Timestamp now = Timestamp.from(MovableTimeSource.current());
        Timestamp dayBefore = Timestamp.from(MovableTimeSource.current().minus(Duration.ofDays(1)));
        return new Figures(
                Sql.count(db, "SELECT count(*) FROM incident_deadline WHERE status = 'OPEN'"),
                Sql.count(db, "SELECT count(*) FROM incident_deadline WHERE status = 'OPEN' AND due_at < ?", now),
                Sql.count(db, "SELECT count(*) FROM incident_deadline WHERE breached_at > ? AND breached_at <= ?",
                        dayBefore, now),
                Sql.count(db, "SELECT count(*) FROM escalation WHERE status = 'PENDING'"));
    }

    private static long figure(String text, String label) {
        Matcher matcher = Pattern.compile(Pattern.quote(label) + ": (\\d+)").matcher(text);
        assertTrue(matcher.find(), label + " in\n" + text);
        return Long.parseLong(matcher.group(1));
    }

    private static void at(LocalDate day, LocalTime time) {
        MovableTimeSource.setTo(day.atTime(time).atZone(DISTRICT).toInstant());
    }

    @Test
    void theDigestComesOnceADayAtItsHourWithTheFiguresTheDatabaseHolds() {
        LocalDate day = LocalDate.now(DISTRICT).plusDays(1);
        String key = "digest:" + day;
        at(day, LocalTime.of(7, 0));
        assertFalse(digest.queueIfDue(), "before 07:30");
        assertEquals(List.of(), Queued.withKey(db, key));

        at(day, LocalTime.of(8, 0));
        // something in each list: an escalation awaiting acknowledgement, an obligation breached just now
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        String unit = People.communeWithFocalPoint(People.address("dau-moi-tong-hop"));
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Filed late = IncidentNotificationsTest.file(reporter, unit, Map.of("detectedAt",
                MovableTimeSource.current().minus(73, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()));
        breaches.markBreaches();

        Figures before = count();
        assertTrue(digest.queueIfDue());
        Figures after = count();
        assertEquals(before, after, "nothing moved while the digest was written");
        assertTrue(before.awaiting() >= 1 && before.breachedLastDay() >= 1 && before.overdue() >= 1, before.toString());

        List<Queued> queued = Queued.withKey(db, key);
        assertEquals(1, queued.size());
        Queued message = queued.get(0);
        assertEquals("DAILY_DIGEST", message.kind());
        assertEquals(List.of(People.MAILBOX), message.recipients());
        assertEquals(before.open(), figure(message.text(), "Nghĩa vụ đang mở"));
        assertEquals(before.overdue(), figure(message.text(), "Đã quá hạn, chưa thực hiện"));
        assertEquals(before.breachedLastDay(), figure(message.text(), "Vi phạm thời hạn mới trong 24 giờ qua"));
        assertEquals(before.awaiting(), figure(message.text(), "Chuyển cấp chờ tỉnh xác nhận"));
        assertEquals("[UngCuu] Tổng hợp ngày " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ": "
                + before.open() + " nghĩa vụ đang mở, " + before.overdue() + " quá hạn, " + before.awaiting()
                + " chuyển cấp chờ xác nhận / Daily digest", message.subject());
        assertThat(message.text(), containsString("Open obligations: " + before.open()));
        assertThat(message.html(), containsString("<strong>" + before.open() + "</strong>"));

        // the lists: the soonest obligations (at most 50), the oldest escalations
        String obligations = message.text().substring(message.text().indexOf("Nghĩa vụ đang mở, theo thời hạn"),
                message.text().indexOf("Chuyển cấp chờ xác nhận"));
        assertEquals(Math.min(50, before.open()), obligations.lines().filter(line -> line.startsWith("- SC-")).count());
        if (before.awaiting() <= 50) {
            String reference = Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + escalated.incidentId()).then()
                    .extract().path("reference");
            assertThat(message.text(), containsString("- " + reference + " – Cổng dịch vụ công cấp 4"));
        }
        assertThat(message.text(), containsString("http://localhost:8080/#/dieu-phoi"));
        assertThat(late.reference(), org.hamcrest.Matchers.startsWith("SC-"));

        assertFalse(digest.queueIfDue(), "once a day");
        MovableTimeSource.advance(Duration.ofHours(10));
        assertFalse(digest.queueIfDue(), "still that day");
        assertEquals(1, Queued.withKey(db, key).size());
    }

    @Test
    void aServiceDownAtTheHourSendsTheDigestWhenItIsBackThatDay() {
        LocalDate day = LocalDate.now(DISTRICT).plusDays(2);
        at(day, LocalTime.of(15, 45));
        assertTrue(digest.queueIfDue());
        assertEquals(1, Queued.withKey(db, "digest:" + day).size());
        at(day.plusDays(1), LocalTime.of(0, 10));
        assertFalse(digest.queueIfDue(), "the next day's waits for its hour");
        assertEquals(List.of(), Queued.withKey(db, "digest:" + day.plusDays(1)));
    }
}
