package vn.ungcuu.escalation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Escalations.Escalated;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** The handshake with the provincial team over the API, and what the provincial role may see and do. */
@QuarkusTest
class EscalationTest {

    @Test
    void theEscalationCarriesTheInitialReport() {
        String coordinator = Tokens.coordinator();
        Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        Api.as(Tokens.provincial()).get("/api/v1/escalations/" + escalated.escalationId()).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PENDING"))
                .body("incidentId", equalTo(escalated.incidentId()))
                .body("reason", equalTo("lý do escalate"))
                .body("initialReport.reportingUnit.code", equalTo(escalated.unitCode()))
                .body("initialReport.reportingUnit.focalPoint.name", equalTo("Lê Văn Bình"))
                .body("initialReport.affectedSystems[0].id", equalTo(escalated.systemId()))
                .body("initialReport.affectedSystems[0].securityLevel", equalTo(4))
                .body("initialReport.detectedAt", notNullValue())
                .body("initialReport.description", containsString("mã độc"))
                .body("initialReport.impact.legalClass", equalTo("SERIOUS"))
                .body("initialReport.impact.impacts", equalTo(List.of("SERVICE_INTERRUPTION")))
                .body("initialReport.measuresTaken", equalTo("Đã ngắt kết nối Internet của máy chủ"))
                .body("initialReport.supportRequested", equalTo("Phân tích mã độc, khôi phục dữ liệu"));
        Api.as(Tokens.provincial()).queryParam("status", "PENDING").queryParam("limit", 500)
                .get("/api/v1/escalations").then().statusCode(200)
                .body("items.id", hasItem(escalated.escalationId()));
        Api.as(Tokens.provincial()).queryParam("status", "COMPLETED").queryParam("limit", 500)
                .get("/api/v1/escalations").then().statusCode(200)
                .body("items.id", not(hasItem(escalated.escalationId())));
    }

    @Test
    void theProvincialTeamSeesEscalatedIncidentsOnlyAndCannotActAsTheDistrict() {
        String coordinator = Tokens.coordinator();
        Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        String other = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        String provincial = Tokens.provincial();
        Api.as(provincial).get("/api/v1/incidents/" + escalated.incidentId()).then().statusCode(200);
        Api.as(provincial).get("/api/v1/incidents/" + escalated.incidentId() + "/history").then().statusCode(200);
        Api.as(provincial).get("/api/v1/incidents/" + other).then().statusCode(404);
        Api.as(provincial).queryParam("limit", 500).get("/api/v1/incidents").then().statusCode(200)
                .body("items.id", hasItem(escalated.incidentId()))
                .body("items.id", not(hasItem(other)));
        Api.as(provincial).body(Map.of("title", "x")).patch("/api/v1/incidents/" + escalated.incidentId()).then()
                .statusCode(403);
        Api.as(provincial).body(Triage.action("RESOLVE"))
                .post("/api/v1/incidents/" + escalated.incidentId() + "/transitions").then().statusCode(403);
        Api.as(provincial).body(Triage.assessment(true, List.of()))
                .put("/api/v1/incidents/" + escalated.incidentId() + "/assessment").then().statusCode(403);
    }

    @Test
    void reportersAndRespondersCannotReadEscalations() {
        Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        Api.as(Tokens.reporter(escalated.unitCode())).get("/api/v1/escalations").then().statusCode(403);
        Api.as(Tokens.reporter(escalated.unitCode())).get("/api/v1/escalations/" + escalated.escalationId())
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        Api.as(Tokens.responder("r-9")).get("/api/v1/escalations/" + escalated.escalationId()).then()
                .statusCode(403);
        Api.as(Tokens.coordinator()).post("/api/v1/escalations/" + escalated.escalationId() + "/acknowledge").then()
                .statusCode(403);
    }

    @Test
    void acknowledgeUpdateCompleteInOrderAndAllOnTheIncidentTimeline() {
        Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        String provincial = Tokens.provincial();
        String path = "/api/v1/escalations/" + escalated.escalationId();
        Api.as(provincial).post(path + "/complete").then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("currentStatus", equalTo("PENDING"))
                .body("allowedStatuses", equalTo(List.of("ACKNOWLEDGED")));
        Api.as(provincial).header("If-Match", "\"7\"").post(path + "/acknowledge").then().statusCode(412);
        Api.as(provincial).header("If-Match", "\"0\"").post(path + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedAt", notNullValue())
                .body("acknowledgedBy", equalTo(Tokens.subjectOf(provincial)));
        Api.as(provincial).post(path + "/acknowledge").then().statusCode(409);
        Api.as(provincial).body(Map.of("message", "Đội ứng cứu tỉnh đã tiếp nhận, đang phân tích"))
                .post(path + "/updates").then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        Api.as(provincial).body(Map.of("message", " ")).post(path + "/updates").then().statusCode(400)
                .body("errors[0].field", equalTo("message"));
        Api.as(provincial).post(path + "/complete").then().statusCode(200).body("status", equalTo("COMPLETED"));
        Api.as(provincial).body(Map.of("reason", "late")).post(path + "/return").then().statusCode(409);

        Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + escalated.incidentId() + "/history").then()
                .body("items.action", hasItem("PROVINCIAL_ACKNOWLEDGE"))
                .body("items.find { it.action == 'PROVINCIAL_UPDATE' }.changes.find { it.field == 'escalation.message' }.to",
                        equalTo("Đội ứng cứu tỉnh đã tiếp nhận, đang phân tích"))
                .body("items.find { it.action == 'PROVINCIAL_UPDATE' }.actor", equalTo(Tokens.subjectOf(provincial)))
                .body("items[-1].action", equalTo("PROVINCIAL_COMPLETE"));
    }

    @Test
    void returningGivesTheIncidentBackToTheDistrict() {
        String coordinator = Tokens.coordinator();
        Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        String path = "/api/v1/escalations/" + escalated.escalationId();
        Api.as(Tokens.provincial()).body(Map.of()).post(path + "/return").then().statusCode(400);
        Api.as(Tokens.provincial()).body(Map.of("reason", "Trong khả năng xử lý của huyện"))
                .post(path + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Trong khả năng xử lý của huyện"));
        Api.as(coordinator).get("/api/v1/incidents/" + escalated.incidentId()).then()
                .body("status", equalTo("IN_PROGRESS"));
        Api.as(coordinator).get("/api/v1/incidents/" + escalated.incidentId() + "/history").then()
                .body("items[-1].action", equalTo("PROVINCIAL_RETURN"))
                .body("items[-1].changes.find { it.field == 'status' }.from", equalTo("ESCALATED"))
                .body("items[-1].changes.find { it.field == 'status' }.to", equalTo("IN_PROGRESS"));
        // the returned incident is still the provincial team's to read
        Api.as(Tokens.provincial()).get("/api/v1/incidents/" + escalated.incidentId()).then().statusCode(200);
    }

    @Test
    void anUnknownEscalationIs404() {
        Api.as(Tokens.provincial()).get("/api/v1/escalations/01a228bd-f3a5-73fd-b755-867182059c55").then()
                .statusCode(404).contentType(Api.PROBLEM_JSON);
        Api.as(Tokens.provincial()).post("/api/v1/escalations/nope/acknowledge").then().statusCode(404);
    }
}
