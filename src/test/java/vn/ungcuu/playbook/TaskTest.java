package vn.ungcuu.playbook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** An incident's tasks over HTTP: who adds, who updates, the status rules, the audit, the scoping. */
@QuarkusTest
class TaskTest {

    @Inject
    DataSource db;

    /** An incident just filed, and the reporter of its (fresh) commune who filed it. */
    private record FiledIncident(String id, Reporter reporter) {
    }

    private static FiledIncident incidentOfNewCommune() {
        Reporter reporter = Reporter.ofNewCommune();
        return new FiledIncident(Fixtures.incidentFiledBy(reporter.token()), reporter);
    }

    private static String tasksOf(String incidentId) {
        return "/api/v1/incidents/" + incidentId + "/tasks";
    }

    private static String addTask(String token, String incidentId, Map<String, Object> body) {
        return Api.as(token).body(body).post(tasksOf(incidentId)).then().statusCode(201).extract().path("id");
    }

    private static JsonPath history(String incidentId) {
        return Api.as(Tokens.coordinator()).queryParam("limit", 500).get("/api/v1/incidents/" + incidentId + "/history")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aCoordinatorAddsATaskThatEveryReaderSees() {
        FiledIncident incident = incidentOfNewCommune();
        String id = incident.id();
        String coordinator = Tokens.coordinator();
        int before = Api.as(coordinator).get(tasksOf(id)).then().statusCode(200).extract().path("items.size()");

        Response added = Api.as(coordinator).body(Map.of("title", "Thu thập nhật ký máy chủ web",
                "description", "Nhật ký 7 ngày gần nhất", "assignee", "kt-vien-01")).post(tasksOf(id));
        added.then().statusCode(201).header("ETag", "\"0\"")
                .body("title", equalTo("Thu thập nhật ký máy chủ web"))
                .body("description", equalTo("Nhật ký 7 ngày gần nhất"))
                .body("assignee", equalTo("kt-vien-01"))
                .body("status", equalTo("OPEN")).body("note", nullValue()).body("completedAt", nullValue())
                .body("playbookId", nullValue()).body("playbookVersion", nullValue())
                .body("position", equalTo(before + 1)).body("incidentId", equalTo(id)).body("version", equalTo(0));
        String taskId = added.path("id");
        assertTrue(added.header("Location").endsWith(tasksOf(id) + "/" + taskId), added.header("Location"));

        for (String reader : List.of(incident.reporter().token(), Tokens.auditor(), Tokens.admin(), coordinator)) {
            Api.as(reader).get(tasksOf(id)).then().statusCode(200).body("items.id", hasItem(taskId));
            Api.as(reader).get(added.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                    .body("title", equalTo("Thu thập nhật ký máy chủ web"));
        }

        JsonPath history = history(id);
        Map<String, Object> entry = history.getMap("items[-1]");
        assertEquals("TASK_ADDED", entry.get("action"));
        assertEquals(Tokens.subjectOf(coordinator), entry.get("actor"));
        assertEquals(taskId, history.getString("items[-1].changes.find { it.field == 'task.id' }.to"));
        assertEquals("Thu thập nhật ký máy chủ web",
                history.getString("items[-1].changes.find { it.field == 'task.title' }.to"));
        assertEquals("kt-vien-01", history.getString("items[-1].changes.find { it.field == 'task.assignee' }.to"));
    }

    @Test
    void coordinatorsAndTheAssignedResponderAddTasks() {
        FiledIncident incident = incidentOfNewCommune();
        String id = incident.id();
        Map<String, Object> task = Map.of("title", "Kiểm tra máy trạm kế toán");
        String responder = Tokens.responder("ung-cuu-vien-" + incident.reporter().unitCode().toLowerCase());

        Api.as(responder).body(task).post(tasksOf(id)).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        Triage.assign(Tokens.coordinator(), id, Tokens.subjectOf(responder));
        addTask(responder, id, task);

        Api.as(incident.reporter().token()).body(task).post(tasksOf(id)).then().statusCode(403).contentType(Api.PROBLEM_JSON);
        Api.as(Tokens.auditor()).body(task).post(tasksOf(id)).then().statusCode(403);
        Api.as(Tokens.admin()).body(task).post(tasksOf(id)).then().statusCode(403);
        Api.as(Tokens.provincial()).body(task).post(tasksOf(id)).then().statusCode(404);
        Api.as(Tokens.responder("someone-else")).body(task).post(tasksOf(id)).then().statusCode(404);
        Api.as(Tokens.reporter(Fixtures.commune())).body(task).post(tasksOf(id)).then().statusCode(404);
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM incident_task WHERE incident_id = ?::uuid"
                + " AND title = 'Kiểm tra máy trạm kế toán'", id));
    }

