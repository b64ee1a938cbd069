package vn.ungcuu.triage;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** What each action needs, what it records, and that concurrent transitions cannot both win. */
@QuarkusTest
class TransitionRulesTest {

    @Inject
    DataSource db;

    @Test
    void aCoordinatorTakesAnIncidentFromNewToClosedAndEveryStepIsInTheHistory() {
        String coordinator = Tokens.coordinator();
        String actor = Tokens.subjectOf(coordinator);
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        Triage.assess(coordinator, id);
        for (String action : List.of("TRIAGE", "START", "RESOLVE", "CLOSE")) {
            Triage.take(coordinator, id, action);
        }
        Api.as(coordinator).get("/api/v1/incidents/" + id).then()
                .body("status", equalTo("CLOSED"))
                .body("triagedAt", notNullValue())
                .body("resolution", equalTo("Đã khắc phục, khôi phục từ bản sao lưu"))
                .body("endReport.rootCause", equalTo("Mật khẩu yếu"))
                .body("closedAt", notNullValue());
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "ASSESS", "TRIAGE", "TASKS_CREATED", "START", "RESOLVE",
                        "CLOSE")))
                .body("items[2].actor", equalTo(actor))
                .body("items[2].changes.find { it.field == 'status' }.from", equalTo("NEW"))
                .body("items[2].changes.find { it.field == 'status' }.to", equalTo("TRIAGED"))
                .body("items[6].changes.find { it.field == 'status' }.from", equalTo("RESOLVED"))
                .body("items[6].changes.find { it.field == 'endReport' }.to.lessonsLearned",
                        equalTo("Bật xác thực hai lớp"));
    }

    @Test
    void triageTurnsTheRansomwarePlaybookIntoTasksAndClosingWaitsForThem() {
        String coordinator = Tokens.coordinator();
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()),
                "Máy chủ bị mã hóa dữ liệu, đòi tiền chuộc", Map.of("category", "RANSOMWARE"));
        Triage.assess(coordinator, id);
        Triage.take(coordinator, id, "TRIAGE");
        List<String> tasks = Api.as(coordinator).queryParam("limit", 500).get("/api/v1/incidents/" + id + "/tasks")
                .then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("OPEN")))
                .body("items.playbookVersion", org.hamcrest.Matchers.everyItem(notNullValue()))
                .extract().path("items.id");
        org.junit.jupiter.api.Assertions.assertTrue(tasks.size() >= 4, "the playbook's steps: " + tasks.size());
        Triage.take(coordinator, id, "START");
        Triage.take(coordinator, id, "RESOLVE");

        Map<String, Object> close = new HashMap<>(Triage.action("CLOSE"));
        close.remove("openTasksReason");
        Api.as(coordinator).body(close).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(409).body("openTasks", equalTo(tasks.size()));
        for (String task : tasks.subList(1, tasks.size())) {
            Api.as(coordinator).body(Map.of("status", "DONE")).patch("/api/v1/incidents/" + id + "/tasks/" + task)
                    .then().statusCode(200);
        }
        Api.as(coordinator).body(close).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(409).body("openTasks", equalTo(1));
        close.put("openTasksReason", "Bước cuối do đơn vị tự làm sau khi khôi phục");
        Api.as(coordinator).body(close).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(200).body("status", equalTo("CLOSED"));
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/history").then()
                .body("items[-1].changes.find { it.field == 'openTasksReason' }.to",
                        equalTo("Bước cuối do đơn vị tự làm sau khi khôi phục"))
                .body("items[-1].changes.find { it.field == 'openTasks' }.to", equalTo(1));
    }

    @Test
    void reopeningClearsTheResolutionTimesAndIsRecordedWithItsReason() {
        String coordinator = Tokens.coordinator();
        String id = Triage.incidentIn("CLOSED", coordinator);
        Api.as(coordinator).body(Map.of("action", "REOPEN", "reason", "Mã độc xuất hiện trở lại"))
                .post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("closedAt", nullValue()).body("resolvedAt", nullValue());
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/history").then()
                .body("items[-1].action", equalTo("REOPEN"))
                .body("items[-1].changes.find { it.field == 'reason' }.to", equalTo("Mã độc xuất hiện trở lại"));
    }

    @Test
    void eachActionRequiresItsFields() {
        String coordinator = Tokens.coordinator();
        String triaged = Triage.incidentIn("TRIAGED", coordinator);
        expect400(coordinator, triaged, Map.of("action", "ESCALATE"), "reason");
        expect400(coordinator, triaged, Map.of("action", "ESCALATE", "reason", "  "), "reason");
        expect400(coordinator, triaged, Map.of("action", "REJECT"), "reason");
        String inProgress = Triage.incidentIn("IN_PROGRESS", coordinator);
        expect400(coordinator, inProgress, Map.of("action", "RESOLVE"), "resolution");
        String resolved = Triage.incidentIn("RESOLVED", coordinator);
        expect400(coordinator, resolved, Map.of("action", "CLOSE"), "endReport");
        expect400(coordinator, resolved, Map.of("action", "CLOSE", "endReport",
                Map.of("summary", "xong", "rootCause", "")), "endReport.rootCause");
        expect400(coordinator, resolved, Map.of("action", "REOPEN"), "reason");
        Fixtures.assertIncidentStatus(resolved, "RESOLVED");
    }

    @Test
    void triageNeedsAnAssessment() {
        String coordinator = Tokens.coordinator();
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/transitions").then()
                .body("find { it.action == 'TRIAGE' }.requires", equalTo(List.of("assessment")));
        Api.as(coordinator).body(Triage.action("TRIAGE")).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("assessed"));
        Fixtures.assertIncidentStatus(id, "NEW");
    }

    @Test
    void escalatingRecordsAPendingEscalation() {
        String coordinator = Tokens.coordinator();
        String id = Triage.incidentIn("TRIAGED", coordinator);
        Api.as(coordinator).body(Map.of("action", "ESCALATE", "reason", "Vượt khả năng xử lý của xã"))
                .post("/api/v1/incidents/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("ESCALATED"));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM escalation WHERE incident_id = ?::uuid"
                + " AND status = 'PENDING' AND reason = 'Vượt khả năng xử lý của xã'", id));
    }

    @Test
    void aDuplicateIsRejectedWithItsOriginal() {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        String original = Fixtures.incidentFiledBy(Tokens.reporter(unit));
        String duplicate = Fixtures.incidentFiledBy(Tokens.reporter(unit));
        expect400(coordinator, duplicate, Map.of("action", "REJECT", "reason", "trùng", "duplicateOf", duplicate),
                "duplicateOf");
        expect400(coordinator, duplicate, Map.of("action", "REJECT", "reason", "trùng", "duplicateOf",
                "01a228bd-f3a5-73fd-b755-867182059c55"), "duplicateOf");
        Api.as(coordinator).body(Map.of("action", "REJECT", "reason", "Trùng với sự cố đã báo", "duplicateOf", original))
                .post("/api/v1/incidents/" + duplicate + "/transitions").then()
                .statusCode(200).body("status", equalTo("REJECTED"))
                .body("duplicateOf", equalTo(original))
                .body("rejectionReason", equalTo("Trùng với sự cố đã báo"));
        // linked both ways, both kept, the duplicate's reporter still reads it
        Api.as(coordinator).get("/api/v1/incidents/" + original).then()
                .body("duplicates", equalTo(List.of(duplicate))).body("status", equalTo("NEW"));
        Api.as(Tokens.reporter(unit)).get("/api/v1/incidents/" + duplicate).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        Api.as(coordinator).get("/api/v1/incidents/" + duplicate + "/history").then()
                .body("items[-1].changes.find { it.field == 'duplicateOf' }.to", equalTo(original));
    }

    @Test
    void aStaleIfMatchIs412() {
        String coordinator = Tokens.coordinator();
        String id = Triage.incidentIn("TRIAGED", coordinator);
        String etag = Api.as(coordinator).get("/api/v1/incidents/" + id).then().extract().header("ETag");
        Api.as(coordinator).body(Map.of("title", "đổi tên")).patch("/api/v1/incidents/" + id).then().statusCode(200);
        Api.as(coordinator).header("If-Match", etag).body(Triage.action("START"))
                .post("/api/v1/incidents/" + id + "/transitions").then().statusCode(412);
        Fixtures.assertIncidentStatus(id, "TRIAGED");
    }

    @Test
    void concurrentTransitionsDoNotBothSucceed() throws Exception {
        String coordinator = Tokens.coordinator();
        for (boolean withIfMatch : List.of(false, true)) {
            String id = Triage.incidentIn("TRIAGED", coordinator);
            String etag = Api.as(coordinator).get("/api/v1/incidents/" + id).then().extract().header("ETag");
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    // the same action six times: from TRIAGED only the first START can succeed
                    Map<String, Object> body = new HashMap<>(Triage.action("START"));
                    answers.add(pool.submit(() -> {
                        var request = Api.as(coordinator).body(body);
                        if (withIfMatch) {
                            request.header("If-Match", etag);
                        }
                        return request.post("/api/v1/incidents/" + id + "/transitions").statusCode();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
                assertEquals(5, statuses.stream().filter(status -> status == 409 || status == 412).count(),
                        statuses.toString());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'START'",
                    id));
        }
    }

    private static void expect400(String token, String id, Map<String, Object> body, String field) {
        Api.as(token).body(body).post("/api/v1/incidents/" + id + "/transitions").then()
                .statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", hasItem(field));
    }
}
