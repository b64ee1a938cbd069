package vn.ungcuu.outbox;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Escalations.Escalated;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.triage.DeadlineWatch;

/** GET /events: the outbox as a pull feed, in order, scoped for the provincial team. */
@QuarkusTest
class EventFeedTest {

    @Inject
    DeadlineWatch deadlines;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    @Test
    void theFeedGivesEveryNewEventOnceInOrder() {
        String admin = Tokens.admin();
        String cursor = endOfFeed(admin);
        String unit = Fixtures.commune();
        for (String name : List.of("Nguyễn Thị Hoa", "Trần Văn Nam")) {
            Api.as(admin).body(Map.of("name", "UBND " + unit, "type", "COMMUNE", "focalPoint", Map.of("name", name)))
                    .put("/api/v1/units/" + unit).then().statusCode(200);
        }
        Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());

        JsonPath page = Api.as(admin).queryParam("after", cursor).queryParam("limit", 500).get("/api/v1/events")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = new ArrayList<>();
        for (Map<String, Object> event : page.<Map<String, Object>>getList("items")) {
            Map<?, ?> data = (Map<?, ?>) event.get("data");
            if (unit.equals(data.get("unitCode")) || escalated.incidentId().equals(data.get("incidentId"))) {
                mine.add(event);
            }
        }
        assertEquals(List.of("unit.focal_point_changed", "unit.focal_point_changed", "escalation.created"),
                mine.stream().map(event -> event.get("type")).toList());
        assertEquals("Trần Văn Nam", ((Map<?, ?>) ((Map<?, ?>) mine.get(1).get("data")).get("focalPoint")).get("name"));
        List<Integer> positions = page.getList("items.position", Integer.class);
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i) > positions.get(i - 1), "positions increase: " + positions);
        }
        String next = page.getString("nextCursor");
        Api.as(admin).queryParam("after", next).get("/api/v1/events").then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("nextCursor", equalTo(next));
    }

    @Test
    void theProvincialTeamSeesEscalatedIncidentsAndUnitsOnly() {
        String provincial = Tokens.provincial();
        String cursor = endOfFeed(provincial);
        Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        String quiet = Fixtures.incidentFiledBy(Reporter.ofNewCommune().token(), "chưa báo kịp",
                Map.of("detectedAt", Instant.now().minus(6, ChronoUnit.DAYS).toString()));
        deadlines.markBreaches();

        List<Map<String, Object>> seen = Api.as(provincial).queryParam("after", cursor).queryParam("limit", 500)
                .get("/api/v1/events").then().statusCode(200).extract().path("items");
        assertTrue(seen.stream().anyMatch(event -> escalated.incidentId().equals(((Map<?, ?>) event.get("data"))
                .get("incidentId"))));
        assertFalse(seen.stream().anyMatch(event -> quiet.equals(((Map<?, ?>) event.get("data")).get("incidentId"))),
                "the breach of a non-escalated incident stays in the district");
        List<Map<String, Object>> all = Api.as(Tokens.admin()).queryParam("after", cursor).queryParam("limit", 500)
                .get("/api/v1/events").then().statusCode(200).extract().path("items");
        assertTrue(all.stream().anyMatch(event -> "deadline.breached".equals(event.get("type"))
                && quiet.equals(((Map<?, ?>) event.get("data")).get("incidentId"))));
    }

    @Test
    void anIncidentChangeWhileEscalatedIsAnEvent() {
        String coordinator = Tokens.coordinator();
        Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        String cursor = endOfFeed(Tokens.admin());
        Api.as(coordinator).body(Map.of("title", "Cổng dịch vụ công bị mã hóa toàn bộ"))
                .patch("/api/v1/incidents/" + escalated.incidentId()).then().statusCode(200);
        Api.as(Tokens.provincial()).queryParam("after", cursor).get("/api/v1/events").then().statusCode(200)
                .body("items.find { it.type == 'incident.updated' }.data.incidentId", equalTo(escalated.incidentId()))
                .body("items.find { it.type == 'incident.updated' }.data.changes[0].to",
                        equalTo("Cổng dịch vụ công bị mã hóa toàn bộ"));
    }

    @Test
    void onlyTheProvincialTeamAndAdministratorsReadTheFeed() {
        Api.as(Tokens.reporter(Fixtures.commune())).get("/api/v1/events").then().statusCode(403);
        Api.as(Tokens.coordinator()).get("/api/v1/events").then().statusCode(403);
        Api.as(Tokens.admin()).queryParam("after", "bm90LWEtY3Vyc29y").get("/api/v1/events").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    /** Reads the feed to its end and returns the cursor to poll from. */
    private static String endOfFeed(String token) {
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            var request = Api.as(token).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath answer = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            cursor = answer.getString("nextCursor");
            if (answer.getList("items").isEmpty()) {
                return cursor;
            }
        }
        throw new AssertionError("the feed never ended");
    }
}
