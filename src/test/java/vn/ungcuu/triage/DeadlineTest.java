package vn.ungcuu.triage;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** The regulatory clocks: due, met and breached, on a clock the test moves. */
@QuarkusTest
class DeadlineTest {

    static final Instant JUNE = Instant.parse("2026-06-20T03:00:00Z");

    @Inject
    DataSource db;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    /** The 2017 rules (vn-2017) govern incidents detected before 1 July 2026: these tests run in June 2026. */
    @BeforeEach
    void juneTwentySix() {
        MovableTimeSource.setTo(JUNE);
    }

    private static String incidentDetectedAgo(Duration ago, boolean beyondCapacity) {
        return Fixtures.incidentFiledBy(Reporter.ofNewCommune().token(), "Lừa đảo qua thư điện tử",
                Map.of("detectedAt", MovableTimeSource.current().minus(ago).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "beyondCapacity", beyondCapacity));
    }

    @Test
    void notifyIsDueFiveDaysAfterDetectionAndMetByTriage() {
        String coordinator = Tokens.coordinator();
        String id = incidentDetectedAgo(Duration.ofDays(1), false);
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.kind", equalTo(List.of("NOTIFY")))
                .body("deadlines[0].breached", equalTo(false));
        Triage.assess(coordinator, id);
        Triage.take(coordinator, id, "TRIAGE");
        MovableTimeSource.advance(Duration.ofDays(10));
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines[0].metAt", notNullValue())
                .body("deadlines[0].breached", equalTo(false));
    }

    @Test
    void anUnmetNotifyIsBreachedAndMarkedOnce() throws Exception {
        String coordinator = Tokens.coordinator();
        String id = incidentDetectedAgo(Duration.ofDays(4), false);
        Api.as(coordinator).get("/api/v1/incidents/" + id).then().body("deadlines[0].breached", equalTo(false));
        MovableTimeSource.advance(Duration.ofDays(1).plusHours(1));
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines[0].breached", equalTo(true)).body("deadlines[0].metAt", nullValue());

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(watch::markBreaches), pool.submit(watch::markBreaches),
                    pool.submit(watch::markBreaches));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        watch.markBreaches();
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_id = ?"
                + " AND action = 'DEADLINE_BREACHED' AND actor = 'system'", id), "marked exactly once");
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM incident_deadline WHERE incident_id = ?::uuid"
                + " AND kind = 'NOTIFY' AND breached_at IS NOT NULL", id));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM outbox_event WHERE incident_id = ?::uuid"
                + " AND type = 'deadline.breached' AND CAST(body AS jsonb) -> 'data' ->> 'kind' = 'NOTIFY'"
                + " AND CAST(body AS jsonb) -> 'data' ->> 'recipient' = 'RESPONSE-TEAM'", id), "the event names to whom");
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/history").then()
                .body("items[-1].action", equalTo("DEADLINE_BREACHED"))
                .body("items[-1].changes.field", org.hamcrest.Matchers.hasItem("deadline.NOTIFY.breachedAt"));
    }

    @Test
    void beyondCapacityStartsA24HourInitialReportClockMetByEscalation() {
        String coordinator = Tokens.coordinator();
        String id = incidentDetectedAgo(Duration.ofHours(2), true);
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.kind", equalTo(List.of("NOTIFY", "INITIAL_REPORT")));
        Triage.assess(coordinator, id);
        Triage.take(coordinator, id, "TRIAGE");
        MovableTimeSource.advance(Duration.ofHours(25));
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.find { it.kind == 'INITIAL_REPORT' }.breached", equalTo(true));
        Triage.take(coordinator, id, "ESCALATE");
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.find { it.kind == 'INITIAL_REPORT' }.metAt", notNullValue())
                .body("deadlines.find { it.kind == 'INITIAL_REPORT' }.breached", equalTo(true))
                .body("deadlines.find { it.kind == 'NOTIFY' }.breached", equalTo(false));
    }

    @Test
    void resolvingStartsTheEndReportClockAndClosingMeetsIt() {
        String coordinator = Tokens.coordinator();
        String id = Triage.incidentIn("RESOLVED", coordinator);
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.find { it.kind == 'END_REPORT' }.metAt", nullValue())
                .body("deadlines.find { it.kind == 'END_REPORT' }.breached", equalTo(false));
        MovableTimeSource.advance(Duration.ofDays(6));
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.find { it.kind == 'END_REPORT' }.breached", equalTo(true));
        MovableTimeSource.setTo(JUNE);
        Triage.take(coordinator, id, "CLOSE");
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.find { it.kind == 'END_REPORT' }.metAt", notNullValue())
                .body("deadlines.find { it.kind == 'END_REPORT' }.breached", equalTo(false));
    }

    @Test
    void aRejectedIncidentWaivesItsOpenClocksWithTheReason() {
        String coordinator = Tokens.coordinator();
        String id = incidentDetectedAgo(Duration.ofDays(1), true);
        Triage.take(coordinator, id, "REJECT");
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.kind", equalTo(List.of("NOTIFY", "INITIAL_REPORT")))
                .body("deadlines.status", equalTo(List.of("WAIVED", "WAIVED")))
                .body("deadlines.waivedReason", everyItem(startsWith("REJECT: ")))
                .body("deadlines.breached", equalTo(List.of(false, false)));
        MovableTimeSource.advance(Duration.ofDays(30));
        watch.markBreaches();
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident_deadline WHERE incident_id = ?::uuid"
                + " AND breached_at IS NOT NULL", id), "a waived obligation is never marked breached afterwards");
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/history").then()
                .body("items[-1].changes.field", hasItems("deadline.NOTIFY.waivedReason",
                        "deadline.INITIAL_REPORT.waivedReason"));
    }

    @Test
    void reopeningWaivesTheEndReportAndResolvingAgainRestartsIt() {
        String coordinator = Tokens.coordinator();
        String id = Triage.incidentIn("RESOLVED", coordinator);
        Triage.take(coordinator, id, "REOPEN");
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.find { it.kind == 'END_REPORT' }.status", equalTo("WAIVED"))
                .body("deadlines.find { it.kind == 'END_REPORT' }.waivedReason", startsWith("REOPEN: "));
        Triage.take(coordinator, id, "RESOLVE");
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("deadlines.find { it.kind == 'END_REPORT' }.status", equalTo("OPEN"))
                .body("deadlines.find { it.kind == 'END_REPORT' }.waivedReason", nullValue());
    }
}
