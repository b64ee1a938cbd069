package vn.ungcuu.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Escalated incidents built over HTTP, the way a district would escalate them. */
public final class Escalations {

    private Escalations() {
    }

    /** A serious incident on a level-4 system of a fresh commune, assessed, triaged and escalated. */
    public static Escalated seriousIncidentEscalated(String coordinator) {
        Reporter reporter = Reporter.ofNewCommune();
        String system = Fixtures.system(reporter.unitCode(), 4);
        String incident = Fixtures.incidentFiledBy(reporter.token(), "Cổng dịch vụ công cấp 4 bị mã hóa dữ liệu",
                Map.of("affectedSystemIds", List.of(system), "beyondCapacity", true));
        Api.as(coordinator).body(Triage.assessment(false, List.of("SERVICE_INTERRUPTION")))
                .put("/api/v1/incidents/" + incident + "/assessment").then().statusCode(200);
        Triage.take(coordinator, incident, "TRIAGE");
        Map<String, Object> escalate = new HashMap<>(Triage.action("ESCALATE"));
        escalate.put("measuresTaken", "Đã ngắt kết nối Internet của máy chủ");
        escalate.put("supportRequested", "Phân tích mã độc, khôi phục dữ liệu");
        Api.as(coordinator).body(escalate).post("/api/v1/incidents/" + incident + "/transitions").then()
                .statusCode(200);
        String escalation = Api.as(coordinator).get("/api/v1/incidents/" + incident + "/history").then()
                .extract().path("items.find { it.action == 'ESCALATE' }.changes.find { it.field == 'escalation.id' }.to");
        return new Escalated(incident, escalation, reporter.unitCode(), system);
    }

    /** An escalated incident: its id, its escalation's id, its unit and the affected system. */
    public record Escalated(String incidentId, String escalationId, String unitCode, String systemId) {
    }
}
