package vn.ungcuu.playbook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/**
 * The API triage calls: {@link TaskPlanner#instantiateFor} turns the active playbook into tasks once,
 * and {@link TaskPlanner#openTaskCount} counts what is left. Called here in a transaction of its own, as
 * triage will call it in its own.
 */
@QuarkusTest
class TaskPlannerTest {

    @Inject
    TaskPlanner planner;

    @Inject
    IncidentRepository incidents;

    @Inject
    DataSource db;

    /** A new (untriaged) incident of the category, filed by a reporter of a fresh commune. */
    private static String newIncident(String category) {
        return Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()), "Sự cố " + category,
                Map.of("category", category));
    }

    private int instantiate(String incidentId) {
        return QuarkusTransaction.requiringNew().call(
                () -> planner.instantiateFor(incidents.findById(UUID.fromString(incidentId)), Instant.now()));
    }

    private static JsonPath tasks(String incidentId) {
        return Api.as(Tokens.coordinator()).queryParam("limit", 500).get("/api/v1/incidents/" + incidentId + "/tasks")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theActivePlaybookBecomesTheIncidentsTasksOnce() {
        String id = newIncident("RANSOMWARE");
        JsonPath playbook = Playbooks.get(Playbooks.activeOf("RANSOMWARE"));
        List<String> steps = playbook.getList("steps.title");

        assertEquals(steps.size(), instantiate(id));
        Api.as(Tokens.coordinator()).queryParam("limit", 500).get("/api/v1/incidents/" + id + "/tasks").then()
                .statusCode(200)
                .body("items.title", equalTo(steps))
                .body("items.description", equalTo(playbook.getList("steps.description")))
                .body("items.status", everyItem(equalTo("OPEN")))
                .body("items.playbookId", everyItem(equalTo(playbook.getString("id"))))
                .body("items.playbookVersion", everyItem(equalTo(playbook.getInt("version"))))
                .body("items.assignee", everyItem(nullValue()))
                .body("items[0].position", equalTo(1))
                .body("items[-1].position", equalTo(steps.size()));
        assertEquals(steps.size(), planner.openTaskCount(UUID.fromString(id)));

        // a second triage (after REOPEN) does not duplicate them
        assertEquals(0, instantiate(id));
        assertEquals(steps.size(), tasks(id).getList("items").size());

        Api.as(Tokens.coordinator()).queryParam("limit", 500).get("/api/v1/incidents/" + id + "/history").then()
                .statusCode(200)
                .body("items.findAll { it.action == 'TASKS_CREATED' }.size()", equalTo(1))
                .body("items.find { it.action == 'TASKS_CREATED' }.actor", equalTo("system"))
                .body("items.find { it.action == 'TASKS_CREATED' }.changes.find { it.field == 'playbook.id' }.to",
                        equalTo(playbook.getString("id")))
                .body("items.find { it.action == 'TASKS_CREATED' }.changes.find { it.field == 'playbook.version' }.to",
                        equalTo(playbook.getInt("version")))
                .body("items.find { it.action == 'TASKS_CREATED' }.changes.find { it.field == 'tasks' }.to.title",
                        equalTo(steps));
    }

    @Test
    void openTaskCountFollowsTheTasks() {
        String id = newIncident("PHISHING");
        int created = instantiate(id);
        String first = tasks(id).getString("items[0].id");
        String second = tasks(id).getString("items[1].id");
        String path = "/api/v1/incidents/" + id + "/tasks/";
        Api.as(Tokens.coordinator()).body(Map.of("status", "DONE")).patch(path + first).then().statusCode(200);
        Api.as(Tokens.coordinator()).body(Map.of("status", "SKIPPED", "note", "Không có thư nội bộ"))
                .patch(path + second).then().statusCode(200);
        assertEquals(created - 2, planner.openTaskCount(UUID.fromString(id)));
        assertEquals(0, planner.openTaskCount(UUID.randomUUID()));
    }

    @Test
    void tasksAddedByHandComeFirstAndDoNotStopThePlaybook() {
        String id = newIncident("DOS");
        Api.as(Tokens.coordinator()).body(Map.of("title", "Liên hệ nhà mạng ngay")).post("/api/v1/incidents/" + id
                + "/tasks").then().statusCode(201).body("position", equalTo(1));
        int created = instantiate(id);
        JsonPath tasks = tasks(id);
        assertEquals(created + 1, tasks.getList("items").size());
        assertEquals("Liên hệ nhà mạng ngay", tasks.getString("items[0].title"));
        assertEquals(2, tasks.getInt("items[1].position"));
        assertEquals(created + 1, planner.openTaskCount(UUID.fromString(id)));
    }

    @Test
    void tasksKeepThePlaybookVersionTheyCameFrom() {
        String category = "DESTRUCTION";
        String shipped = Playbooks.activeOf(category);
        String own = Playbooks.inactive(category, "Bước A", "Bước B");
        try {
            Playbooks.setActive(shipped, false);
            String before = newIncident(category);
            // no active playbook for the category: nothing to create, nothing audited
            assertEquals(0, instantiate(before));
            assertEquals(0, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_type = 'INCIDENT'"
                    + " AND entity_id = ? AND action = 'TASKS_CREATED'", before));

            Playbooks.setActive(own, true);
            int activeVersion = Playbooks.get(own).getInt("version");
            assertEquals(2, instantiate(before));

            Map<String, Object> edited = Playbooks.body(category, "Kịch bản thử " + category, true,
                    Playbooks.steps("Bước A (sửa)", "Bước B", "Bước C"));
            Api.as(Tokens.coordinator()).body(edited).put("/api/v1/playbooks/" + own).then().statusCode(200)
                    .body("version", equalTo(activeVersion + 1));
            String after = newIncident(category);
            assertEquals(3, instantiate(after));

            JsonPath old = tasks(before);
            assertEquals(List.of("Bước A", "Bước B"), old.getList("items.title"));
            assertEquals(List.of(activeVersion, activeVersion), old.getList("items.playbookVersion"));
            assertEquals(List.of("Bước A (sửa)", "Bước B", "Bước C"), tasks(after).getList("items.title"));
            assertEquals(activeVersion + 1, tasks(after).getInt("items[0].playbookVersion"));
            // what the old tasks came from is still readable
            Api.as(Tokens.reporter(Fixtures.commune())).queryParam("version", activeVersion)
                    .get("/api/v1/playbooks/" + own).then().statusCode(200)
                    .body("steps.title", equalTo(List.of("Bước A", "Bước B")));
        } finally {
            Playbooks.setActive(own, false);
            Playbooks.setActive(shipped, true);
        }
    }

    @Test
    void itRunsOnlyInsideTheCallersTransaction() {
        String id = newIncident("MALWARE");
        assertThrows(TransactionalException.class,
                () -> planner.instantiateFor(QuarkusTransaction.requiringNew().call(
                        () -> incidents.findById(UUID.fromString(id))), Instant.now()));
        assertEquals(0, planner.openTaskCount(UUID.fromString(id)));
    }
}
