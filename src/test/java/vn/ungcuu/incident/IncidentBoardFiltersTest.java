package vn.ungcuu.incident;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** What a coordinator's board and a responder's work list ask: by assignee, by open obligations due, and counts. */
@QuarkusTest
class IncidentBoardFiltersTest {

    private static List<String> ids(String token, Map<String, ?> query) {
        return Api.as(token).queryParams(query).queryParam("limit", 500).get("/api/v1/incidents").then()
                .statusCode(200).extract().path("items.id");
    }

    private static long count(String token, Map<String, ?> query) {
        return ((Number) Api.as(token).queryParams(query).get("/api/v1/incidents/count").then().statusCode(200)
                .extract().path("count")).longValue();
    }

    @Test
    void incidentsAreChosenByAssigneeAndMeIsTheCaller() {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        String first = Fixtures.incidentFiledBy(reporter);
        String second = Fixtures.incidentFiledBy(reporter);
        String unassigned = Fixtures.incidentFiledBy(reporter);
        String one = "responder-" + Fixtures.uniqueCode("R").toLowerCase();
        String two = "responder-" + Fixtures.uniqueCode("R").toLowerCase();
        Triage.assign(coordinator, first, one);
        Triage.assign(coordinator, second, two);

        assertEquals(List.of(first), ids(coordinator, Map.of("assignee", one)));
        assertEquals(List.of(first), ids(Tokens.responder(one), Map.of("assignee", "me")));
        assertEquals(List.of(second, first), ids(coordinator, Map.of("assignee", one + "," + two)));
        assertEquals(2, count(coordinator, Map.of("assignee", List.of(one, two), "unitCode", unit)));
        assertFalse(ids(coordinator, Map.of("unitCode", unit, "assignee", "me")).contains(unassigned));
        Api.as(coordinator).queryParam("assignee", "x".repeat(256)).get("/api/v1/incidents").then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"));
    }

    @Test
    void incidentsAreChosenByWhenTheirOpenObligationsFallDueAndCountedTheSameWay() {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        Instant now = MovableTimeSource.current();
        String late = Fixtures.incidentFiledBy(reporter, "Phát hiện muộn",
                Map.of("detectedAt", now.minus(5, ChronoUnit.DAYS).toString()));
        String fresh = Fixtures.incidentFiledBy(reporter, "Vừa phát hiện",
                Map.of("detectedAt", now.minus(1, ChronoUnit.MINUTES).toString()));
        Instant lateDue = earliestOpenDue(coordinator, late);
        Instant freshDue = earliestOpenDue(coordinator, fresh);
        assertTrue(lateDue.isBefore(now) && freshDue.isAfter(now), lateDue + " " + freshDue);

        Map<String, String> breached = Map.of("unitCode", unit, "obligationDueTo", now.toString());
        assertEquals(List.of(late), ids(coordinator, breached));
        assertEquals(1, count(coordinator, breached));

        Map<String, String> dueSoon = Map.of("unitCode", unit, "obligationDueFrom", now.toString(),
                "obligationDueTo", freshDue.plusSeconds(1).toString());
        List<String> soon = ids(coordinator, dueSoon);
        assertTrue(soon.contains(fresh), soon.toString());
        for (String id : soon) {
            assertTrue(openDues(coordinator, id).stream().anyMatch(due -> !due.isBefore(now)
                    && due.isBefore(freshDue.plusSeconds(1))), id + " has an open obligation in the window");
        }
        assertEquals(soon.size(), count(coordinator, dueSoon));
        assertEquals(0, count(Tokens.reporter(Fixtures.commune()), Map.of("unitCode", unit)),
                "a count holds the caller to what it may see");
        Api.as(coordinator).queryParam("obligationDueTo", "tomorrow").get("/api/v1/incidents/count").then()
                .statusCode(400).body("errors[0].field", equalTo("obligationDueTo"));
    }

    private static Instant earliestOpenDue(String token, String id) {
        return openDues(token, id).stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<Instant> openDues(String token, String id) {
        List<Map<String, Object>> deadlines = Api.as(token).get("/api/v1/incidents/" + id).then().statusCode(200)
                .extract().path("deadlines");
        return deadlines.stream().filter(deadline -> "OPEN".equals(deadline.get("status")))
                .map(deadline -> Instant.parse((String) deadline.get("dueAt"))).toList();
    }

}
