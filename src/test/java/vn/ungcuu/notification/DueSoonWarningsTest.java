package vn.ungcuu.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.notification.IncidentNotificationsTest.Filed;
import vn.ungcuu.notification.People.Person;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;
import vn.ungcuu.triage.DeadlineWatch;

/**
 * The legal-deadline warnings on the movable clock: each lead warned of once, only while its time has come and the
 * obligation's has not; the breach after; both to the assignee, the mailbox and the unit's focal point, even when
 * they turned e-mail off.
 */
@QuarkusTest
class DueSoonWarningsTest {

    @Inject
    DataSource db;

    @Inject
    DueSoonWarnings warnings;

    @Inject
    DeadlineWatch breaches;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    /** An incident of a commune with a focal point, detected an hour ago, assigned to a responder. */
    record Case(Filed incident, Person responder, Person reporter, String focalPoint, Instant startsAt, Instant dueAt) {
    }

    private static Case assignedIncident() {
        String focalPoint = People.address("dau-moi-han");
        String unit = People.communeWithFocalPoint(focalPoint);
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Person responder = People.known(Roles.RESPONDER, null, "Nguyễn Văn An");
        Filed incident = IncidentNotificationsTest.file(reporter, unit, Map.of("detectedAt",
                MovableTimeSource.current().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()));
        Triage.assign(Tokens.coordinator(), incident.id(), responder.id());
        JsonPath report = Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + incident.id()).then()
                .statusCode(200).extract().jsonPath();
        String obligation = "deadlines.find { it.kind == 'REPORT_72H' }";
        return new Case(incident, responder, reporter, focalPoint,
                Instant.parse(report.getString(obligation + ".startsAt")),
                Instant.parse(report.getString(obligation + ".dueAt")));
    }

    private List<Queued> dueSoon(Case c) {
        return Queued.about(db, c.incident().reference(), "DUE_SOON");
    }

    @Test
    void eachLeadIsWarnedOfOnceWhileItsTimeHasComeAndTheDeadlinesHasNot() {
        Case c = assignedIncident();
        // the assignee turned e-mail off: legal deadlines reach them all the same
        People.chooseEmail(c.responder(), false);
        Instant half = c.startsAt().plus(Duration.between(c.startsAt(), c.dueAt()).dividedBy(2));
        Instant twoHoursBefore = c.dueAt().minus(Duration.ofHours(2));

        warnings.warn();
        assertEquals(List.of(), dueSoon(c), "just filed: nothing due soon");
        MovableTimeSource.setTo(half.minus(Duration.ofMinutes(5)));
        warnings.warn();
        assertEquals(List.of(), dueSoon(c), "before half-time");

        MovableTimeSource.setTo(half.plus(Duration.ofMinutes(1)));
        warnings.warn();
        List<Queued> first = dueSoon(c);
        assertEquals(1, first.size(), "half-time");
        Queued warning = first.get(0);
        assertEquals("due-soon:" + c.incident().id() + ":REPORT_72H:50%:" + c.dueAt().getEpochSecond(),
                warning.dedupKey());
        assertEquals(List.of(c.responder().email(), People.MAILBOX, c.focalPoint()), warning.recipients());
        String due = IncidentNotificationsTest.local(c.dueAt().toString());
        assertThat(warning.subject(), startsWith("[" + c.incident().reference() + "] Sắp đến hạn báo cáo – hạn "
                + due));
        assertThat(warning.text(), containsString("Hạn: " + due));
        assertThat(warning.text(), containsString("Thời gian còn lại: 1 ngày 11 giờ"));
        assertThat(warning.text(), containsString("Gửi tới: Phòng An ninh mạng"));
        assertThat(warning.text(), containsString("Căn cứ: Nghị định 331/2026/NĐ-CP"));
        assertThat(warning.text(), containsString("English: a reporting obligation is due soon"));

        warnings.warn();
        MovableTimeSource.advance(Duration.ofHours(1));
        warnings.warn();
        assertEquals(1, dueSoon(c).size(), "again: still one");

        MovableTimeSource.setTo(twoHoursBefore.plus(Duration.ofMinutes(1)));
        warnings.warn();
        warnings.warn();
        List<Queued> both = dueSoon(c);
        assertEquals(2, both.size(), "two hours before");
        assertEquals("due-soon:" + c.incident().id() + ":REPORT_72H:PT2H:" + c.dueAt().getEpochSecond(),
                both.get(1).dedupKey());
        assertThat(both.get(1).text(), containsString("Thời gian còn lại: 1 giờ 5"));

        MovableTimeSource.setTo(c.dueAt().plus(Duration.ofMinutes(1)));
        warnings.warn();
        assertEquals(2, dueSoon(c).size(), "past due: no warning, a breach");
        breaches.markBreaches();
        List<Queued> breached = Queued.about(db, c.incident().reference(), "DEADLINE_BREACHED");
        assertEquals(1, breached.size());
        assertEquals(List.of(c.responder().email(), People.MAILBOX, c.focalPoint()), breached.get(0).recipients());
        assertThat(breached.get(0).subject(), startsWith("[" + c.incident().reference() + "] Đã quá hạn báo cáo – hạn "
                + due));
        assertThat(breached.get(0).text(), containsString("Việc cần làm: gửi báo cáo ngay"));
        breaches.markBreaches();
        assertEquals(1, Queued.about(db, c.incident().reference(), "DEADLINE_BREACHED").size());

        // what is not a legal deadline stays off for them
        Api.as(c.reporter().token()).body(Map.of("body", "Xã đã khôi phục trang chủ"))
                .post("/api/v1/incidents/" + c.incident().id() + "/comments").then().statusCode(201);
        assertEquals(List.of(), Queued.about(db, c.incident().reference(), "COMMENT"));
    }

    @Test
    void aWatcherThatMissedALeadSendsOnlyTheLatestOne() {
        Case c = assignedIncident();
        MovableTimeSource.setTo(c.dueAt().minus(Duration.ofMinutes(30)));
        warnings.warn();
        warnings.warn();
        List<Queued> warned = dueSoon(c);
        assertEquals(1, warned.size());
        assertThat(warned.get(0).dedupKey(), containsString(":PT2H:"));
    }
}