    @Test
    void anotherUnitsReporterSeesNothing() {
        FiledIncident incident = incidentOfNewCommune();
        String id = incident.id();
        String taskId = addTask(Tokens.coordinator(), id, Map.of("title", "Đổi mật khẩu quản trị"));
        String stranger = Tokens.reporter(Fixtures.commune());

        Api.as(stranger).get(tasksOf(id)).then().statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("Incident not found"));
        Api.as(stranger).get(tasksOf(id) + "/" + taskId).then().statusCode(404);
        Api.as(stranger).body(Map.of("title", "Lén thêm")).post(tasksOf(id)).then().statusCode(404);
        Api.as(stranger).body(Map.of("status", "DONE")).patch(tasksOf(id) + "/" + taskId).then().statusCode(404)
                .body("detail", equalTo("Incident not found"));
        // unknown and malformed ids look the same
        Api.as(stranger).get(tasksOf("0195b3c4-0000-7000-8000-000000000000")).then().statusCode(404);
        Api.as(stranger).get(tasksOf("nope")).then().statusCode(404);
        Api.as(Tokens.coordinator()).get(tasksOf(id)).then().body("items.find { it.id == '" + taskId + "' }.status",
                equalTo("OPEN"));
    }

    @Test
    void skippingNeedsANoteAndEveryChangeIsAudited() {
        FiledIncident incident = incidentOfNewCommune();
        String id = incident.id();
        String coordinator = Tokens.coordinator();
        String taskId = addTask(coordinator, id, Map.of("title", "Chặn tên miền giả mạo"));
        String path = tasksOf(id) + "/" + taskId;

        Api.as(coordinator).body(Map.of("status", "SKIPPED")).patch(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("note")));
        Api.as(coordinator).body(Map.of("status", "SKIPPED", "note", "  ")).patch(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("note")));
        Api.as(coordinator).contentType(Api.MERGE_PATCH)
                .body(Map.of("status", "SKIPPED", "note", "Đơn vị không dùng tên miền riêng")).patch(path).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("SKIPPED"))
                .body("note", equalTo("Đơn vị không dùng tên miền riêng")).body("completedAt", notNullValue())
                .body("version", equalTo(1));
        Map<String, Object> clearNote = new HashMap<>();
        clearNote.put("note", null);
        Api.as(coordinator).body(clearNote).patch(path).then().statusCode(400).body("errors.field", hasItem("note"));

        JsonPath history = history(id);
        assertEquals("TASK_UPDATED", history.getString("items[-1].action"));
        assertEquals(taskId, history.getString("items[-1].changes.find { it.field == 'task.id' }.to"));
        assertEquals("OPEN", history.getString("items[-1].changes.find { it.field == 'task.status' }.from"));
        assertEquals("SKIPPED", history.getString("items[-1].changes.find { it.field == 'task.status' }.to"));
        assertEquals("Đơn vị không dùng tên miền riêng",
                history.getString("items[-1].changes.find { it.field == 'task.note' }.to"));

        Api.as(coordinator).body(Map.of("status", "DONE")).patch(path).then().statusCode(200)
                .body("status", equalTo("DONE")).body("note", equalTo("Đơn vị không dùng tên miền riêng"))
                .body("completedAt", notNullValue());
        Api.as(coordinator).body(Map.of("status", "OPEN")).patch(path).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("completedAt", nullValue());
        assertEquals("DONE", history(id).getString("items[-1].changes.find { it.field == 'task.status' }.from"));
        // a patch that changes nothing writes nothing
        long entries = Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_id = ?", id);
        Api.as(coordinator).body(Map.of("status", "OPEN")).patch(path).then().statusCode(200).body("version",
                equalTo(3));
        assertEquals(entries, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_id = ?", id));
    }

    @Test
    void badPatchesAre400() {
        String id = incidentOfNewCommune().id();
        String coordinator = Tokens.coordinator();
        String path = tasksOf(id) + "/" + addTask(coordinator, id, Map.of("title", "Quét mã độc"));

        Api.as(coordinator).body(Map.of("status", "FINISHED")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Api.as(coordinator).body(Map.of("position", 7)).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("position"))
                .body("errors[0].message", containsString("cannot be changed"));
        Api.as(coordinator).body(Map.of("priority", "HIGH")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("priority"));
        Api.as(coordinator).body(Map.of("title", " ")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        Api.as(coordinator).body(Map.of("note", 42)).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        Api.as(coordinator).body(Map.of("note", "x".repeat(2001))).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        Map<String, Object> noStatus = new HashMap<>();
        noStatus.put("status", null);
        Api.as(coordinator).body(noStatus).patch(path).then().statusCode(400).body("errors[0].field", equalTo("status"));
        Api.as(coordinator).body(Map.of("title", "")).post(tasksOf(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        Api.as(coordinator).body(Map.of("title", "Ổn", "assignee", "")).post(tasksOf(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"));
        Api.as(coordinator).body(Map.of("title", "Ổn", "status", "DONE")).post(tasksOf(id)).then().statusCode(400);
        Api.as(coordinator).body(Map.of("status", "DONE"))
                .patch(tasksOf(id) + "/0195b3c4-0000-7000-8000-000000000000").then().statusCode(404)
                .body("detail", equalTo("Task not found"));
        // a task is found under its own incident only
        String other = incidentOfNewCommune().id();
        Api.as(coordinator).body(Map.of("status", "DONE")).patch(tasksOf(other) + path.substring(path.lastIndexOf('/')))
                .then().statusCode(404);
        Api.as(coordinator).get(path).then().body("status", equalTo("OPEN")).body("version", equalTo(0));
    }

    @Test
    void ifMatchIsHonoured() {
        String id = incidentOfNewCommune().id();
        String coordinator = Tokens.coordinator();
        String path = tasksOf(id) + "/" + addTask(coordinator, id, Map.of("title", "Sao lưu dữ liệu"));

        Api.as(coordinator).header("If-Match", "\"0\"").body(Map.of("status", "DONE")).patch(path).then()
                .statusCode(200).header("ETag", "\"1\"");
        Api.as(coordinator).header("If-Match", "\"0\"").body(Map.of("status", "OPEN")).patch(path).then()
                .statusCode(412).contentType(Api.PROBLEM_JSON);
        Api.as(coordinator).header("If-Match", "W/\"1\"").body(Map.of("status", "OPEN")).patch(path).then()
                .statusCode(412);
        Api.as(coordinator).get(path).then().body("status", equalTo("DONE"));
        Api.as(coordinator).header("If-Match", "\"1\"").body(Map.of("status", "OPEN")).patch(path).then()
                .statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void theTasksAssigneeUpdatesItsStatusAndNoteOnly() {
        FiledIncident incident = incidentOfNewCommune();
        String id = incident.id();
        String reporter = incident.reporter().token();
        String coordinator = Tokens.coordinator();
        String helper = Tokens.responder("ky-thuat-vien-" + incident.reporter().unitCode().toLowerCase());
        String forHelper = tasksOf(id) + "/" + addTask(coordinator, id,
                Map.of("title", "Phân tích mẫu mã độc", "assignee", Tokens.subjectOf(helper)));
        String forReporter = tasksOf(id) + "/" + addTask(coordinator, id,
                Map.of("title", "Rút cáp mạng máy bị nhiễm", "assignee", Tokens.subjectOf(reporter)));

        // the helper cannot read the incident, but reads and works on its own task
        Api.as(helper).get(tasksOf(id)).then().statusCode(404);
        Api.as(helper).get(forHelper).then().statusCode(200);
        Api.as(helper).get(forReporter).then().statusCode(404);
        Api.as(helper).body(Map.of("status", "DONE", "note", "Mẫu là Emotet")).patch(forHelper).then()
                .statusCode(200).body("status", equalTo("DONE"));
        Api.as(helper).body(Map.of("title", "Việc khác")).patch(forHelper).then().statusCode(403);
        Api.as(helper).body(Map.of("assignee", "ai-khac")).patch(forHelper).then().statusCode(403);
        Api.as(helper).body(Map.of("status", "DONE")).patch(forReporter).then().statusCode(404);

        // the unit's reporter works on the task given to it, not on the others
        Api.as(reporter).body(Map.of("status", "DONE")).patch(forReporter).then().statusCode(200);
        Api.as(reporter).body(Map.of("status", "OPEN")).patch(forHelper).then().statusCode(403);
        Api.as(Tokens.auditor()).body(Map.of("status", "OPEN")).patch(forHelper).then().statusCode(403);

        // the incident's responder manages every task
        String responder = Tokens.responder("phu-trach-" + incident.reporter().unitCode().toLowerCase());
        Triage.assign(Tokens.coordinator(), id, Tokens.subjectOf(responder));
        Api.as(responder).body(Map.of("assignee", Tokens.subjectOf(responder), "title", "Phân tích lại mẫu"))
                .patch(forHelper).then().statusCode(200).body("assignee", equalTo(Tokens.subjectOf(responder)));
        Api.as(helper).get(forHelper).then().statusCode(404);
        assertEquals(Tokens.subjectOf(helper),
                history(id).getString("items[-1].changes.find { it.field == 'task.assignee' }.from"));
    }

    @Test
    void tasksOfClosedAndRejectedIncidentsDoNotChange() {
        String coordinator = Tokens.coordinator();
        String id = incidentOfNewCommune().id();
        String path = tasksOf(id) + "/" + addTask(coordinator, id, Map.of("title", "Xác minh báo cáo"));
        Triage.take(coordinator, id, "REJECT");
        Api.as(coordinator).body(Map.of("status", "DONE")).patch(path).then().statusCode(409)
                .contentType(Api.PROBLEM_JSON).body("type", equalTo("urn:ungcuu:problem:conflict"));
        Api.as(coordinator).body(Map.of("title", "Thêm việc")).post(tasksOf(id)).then().statusCode(409);
        Api.as(coordinator).get(tasksOf(id)).then().statusCode(200).body("items.status", not(hasItem("DONE")));

        String closed = Triage.incidentIn("CLOSED", coordinator);
        Api.as(coordinator).body(Map.of("title", "Thêm việc")).post(tasksOf(closed)).then().statusCode(409)
                .body("detail", containsString("reopen"));
    }

    @Test
    void theListFiltersByStatusAndPages() {
        String id = incidentOfNewCommune().id();
        String coordinator = Tokens.coordinator();
        int before = Api.as(coordinator).get(tasksOf(id)).then().extract().path("items.size()");
        String first = addTask(coordinator, id, Map.of("title", "Việc 1"));
        addTask(coordinator, id, Map.of("title", "Việc 2"));
        addTask(coordinator, id, Map.of("title", "Việc 3"));
        Api.as(coordinator).body(Map.of("status", "DONE")).patch(tasksOf(id) + "/" + first).then().statusCode(200);

        Api.as(coordinator).queryParam("status", "DONE").get(tasksOf(id)).then().statusCode(200)
                .body("items.id", equalTo(List.of(first)));
        Api.as(coordinator).queryParam("status", "FINISHED").get(tasksOf(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Response page = Api.as(coordinator).queryParam("limit", 2).get(tasksOf(id));
        page.then().statusCode(200).body("items.size()", equalTo(2)).header("Link", containsString("rel=\"next\""));
        int seen = 2;
        String cursor = page.path("nextCursor");
        while (cursor != null) {
            Response next = Api.as(coordinator).queryParam("limit", 2).queryParam("cursor", cursor).get(tasksOf(id));
            next.then().statusCode(200);
            seen += next.<List<?>>path("items").size();
            cursor = next.path("nextCursor");
        }
        assertEquals(before + 3, seen);
        Api.as(coordinator).queryParam("cursor", page.<String>path("nextCursor")).get(tasksOf(incidentOfNewCommune()
                .id())).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
